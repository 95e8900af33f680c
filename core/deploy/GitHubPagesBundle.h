#pragma once

#include "deploy/StaticPagesBundle.h"

namespace sts::deploy {

// The policy as a GitHub Pages site on the custom domain mta-sts.<domain>: `CNAME` naming it,
// `.well-known/mta-sts.txt`, and a Jekyll `_config.yml` that includes `.well-known` (Jekyll skips
// dot-folders otherwise; a file without front matter is copied unchanged, so the policy stays
// byte for byte what STS Desk made). GitHub Pages serves .txt as text/plain.
class GitHubPagesBundle
{
public:
    static QList<BundleFile> files(const QString &domain, const QByteArray &policyFile);
};

} // namespace sts::deploy
