#include "util/Versions.h"

#include <QStringList>
#include <archive.h>
#include <gmime/gmime.h>
#include <ldns/ldns.h>
#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace sts {

QString versionReport()
{
    QStringList parts;
    parts << u"Qt %1"_s.arg(QString::fromLatin1(qVersion()));
    parts << u"OpenSSL %1"_s.arg(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)));
    parts << u"ldns %1"_s.arg(QString::fromLatin1(ldns_version()));
    parts << u"libarchive %1"_s.arg(
        QString::fromLatin1(archive_version_string()).section(QLatin1Char(' '), 1, 1));
    parts << u"GMime %1.%2.%3"_s.arg(gmime_major_version)
                 .arg(gmime_minor_version)
                 .arg(gmime_micro_version);
    return parts.join(u", "_s);
}

} // namespace sts
