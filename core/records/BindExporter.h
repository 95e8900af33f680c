#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// A zone-file snippet (RFC 1035 §5) with absolute owner names and no $ORIGIN, ready to paste
// into the zone or to $INCLUDE.
class BindExporter : public RecordExporter
{
public:
    QByteArray render(const RecordSet &set) const override;
};

} // namespace sts::records
