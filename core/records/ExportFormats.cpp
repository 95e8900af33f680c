#include "records/ExportFormats.h"

#include "records/BindExporter.h"
#include "records/CloudflareExporter.h"
#include "records/CsvExporter.h"
#include "records/NsupdateExporter.h"
#include "records/Route53Exporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::records {

namespace {

constexpr const char *kContext = "sts::records::ExportFormat";

template <typename Exporter> std::unique_ptr<RecordExporter> make(const NsupdateOptions &)
{
    return std::make_unique<Exporter>();
}

} // namespace

// The one table of export formats. Adding a format touches only its exporter (XExporter.h/.cpp,
// picked up by core/records/CMakeLists.txt), its case in tests/unit/records/test_record_exporters
// and one row here; the GUI menu, the CLI help, the artifacts and the bundle follow from the row.
const QList<ExportFormat> &exportFormats()
{
    static const QList<ExportFormat> table{
        {u"bind"_s, QT_TRANSLATE_NOOP("sts::records::ExportFormat", "BIND zone snippet"),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat",
                           "A zone-file snippet with absolute names, to paste into the zone or "
                           "to $INCLUDE."),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "Zone files (*.zone *.txt)"), u".zone"_s,
         u"dns/zone-snippet.zone"_s, &make<BindExporter>},
        {u"csv"_s, QT_TRANSLATE_NOOP("sts::records::ExportFormat", "CSV"),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat",
                           "One line per record (owner, TTL, type, value), for whoever publishes "
                           "them."),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "CSV files (*.csv)"), u".csv"_s,
         u"dns/records.csv"_s, &make<CsvExporter>},
        {u"cloudflare"_s, QT_TRANSLATE_NOOP("sts::records::ExportFormat", "Cloudflare API JSON"),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat",
                           "One request body per record for the Cloudflare API (POST "
                           "/zones/:zone_id/dns_records)."),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "JSON files (*.json)"),
         u"-cloudflare.json"_s, u"dns/cloudflare.json"_s, &make<CloudflareExporter>},
        {u"route53"_s,
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "Route 53 change batch JSON"),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat",
                           "A change batch with one UPSERT per record set, for aws route53 "
                           "change-resource-record-sets."),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "JSON files (*.json)"), u"-route53.json"_s,
         u"dns/route53-changebatch.json"_s, &make<Route53Exporter>},
        {u"nsupdate"_s,
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "nsupdate script (RFC 2136)"),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat",
                           "A dynamic update script for nsupdate or knsupdate, sent in one "
                           "transaction."),
         QT_TRANSLATE_NOOP("sts::records::ExportFormat", "nsupdate scripts (*.nsupdate *.txt)"),
         u".nsupdate"_s, u"dns/nsupdate.txt"_s,
         [](const NsupdateOptions &options) -> std::unique_ptr<RecordExporter> {
             return std::make_unique<NsupdateExporter>(options);
         }},
    };
    return table;
}

const ExportFormat *findExportFormat(const QString &key)
{
    for (const ExportFormat &format : exportFormats())
        if (format.key == key)
            return &format;
    return nullptr;
}

std::unique_ptr<RecordExporter> makeExporter(const QString &format, const NsupdateOptions &nsupdate)
{
    const ExportFormat *found = findExportFormat(format);
    return found ? found->make(nsupdate) : nullptr;
}

QString ExportFormat::displayName() const
{
    return QCoreApplication::translate(kContext, name);
}

QString ExportFormat::displayDescription() const
{
    return QCoreApplication::translate(kContext, description);
}

QString ExportFormat::displayFileFilter() const
{
    return QCoreApplication::translate(kContext, fileFilter);
}

} // namespace sts::records
