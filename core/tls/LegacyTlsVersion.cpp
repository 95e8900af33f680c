#include "tls/LegacyTlsVersion.h"

using namespace Qt::StringLiterals;

namespace sts::tls {

QString toKey(LegacyTlsVersion version)
{
    return version == LegacyTlsVersion::Tls10 ? u"TLSv1"_s : u"TLSv1.1"_s;
}

} // namespace sts::tls
