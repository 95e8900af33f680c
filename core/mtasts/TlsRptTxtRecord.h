#pragma once

#include "mtasts/Problem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace sts::mtasts {

// The `_smtp._tls.<domain>` TXT record (RFC 8460 §3).
struct TlsRptTxtRecord
{
    QStringList rua; // decoded form is not kept: these are the URIs as published

    // "v=TLSRPTv1; rua=…" with ",", "!", ";" and blanks inside each URI percent-encoded.
    QByteArray toTxt() const;
};

struct TlsRptTxtLookup
{
    std::optional<TlsRptTxtRecord> record;
    QList<Problem> problems;
};

// `rrs` holds one entry per TXT RR, its strings already concatenated.
TlsRptTxtLookup parseTlsRptTxtRecords(const QList<QByteArray> &rrs);

// Percent-encodes the characters a rua URI must not carry literally.
QString encodeRuaUri(const QString &uri);

// Whether `uri`, as a consultant types it (before encodeRuaUri), can be published as a rua
// (RFC 8460 §3): a mailto: address or an https: URL, ASCII only. The problem when it cannot.
std::optional<Problem> checkRuaUri(const QString &uri);

} // namespace sts::mtasts
