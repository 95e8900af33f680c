#include "deploy/StaticPagesBundle.h"

#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::deploy {

QList<BundleFile> StaticPagesBundle::files(const QByteArray &policyFile)
{
    return {
        {u".well-known/mta-sts.txt"_s, policyFile},
        {u"_headers"_s, "/.well-known/mta-sts.txt\n"
                        "  Content-Type: text/plain; charset=utf-8\n"
                        "  X-Content-Type-Options: nosniff\n"_ba},
        {u".nojekyll"_s, {}},
    };
}

Status StaticPagesBundle::writeTo(const QString &directory, const QByteArray &policyFile)
{
    const QDir root(directory);
    if (!root.mkpath(u"."_s))
        return Status::failure(u"deploy.write"_s,
                               QCoreApplication::translate("sts::deploy::StaticPagesBundle",
                                                           "Could not create the folder “%1”.")
                                   .arg(directory));
    for (const BundleFile &file : files(policyFile)) {
        if (Status folders = makeFoldersBelow(directory, QFileInfo(file.path).path()); !folders)
            return folders;
        // Public content: the web server usually runs as another user.
        if (Status saved = writeFileAtomically(root.filePath(file.path), file.content, 0644, true);
            !saved)
            return saved;
    }
    return Status::success();
}

} // namespace sts::deploy
