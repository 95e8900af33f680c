#pragma once

#include "records/RecordSet.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sts::test {

// Reads the records back out of an exported file, independently of the exporters, as one line
// per record "owner ttl TYPE value": owner absolute and lower case, TXT as the concatenated
// content senders read, TLSA as "3 1 1 <hex>", CNAME targets absolute. Sorted, so two outputs
// compare record for record whatever their order or grouping.
using RecordReader = std::function<QStringList(const QByteArray &)>;

// The reader for an export format's key; none for a format without a reader here (such a format
// is still compared byte for byte between the faces).
std::optional<RecordReader> readerFor(const QString &formatKey);

// The same lines for a record set as built.
QStringList canonicalRecords(const records::RecordSet &set);

} // namespace sts::test
