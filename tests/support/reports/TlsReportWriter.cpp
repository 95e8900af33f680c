#include "reports/TlsReportWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::test {

TlsReportWriter::TlsReportWriter(QString directory, QString policyDomain, QString mxHost)
    : m_directory(std::move(directory)), m_policyDomain(std::move(policyDomain)),
      m_mxHost(std::move(mxHost)), m_policyStrings{u"version: STSv1"_s, u"mode: testing"_s,
                                                   u"mx: "_s + m_mxHost, u"max_age: 86400"_s}
{
    QDir().mkpath(m_directory);
}

QString TlsReportWriter::write(const QString &organization, const QDate &day, qint64 successful,
                               qint64 failed, const QString &resultType)
{
    return writeAs(nextReportId(organization, day), organization, day, successful, failed,
                   resultType);
}

QString TlsReportWriter::writeAs(const QString &reportId, const QString &organization,
                                 const QDate &day, qint64 successful, qint64 failed,
                                 const QString &resultType)
{
    return save(reportId, organization, day,
                {policy(successful, failed, failed > 0 ? resultType : QString())});
}

QString TlsReportWriter::writeCounts(const QString &reportId, const QString &organization,
                                     const QDate &day, const QJsonValue &count, int policies)
{
    QJsonArray list;
    for (int i = 0; i < policies; ++i)
        list.append(policy(count, count, u"validation-failure"_s));
    return save(reportId, organization, day, list);
}

QString TlsReportWriter::nextReportId(const QString &organization, const QDate &day) const
{
    return u"%1-%2-%3"_s.arg(organization, day.toString(Qt::ISODate)).arg(m_count + 1);
}

QString TlsReportWriter::writePolicy(const QString &organization, const QDate &day,
                                     const QString &policyType, const QStringList &policyStrings,
                                     qint64 successful, qint64 failed)
{
    return save(nextReportId(organization, day), organization, day,
                {policy(policyType, policyStrings, successful, failed,
                        failed > 0 ? u"validation-failure"_s : QString())});
}

QJsonObject TlsReportWriter::policy(const QJsonValue &successful, const QJsonValue &failed,
                                    const QString &resultType) const
{
    return policy(u"sts"_s, m_policyStrings, successful, failed, resultType);
}

QJsonObject TlsReportWriter::policy(const QString &policyType, const QStringList &policyStrings,
                                    const QJsonValue &successful, const QJsonValue &failed,
                                    const QString &resultType) const
{
    QJsonObject applied{{u"policy-type"_s, policyType},
                        {u"policy-domain"_s, m_policyDomain},
                        {u"mx-host"_s, QJsonArray{m_mxHost}}};
    if (!policyStrings.isEmpty())
        applied.insert(u"policy-string"_s, QJsonArray::fromStringList(policyStrings));
    QJsonObject policy{
        {u"policy"_s, applied},
        {u"summary"_s, QJsonObject{{u"total-successful-session-count"_s, successful},
                                   {u"total-failure-session-count"_s, failed}}},
    };
    if (!resultType.isEmpty())
        policy.insert(u"failure-details"_s,
                      QJsonArray{QJsonObject{{u"result-type"_s, resultType},
                                             {u"sending-mta-ip"_s, u"192.0.2.10"_s},
                                             {u"receiving-mx-hostname"_s, m_mxHost},
                                             {u"failed-session-count"_s, failed}}});
    return policy;
}

QString TlsReportWriter::save(const QString &reportId, const QString &organization,
                              const QDate &day, const QJsonArray &policies)
{
    const QString date = day.toString(Qt::ISODate);
    const QJsonObject report{
        {u"organization-name"_s, organization},
        {u"date-range"_s, QJsonObject{{u"start-datetime"_s, date + u"T00:00:00Z"_s},
                                      {u"end-datetime"_s, date + u"T23:59:59Z"_s}}},
        {u"contact-info"_s, u"tlsrpt@example.net"_s},
        {u"report-id"_s, reportId},
        {u"policies"_s, policies},
    };
    const QString path = m_directory + u"/report-%1.json"_s.arg(++m_count);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) <= 0)
        return {};
    return path;
}

QStringList TlsReportWriter::writeCleanDays(const QStringList &organizations, const QDate &from,
                                            const QDate &to, qint64 sessions)
{
    QStringList paths;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        for (const QString &organization : organizations)
            paths << write(organization, day, sessions, 0);
    }
    return paths;
}

} // namespace sts::test
