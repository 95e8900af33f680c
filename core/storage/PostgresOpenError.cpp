#include "storage/PostgresOpenError.h"

#include "storage/PgPassFile.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage", text); // lupdate: a free function
}

static QString rootFile(const DatabaseLocation &location)
{
    const QString given = location.parameter(u"sslrootcert"_s);
    return given.isEmpty() ? tr("~/.postgresql/root.crt (no sslrootcert given)") : given;
}

Error postgresOpenError(const DatabaseLocation &location, const QString &driverText)
{
    const QString detail = driverText.trimmed();
    const QString where = location.displayName();
    QString code;
    QString advice;
    if (detail.contains(u"does not match host name"_s)) {
        code = u"storage.tls-name"_s;
        advice = tr("The certificate of the PostgreSQL server %1 is not for the host name “%2” "
                    "that was connected to, so the server could not be verified "
                    "(sslmode=verify-full checks the name). Connect by a name the certificate "
                    "holds, or give the server a certificate for this name.")
                     .arg(where, location.host);
    } else if (detail.contains(u"certificate verify failed"_s)) {
        code = u"storage.tls-untrusted"_s;
        advice = tr("The certificate of the PostgreSQL server %1 is not signed by the trusted "
                    "root certificate %2, so the server could not be verified. Give the root "
                    "(CA) certificate that issued the server's certificate as sslrootcert.")
                     .arg(where, rootFile(location));
    } else if (detail.contains(u"root certificate file"_s)) {
        code = u"storage.tls-root-missing"_s;
        advice = tr("The root certificate %1 to verify the PostgreSQL server %2 with cannot be "
                    "read. Give the CA certificate's file as sslrootcert.")
                     .arg(rootFile(location), where);
    } else if (detail.contains(u"does not support SSL"_s)) {
        code = u"storage.tls-unsupported"_s;
        advice = tr("The PostgreSQL server %1 does not offer TLS, but the workspace URL requires "
                    "it (sslmode=%2). Switch TLS on at the server.")
                     .arg(where, location.parameter(u"sslmode"_s));
    } else if (detail.contains(u"password authentication failed"_s) ||
               detail.contains(u"no password supplied"_s)) {
        code = u"storage.password"_s;
        advice = tr("The PostgreSQL server %1 refused the password of “%2”, or none was found. "
                    "Enter it in Settings (Workspace password) or store it with “stsdesk-cli "
                    "workspace store-password”; both keep it in the password file %3.")
                     .arg(where, location.user, PgPassFile::pathFor(location));
    } else {
        return Error{u"storage.open"_s,
                     tr("Cannot open the workspace database %1: %2").arg(where, detail)};
    }
    return Error{code, tr("%1\nDetails: %2").arg(advice, detail)};
}

} // namespace sts::storage
