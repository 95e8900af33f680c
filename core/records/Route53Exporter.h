#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// A Route 53 `ChangeBatch` (ChangeResourceRecordSets) with one UPSERT per RRset.
class Route53Exporter : public RecordExporter
{
public:
    QByteArray render(const RecordSet &set) const override;
};

} // namespace sts::records
