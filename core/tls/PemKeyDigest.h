#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace sts::tls {

// The SPKI SHA-256 (what TLSA 3 1 1 publishes) of the key a PEM file holds: an unencrypted
// private key, or the public key of a certificate signing request. Tells whether a file on disk
// still holds the key it was written with. An encrypted private key gives "tls.key-encrypted":
// its public half cannot be read without the passphrase.
Result<QByteArray> pemSpkiSha256(const QByteArray &pem);

} // namespace sts::tls
