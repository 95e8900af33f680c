#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sts::deploy {

struct BundleFile
{
    QString path; // relative, "/" separated
    QByteArray content;
};

// The policy as a static site for Cloudflare Pages (or Netlify, same `_headers` format) on
// mta-sts.<domain>: the policy file, a `_headers` file forcing text/plain, and `.nojekyll` so a
// copy published on GitHub Pages keeps the dot-directory too (GitHubPagesBundle is that host's).
class StaticPagesBundle
{
public:
    static QList<BundleFile> files(const QByteArray &policyFile);

    // Writes the files below `directory` (created if needed).
    static Status writeTo(const QString &directory, const QByteArray &policyFile);
};

} // namespace sts::deploy
