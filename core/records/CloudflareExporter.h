#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// A JSON array with one body of `POST /zones/:zone_id/dns_records` per record (Cloudflare API v4).
class CloudflareExporter : public RecordExporter
{
public:
    QByteArray render(const RecordSet &set) const override;
};

} // namespace sts::records
