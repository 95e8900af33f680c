#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// An nsupdate/knsupdate script (RFC 2136): per RRset `update delete` then `update add` for each
// record, one `send` at the end so the zone changes in one transaction. The policy host name is
// cleared of every type first (switching between addresses and a CNAME). Records outside the
// zone are listed as comments: they belong to another zone (e.g. an MX host at a provider).
class NsupdateExporter : public RecordExporter
{
public:
    explicit NsupdateExporter(NsupdateOptions options = {}) : m_options(std::move(options)) {}
    QByteArray render(const RecordSet &set) const override;

private:
    NsupdateOptions m_options;
};

} // namespace sts::records
