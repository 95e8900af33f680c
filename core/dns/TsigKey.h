#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace sts::dns {

// A TSIG key (RFC 8945): its name, its HMAC algorithm and its base64 secret. The secret is held
// only as long as an update needs it and never written to settings, arguments, logs or events:
// callers keep the key file's path, not the key.
struct TsigKey
{
    QString name;      // "upd-key" (a domain name; the final dot is optional)
    QString algorithm; // lower case, no final dot: "hmac-sha256" or "hmac-sha512"
    QByteArray secret; // base64, as the key file holds it

    // ldns 1.8.3 signs with these two of the usual algorithms (its hmac-sha384 is misspelt, and
    // MD5/SHA-1 are no longer recommended, RFC 8945 §6).
    static bool isSupportedAlgorithm(const QString &algorithm);
};

// Reads a key file: BIND's `key "name" { algorithm hmac-sha256; secret "..."; };` (tsig-keygen,
// ddns-confgen), Knot's `keymgr -t` output (its `key:` YAML, or the `# alg:name:secret` line
// above it) or one line `[algorithm:]name:secret` (nsupdate -y; hmac-sha256 when left out).
// A file every user may read is refused: the secret lets anyone change the customer's zone.
// Errors: dns.tsig-file (unreadable), dns.tsig-file-mode (readable by others), dns.tsig-format
// (no key in it, or more than one), dns.tsig-algorithm, dns.tsig-secret (not base64).
Result<TsigKey> readTsigKeyFile(const QString &path);

} // namespace sts::dns
