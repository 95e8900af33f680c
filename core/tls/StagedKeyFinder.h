#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace sts::tls {

// A DANE rollover key pair as KeyGenerator::generateWithNext() leaves it in a secrets folder:
// "<name>.key" (current) and "<name>-next.key" (staged).
struct StagedKey
{
    QString nextKeyPath;
    QByteArray nextSpkiSha256;
    QString currentKeyPath;       // empty when the partner file is missing
    QByteArray currentSpkiSha256; // empty when missing or unreadable
};

// Finds the newest staged key in an engagement's secrets folder. Only the public half is kept
// (the SPKI digest); the private key never leaves the file beyond this call.
class StagedKeyFinder
{
public:
    // The folder `stsdesk-cli csr` and the key dialog write to.
    static QString secretsDir(qint64 engagementId);

    // Null when nothing is staged. A staged key that cannot be read without its passphrase
    // is reported through `problem` (translated) and skipped.
    static std::optional<StagedKey> find(const QString &dir, QString *problem = nullptr);
};

} // namespace sts::tls
