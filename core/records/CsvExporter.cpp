#include "records/CsvExporter.h"

using namespace Qt::StringLiterals;

namespace sts::records {

namespace {

// RFC 4180 §2: fields with a comma, quote or line break are quoted, quotes doubled.
QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray CsvExporter::render(const RecordSet &set) const
{
    QString out = u"owner,ttl,type,value\r\n"_s;
    for (const DnsRecordSpec &r : set.records())
        out +=
            u"%1,%2,%3,%4\r\n"_s.arg(field(r.owner)).arg(r.ttl).arg(r.typeName(), field(r.rdata()));
    return out.toUtf8();
}

} // namespace sts::records
