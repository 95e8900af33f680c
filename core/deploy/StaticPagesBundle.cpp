#include "deploy/StaticPagesBundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sts::deploy {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::deploy::StaticPagesBundle", text);
}

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
    for (const BundleFile &file : files(policyFile)) {
        const QString path = root.filePath(file.path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Status::failure(u"deploy.write"_s,
                                   tr("Could not create the folder for “%1”.").arg(path));
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() ||
            !out.commit())
            return Status::failure(u"deploy.write"_s,
                                   tr("Could not write “%1”: %2").arg(path, out.errorString()));
        // Public content: the web server usually runs as another user.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
    }
    return Status::success();
}

} // namespace sts::deploy
