#include "PasswordFile.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sts::cli {

Result<QString> readPasswordFile(const QString &path)
{
    QFile secret(path);
    if (!secret.open(QIODevice::ReadOnly))
        return Error{u"cli.password-file"_s,
                     QCoreApplication::translate("sts::cli", "Cannot read the password file “%1”.")
                         .arg(path)};
    return QString::fromUtf8(secret.readLine()).remove(u'\r').remove(u'\n');
}

} // namespace sts::cli
