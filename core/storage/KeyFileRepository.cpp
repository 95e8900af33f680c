#include "storage/KeyFileRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::KeyFileRepository", text);
}

QList<KeyFile> keyFilesOf(const tls::GeneratedKey &key)
{
    QList<KeyFile> files;
    if (key.keyPath.isEmpty())
        return files;
    files << KeyFile{0, 0, KeyFile::Kind::Key, key.keyPath, key.spkiSha256, key.keyFileSha256, {}};
    if (!key.csrPath.isEmpty())
        files << KeyFile{0,
                         0,
                         KeyFile::Kind::Csr,
                         key.csrPath,
                         key.spkiSha256,
                         QCryptographicHash::hash(key.csrPem, QCryptographicHash::Sha256),
                         {}};
    return files;
}

KeyFileRepository::KeyFileRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Status KeyFileRepository::record(const EngagementEvent &event, const QList<KeyFile> &files)
{
    return m_db->inTransaction([&]() -> Status {
        if (Result<qint64> logged = EventLog(m_db).append(event); !logged)
            return logged.error();
        for (const KeyFile &file : files) {
            QSqlQuery query(m_db->sql());
            query.prepare(u"INSERT INTO tls_key_files (engagement_id, kind, path, spki_sha256, "
                          "file_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT DO NOTHING"_s);
            query.addBindValue(event.engagementId);
            query.addBindValue(file.kind == KeyFile::Kind::Key ? u"key"_s : u"csr"_s);
            // Absolute, so that the bundle finds it whatever folder it is started from.
            query.addBindValue(QFileInfo(file.path).absoluteFilePath());
            query.addBindValue(QString::fromLatin1(file.spkiSha256.toHex()));
            query.addBindValue(QString::fromLatin1(file.fileSha256.toHex()));
            query.addBindValue(toIsoUtc(event.at));
            if (!query.exec())
                return Database::sqlError(query.lastError(), tr("recording a key file"));
        }
        return Status::success();
    });
}

Result<QList<KeyFile>> KeyFileRepository::forEngagement(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, engagement_id, kind, path, spki_sha256, file_sha256, created_at "
                  "FROM tls_key_files WHERE engagement_id = ? ORDER BY id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading the key files"));
    QList<KeyFile> files;
    while (query.next()) {
        KeyFile file;
        file.id = query.value(0).toLongLong();
        file.engagementId = query.value(1).toLongLong();
        file.kind = query.value(2).toString() == u"csr"_s ? KeyFile::Kind::Csr : KeyFile::Kind::Key;
        file.path = query.value(3).toString();
        file.spkiSha256 = QByteArray::fromHex(query.value(4).toString().toLatin1());
        file.fileSha256 = QByteArray::fromHex(query.value(5).toString().toLatin1());
        file.createdAt = fromIsoUtc(query.value(6).toString());
        files << file;
    }
    if (query.lastError().isValid())
        return Database::sqlError(query.lastError(), tr("reading the key files"));
    return files;
}

} // namespace sts::storage
