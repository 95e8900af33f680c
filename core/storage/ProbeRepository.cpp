#include "storage/ProbeRepository.h"

#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::ProbeRepository", text);
}

ProbeRepository::ProbeRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Status ProbeRepository::store(qint64 engagementId, const QDateTime &at,
                              const tls::ProbeReport &report)
{
    return m_db->inTransaction([&]() -> Status {
        for (const tls::AddressProbe &probe : report.addresses) {
            QSqlQuery query(m_db->sql());
            query.prepare(u"INSERT INTO tls_probes (engagement_id, probed_at, protocol, host, "
                          "address, port, verdict, leaf_sha256, leaf_spki_sha256, "
                          "leaf_not_after, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const tls::Certificate leaf = probe.chain.leaf();
            query.addBindValue(engagementId);
            query.addBindValue(toIsoUtc(at));
            query.addBindValue(probe.protocol == tls::AddressProbe::Protocol::Smtp ? u"smtp"_s
                                                                                   : u"https"_s);
            query.addBindValue(probe.host);
            query.addBindValue(probe.address.isNull() ? u""_s : probe.address); // not resolved
            query.addBindValue(int(probe.port));
            query.addBindValue(probe.verdict());
            // A null QString would bind as SQL NULL; these columns hold '' when no certificate.
            query.addBindValue(leaf.isNull() ? u""_s : QString::fromLatin1(leaf.sha256().toHex()));
            query.addBindValue(leaf.isNull() ? u""_s
                                             : QString::fromLatin1(leaf.spkiSha256().toHex()));
            query.addBindValue(leaf.isNull() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(toIsoUtc(leaf.notAfter())));
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(probe.toJson()).toJson(QJsonDocument::Compact)));
            if (!query.exec())
                return Database::sqlError(query.lastError(), tr("storing a probe result"));
        }
        return {};
    });
}

Result<QList<StoredProbe>> ProbeRepository::history(qint64 engagementId) const
{
    QSqlQuery query(m_db->sql());
    query.prepare(u"SELECT id, engagement_id, probed_at, protocol, host, address, port, verdict, "
                  "leaf_sha256, leaf_spki_sha256, leaf_not_after, detail FROM tls_probes "
                  "WHERE engagement_id = ? ORDER BY probed_at, id"_s);
    query.addBindValue(engagementId);
    if (!query.exec())
        return Database::sqlError(query.lastError(), tr("reading probe results"));
    QList<StoredProbe> probes;
    while (query.next()) {
        StoredProbe p;
        p.id = query.value(0).toLongLong();
        p.engagementId = query.value(1).toLongLong();
        p.probedAt = fromIsoUtc(query.value(2).toString());
        p.protocol = query.value(3).toString();
        p.host = query.value(4).toString();
        p.address = query.value(5).toString();
        p.port = query.value(6).toInt();
        p.verdict = query.value(7).toString();
        p.leafSha256 = query.value(8).toString();
        p.leafSpkiSha256 = query.value(9).toString();
        if (!query.value(10).isNull())
            p.leafNotAfter = fromIsoUtc(query.value(10).toString());
        p.detail = QJsonDocument::fromJson(query.value(11).toByteArray()).object();
        probes.append(p);
    }
    if (Status read = Database::rowsRead(query, tr("reading probe results")); !read)
        return read.error();
    return probes;
}

Result<QList<StoredProbe>> ProbeRepository::latest(qint64 engagementId) const
{
    Result<QList<StoredProbe>> all = history(engagementId);
    if (!all)
        return all.error();
    // History is ordered oldest first, so later rows replace earlier ones.
    QHash<QString, qsizetype> index;
    QList<StoredProbe> newest;
    for (const StoredProbe &p : std::as_const(*all)) {
        const QString key =
            p.protocol + u'|' + p.host + u'|' + p.address + u'|' + QString::number(p.port);
        if (const auto it = index.constFind(key); it != index.cend()) {
            newest[*it] = p;
        } else {
            index.insert(key, newest.size());
            newest.append(p);
        }
    }
    return newest;
}

} // namespace sts::storage
