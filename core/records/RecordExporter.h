#pragma once

#include "records/RecordSet.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace sts::records {

// Where an RFC 2136 script sends its update and how it signs it.
struct NsupdateOptions
{
    QString server;   // empty: nsupdate asks the zone's primary from the SOA
    quint16 port = 0; // 0: the default (53)
    QString zone;     // empty: the record set's domain
    QString keyName;  // TSIG; empty = unsigned
    QString keyAlgorithm = QStringLiteral("hmac-sha256");
    QString keySecret; // base64; a secret: never log the script when it carries one
};

// Renders a record set in one publication format. Pure and thread-safe. The formats, their keys
// and how to make each are listed in one table (records/ExportFormats.h).
class RecordExporter
{
public:
    virtual ~RecordExporter() = default;
    virtual QByteArray render(const RecordSet &set) const = 0;
};

// Null for an unknown format key (exportFormats()). `nsupdate` is only used by the nsupdate
// exporter.
std::unique_ptr<RecordExporter> makeExporter(const QString &format,
                                             const NsupdateOptions &nsupdate = {});

} // namespace sts::records
