#include "LdnsError.h"

#include <QCoreApplication>
#include <ldns/ldns.h>

using namespace Qt::StringLiterals;

namespace sts {

QString ldnsStatusText(int status)
{
    const char *text = ldns_get_errorstr_by_id(static_cast<ldns_status>(status));
    if (!text)
        return u"ldns status %1"_s.arg(status);
    return QString::fromUtf8(text);
}

Error ldnsError(const QString &code, int status, const QString &context)
{
    return Error{code, QCoreApplication::translate("sts::LdnsError", "%1: %2")
                           .arg(context, ldnsStatusText(status))};
}

} // namespace sts
