#pragma once

#include "records/RecordExporter.h"

namespace sts::records {

// An nsupdate/knsupdate script (RFC 2136): per RRset `update delete` then `update add` for each
// record, one `send` at the end so the zone changes in one transaction. Only the types STS Desk
// manages at a name are deleted (TXT at _mta-sts and _smtp._tls, TLSA at _25._tcp.<mx>; at
// mta-sts.<domain> the address type added and a CNAME; a CNAME, which cannot share its name,
// clears the name): the customer's other records at those names stay. Records outside the
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
