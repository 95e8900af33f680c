#include "storage/DeliverySettingsRepository.h"

#include "deploy/DeliveryKinds.h"
#include "storage/CertificateChallengeRepository.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::DeliverySettingsRepository", text);
}

bool StoredDeliverySettings::sameValues(const StoredDeliverySettings &other) const
{
    return rua == other.rua && alerts == other.alerts && mta == other.mta &&
           hosting == other.hosting && challenges == other.challenges;
}

DeliverySettingsRepository::DeliverySettingsRepository(std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<StoredDeliverySettings> DeliverySettingsRepository::get(qint64 engagementId) const
{
    const QString what = tr("reading the delivery settings");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT e.hosting, d.rua, d.alert_notice, d.alert_escalation, d.alert_critical, "
              "d.mta, d.updated_at FROM engagements e "
              "LEFT JOIN delivery_settings d ON d.engagement_id = e.id WHERE e.id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    if (!*row)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(engagementId)};
    StoredDeliverySettings out;
    fromKey(q.value(0).toString(), out.hosting);
    Result<deploy::ChallengeSettings> challenges =
        CertificateChallengeRepository(m_db).get(engagementId);
    if (!challenges)
        return challenges.error();
    out.challenges = *challenges;
    if (q.value(6).isNull()) // no row yet
        return out;
    if (!q.value(1).isNull()) {
        out.rua.emplace();
        for (const QJsonValue &uri : QJsonDocument::fromJson(q.value(1).toByteArray()).array())
            out.rua->append(uri.toString());
    }
    out.alerts =
        deploy::AlertAddresses{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    out.mta = deploy::mtaFromKey(q.value(5).toString()).value_or(deploy::Mta::Postfix);
    out.updatedAt = fromIsoUtc(q.value(6).toString());
    return out;
}

Status DeliverySettingsRepository::put(qint64 engagementId, const StoredDeliverySettings &s)
{
    const QString what = tr("saving the delivery settings");
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO delivery_settings (engagement_id, rua, alert_notice, "
              "alert_escalation, alert_critical, mta, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (engagement_id) DO UPDATE SET rua = excluded.rua, "
              "alert_notice = excluded.alert_notice, alert_escalation = excluded.alert_escalation, "
              "alert_critical = excluded.alert_critical, mta = excluded.mta, "
              "updated_at = excluded.updated_at"_s);
    const QVariant rua =
        s.rua
            ? QVariant(QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(*s.rua)).toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType::fromType<QString>());
    for (const QVariant &v :
         QVariantList{QVariant(engagementId), rua, QVariant(Database::nonNull(s.alerts.notice)),
                      QVariant(Database::nonNull(s.alerts.escalation)),
                      QVariant(Database::nonNull(s.alerts.critical)),
                      QVariant(deploy::toKey(s.mta)), QVariant(toIsoUtc(s.updatedAt))})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    if (Status challenges = CertificateChallengeRepository(m_db).put(engagementId, s.challenges);
        !challenges)
        return challenges;
    QSqlQuery hosting(m_db->sql());
    hosting.prepare(u"UPDATE engagements SET hosting = ?, updated_at = ? WHERE id = ?"_s);
    hosting.addBindValue(toKey(s.hosting));
    hosting.addBindValue(toIsoUtc(s.updatedAt));
    hosting.addBindValue(engagementId);
    if (!hosting.exec())
        return Database::sqlError(hosting.lastError(), what);
    if (hosting.numRowsAffected() == 0)
        return Error{u"engagement.not-found"_s, tr("There is no engagement %1.").arg(engagementId)};
    return Status::success();
}

} // namespace sts::storage
