#pragma once

#include "mtasts/Problem.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace sts::mtasts {

// The `_mta-sts.<domain>` TXT record (RFC 8461 §3.1).
struct StsTxtRecord
{
    QString id;
    QList<QPair<QString, QString>> extensions; // kept for display; senders ignore them

    // "v=STSv1; id=…;" followed by any extensions as "name=value;".
    QByteArray toTxt() const;
};

struct StsTxtLookup
{
    std::optional<StsTxtRecord> record; // set only when exactly one valid record exists
    QList<Problem> problems;
};

// `rrs` holds one entry per TXT RR at `_mta-sts.<domain>`, its strings already concatenated.
// Records not starting with the literal "v=STSv1;" are dropped (near misses give a warning);
// if not exactly one remains, or it is invalid, there is no policy.
StsTxtLookup parseStsTxtRecords(const QList<QByteArray> &rrs);

// id = 1–32 ASCII letters or digits.
bool isValidStsId(const QString &id);

} // namespace sts::mtasts
