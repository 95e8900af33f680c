#pragma once

#include "storage/Database.h"
#include "storage/EventLog.h"
#include "tls/KeyGenerator.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>

namespace sts::storage {

// One key or CSR file an engagement generated. The workspace keeps where it is and which key it
// holds, never the key itself.
struct KeyFile
{
    enum class Kind { Key, Csr };

    qint64 id = 0;
    qint64 engagementId = 0;
    Kind kind = Kind::Key;
    QString path;          // absolute
    QByteArray spkiSha256; // raw SHA-256 of the key's SubjectPublicKeyInfo
    QByteArray fileSha256; // raw SHA-256 of the file as written; empty for files of older versions
    QDateTime createdAt;
};

// The files KeyGenerator wrote for one key: the key and, when one was asked for, its CSR.
QList<KeyFile> keyFilesOf(const tls::GeneratedKey &key);

// The key and CSR files that belong to each engagement (what a handover bundle may take).
class KeyFileRepository
{
public:
    explicit KeyFileRepository(std::shared_ptr<const Database> database);

    // Records `files` and the event that announces them in one transaction (both or neither).
    // A path recorded before for the same engagement keeps its first record.
    Status record(const EngagementEvent &event, const QList<KeyFile> &files);
    Result<QList<KeyFile>> forEngagement(qint64 engagementId) const; // oldest first

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace sts::storage
