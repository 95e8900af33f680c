#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// CSV (RFC 4180, CRLF) with the columns owner,ttl,type,value; value is the rdata as in a zone
// file, for customers who hand the records to someone else.
class CsvExporter : public RecordExporter
{
public:
    QByteArray render(const RecordSet &set) const override;
};

} // namespace sts::records
