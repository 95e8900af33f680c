#include "services/StagedKeyLookup.h"

#include "storage/KeyFileRepository.h"

using namespace Qt::StringLiterals;

namespace sts::services {

Result<std::optional<tls::StagedKey>>
stagedKeyOf(const std::shared_ptr<const storage::Database> &db, qint64 engagementId)
{
    Result<QList<storage::KeyFile>> files =
        storage::KeyFileRepository(db).forEngagement(engagementId);
    if (!files)
        return files.error();
    const QString suffix = u"-next.key"_s;
    // Oldest first: the newest staged key is the last one.
    for (qsizetype i = files->size() - 1; i >= 0; --i) {
        const storage::KeyFile &next = files->at(i);
        if (next.kind != storage::KeyFile::Kind::Key || !next.path.endsWith(suffix) ||
            next.spkiSha256.isEmpty())
            continue;
        tls::StagedKey out;
        out.nextKeyPath = next.path;
        out.nextSpkiSha256 = next.spkiSha256;
        const QString partner = next.path.chopped(suffix.size()) + u".key"_s;
        for (const storage::KeyFile &current : std::as_const(*files))
            if (current.kind == storage::KeyFile::Kind::Key && current.path == partner) {
                out.currentKeyPath = current.path;
                out.currentSpkiSha256 = current.spkiSha256;
            }
        return std::optional<tls::StagedKey>(out);
    }
    return tls::StagedKeyFinder::find(tls::StagedKeyFinder::secretsDir(engagementId));
}

} // namespace sts::services
