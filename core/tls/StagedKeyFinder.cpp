#include "tls/StagedKeyFinder.h"

#include "tls/KeyGenerator.h"
#include "tls/PrivateKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sts::tls {

QString StagedKeyFinder::secretsDir(qint64 engagementId)
{
    return KeyGenerator::engagementSecretsDir(engagementId);
}

std::optional<StagedKey> StagedKeyFinder::find(const QString &dir, QString *problem)
{
    // Names carry a UTC timestamp ("<domain>-<yyyyMMddTHHmmssZ>-next.key"): newest last by name.
    QFileInfoList files = QDir(dir).entryInfoList({u"*-next.key"_s}, QDir::Files, QDir::Name);
    while (!files.isEmpty()) {
        const QFileInfo next = files.takeLast();
        Result<PrivateKey> key = PrivateKey::load(next.filePath());
        if (!key) {
            if (problem)
                *problem = QCoreApplication::translate(
                               "sts::tls::StagedKeyFinder",
                               "The staged key “%1” cannot be read without its passphrase; its "
                               "digest is not shown.")
                               .arg(next.fileName());
            continue;
        }
        StagedKey out;
        out.nextKeyPath = next.filePath();
        out.nextSpkiSha256 = key->spkiSha256();
        const QString partner = next.filePath().chopped(int(u"-next.key"_s.size())) + u".key"_s;
        if (QFileInfo::exists(partner)) {
            out.currentKeyPath = partner;
            if (Result<PrivateKey> current = PrivateKey::load(partner))
                out.currentSpkiSha256 = current->spkiSha256();
        }
        return out;
    }
    return std::nullopt;
}

} // namespace sts::tls
