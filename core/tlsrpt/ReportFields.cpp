#include "tlsrpt/ReportFields.h"

namespace sts::tlsrpt {

QDateTime plainUtc(const QString &s)
{
    if (s.size() != 20 || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' ||
        s.at(13) != u':' || s.at(16) != u':' || (s.at(19) != u'Z' && s.at(19) != u'z'))
        return {};
    const auto number = [&s](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + int(c - u'0');
        }
        return n;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString domainName(QString text)
{
    text = text.trimmed().toLower();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace sts::tlsrpt
