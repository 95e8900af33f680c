#pragma once

#include "mtasts/PolicyParser.h"
#include "tls/Certificate.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QString>
#include <optional>

namespace sts::mtasts {

struct FetchOptions
{
    // Where to connect; empty = "mta-sts.<domain>" via the system resolver. SNI and certificate
    // verification always use "mta-sts.<domain>", whatever is connected to.
    QString connectHost;
    quint16 port = 443;
    QString caFile; // PEM bundle replacing the system store; empty = system store
    int connectTimeoutMs = 15000;
    int overallTimeoutMs = 60000; // RFC 8461 §3.3: "a reasonable timeout" — about a minute
};

// What fetching https://mta-sts.<domain>/.well-known/mta-sts.txt gave.
struct FetchResult
{
    QString url;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body; // complete body (never truncated); empty on failure before the body
    PolicyParse parse;

    // Unset on success. `code` is the TLS-RPT result type a sender would report:
    // "sts-policy-fetch-error", "sts-webpki-invalid" or "sts-policy-invalid"; `message` says the
    // precise reason (translated), `reason` names it for machines ("redirect", "http-status",
    // "content-type", "too-large", "timeout", "connect", "dns", "tls-handshake",
    // "hostname-mismatch", "untrusted", "expired", "policy-syntax", "cancelled", "ca-file").
    std::optional<Error> error;
    QString reason;
    // The certificate the policy host served, once it passed verification; null otherwise. The
    // monitoring reads its expiry from here instead of a second HTTPS handshake.
    tls::Certificate leafCertificate;

    bool ok() const { return !error.has_value(); }
};

// Blocking and thread-safe: call it from a worker thread (a task, see util/Task.h).
// Follows RFC 8461 §3.3: no redirects, only 200, text/plain (parameters ignored), body ≤ 64 KiB
// (larger is an error), WebPKI validation for mta-sts.<domain> with SNI. Cancelling ends it
// within 100 ms with reason "cancelled".
FetchResult fetchPolicy(const QString &domain, const FetchOptions &options = {},
                        const CancelToken &cancel = {});

constexpr qsizetype kMaxPolicyBytes = 64 * 1024;

} // namespace sts::mtasts
