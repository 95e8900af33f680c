#include "util/IsoTime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sts {

QString toIsoUtc(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc()); // a stamp without an offset is UTC by convention
    return at.toUTC();
}

} // namespace sts
