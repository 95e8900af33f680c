#include "records/BindExporter.h"

using namespace Qt::StringLiterals;

namespace sts::records {

QByteArray BindExporter::render(const RecordSet &set) const
{
    QString out = u"; MTA-STS, TLS-RPT and DANE records for %1\n"_s.arg(set.domain());
    for (const DnsRecordSpec &r : set.records())
        out += u"%1 %2 IN %3 %4\n"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
    return out.toUtf8();
}

} // namespace sts::records
