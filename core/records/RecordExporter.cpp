#include "records/RecordExporter.h"

#include "records/BindExporter.h"
#include "records/CloudflareExporter.h"
#include "records/CsvExporter.h"
#include "records/NsupdateExporter.h"
#include "records/Route53Exporter.h"

using namespace Qt::StringLiterals;

namespace sts::records {

QStringList RecordExporter::formats()
{
    return {u"bind"_s, u"csv"_s, u"cloudflare"_s, u"route53"_s, u"nsupdate"_s};
}

std::unique_ptr<RecordExporter> makeExporter(const QString &format, const NsupdateOptions &nsupdate)
{
    if (format == u"bind"_s)
        return std::make_unique<BindExporter>();
    if (format == u"csv"_s)
        return std::make_unique<CsvExporter>();
    if (format == u"cloudflare"_s)
        return std::make_unique<CloudflareExporter>();
    if (format == u"route53"_s)
        return std::make_unique<Route53Exporter>();
    if (format == u"nsupdate"_s)
        return std::make_unique<NsupdateExporter>(nsupdate);
    return nullptr;
}

} // namespace sts::records
