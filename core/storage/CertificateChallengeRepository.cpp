#include "storage/CertificateChallengeRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::CertificateChallengeRepository", text);
}

CertificateChallengeRepository::CertificateChallengeRepository(
    std::shared_ptr<const Database> database)
    : m_db(std::move(database))
{}

Result<deploy::ChallengeSettings> CertificateChallengeRepository::get(qint64 engagementId) const
{
    const QString what = tr("reading the certificate challenges");
    QSqlQuery q(m_db->sql());
    q.prepare(u"SELECT policy_host, mx_hosts, rfc2136_server, rfc2136_port, tsig_key_name, "
              "tsig_algorithm, rfc2136_zone, propagation_seconds FROM certificate_challenges "
              "WHERE engagement_id = ?"_s);
    q.addBindValue(engagementId);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    Result<bool> row = Database::nextRow(q, what);
    if (!row)
        return row.error();
    deploy::ChallengeSettings out;
    if (!*row)
        return out;
    out.policyHost = deploy::challengeFromKey(q.value(0).toString()).value_or(out.policyHost);
    out.mxHosts = deploy::challengeFromKey(q.value(1).toString()).value_or(out.mxHosts);
    out.rfc2136 =
        deploy::Rfc2136Settings{q.value(2).toString(), q.value(3).toInt(),    q.value(4).toString(),
                                q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
    return out;
}

Status CertificateChallengeRepository::put(qint64 engagementId, const deploy::ChallengeSettings &s)
{
    const QString what = tr("saving the certificate challenges");
    QSqlQuery q(m_db->sql());
    q.prepare(u"INSERT INTO certificate_challenges (engagement_id, policy_host, mx_hosts, "
              "rfc2136_server, rfc2136_port, tsig_key_name, tsig_algorithm, rfc2136_zone, "
              "propagation_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (engagement_id) DO UPDATE SET policy_host = excluded.policy_host, "
              "mx_hosts = excluded.mx_hosts, rfc2136_server = excluded.rfc2136_server, "
              "rfc2136_port = excluded.rfc2136_port, tsig_key_name = excluded.tsig_key_name, "
              "tsig_algorithm = excluded.tsig_algorithm, rfc2136_zone = excluded.rfc2136_zone, "
              "propagation_seconds = excluded.propagation_seconds"_s);
    const deploy::Rfc2136Settings &r = s.rfc2136;
    for (const QVariant &v : QVariantList{
             QVariant(engagementId), deploy::toKey(s.policyHost), deploy::toKey(s.mxHosts),
             Database::nonNull(r.server), r.port, Database::nonNull(r.keyName),
             Database::nonNull(r.algorithm), Database::nonNull(r.zone), r.propagationSeconds})
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q.lastError(), what);
    return Status::success();
}

} // namespace sts::storage
