#pragma once

#include <QDate>
#include <QDir>
#include <QString>

namespace sts::test {

// Writes small RFC 8460 aggregate reports (one policy, one UTC day) the way senders write them,
// for tests that need many days of reports with known counts.
class TlsReportWriter
{
public:
    TlsReportWriter(QString directory, QString policyDomain, QString mxHost);

    // Returns the path of the written report file.
    QString write(const QString &organization, const QDate &day, qint64 successful, qint64 failed,
                  const QString &resultType = QStringLiteral("certificate-host-mismatch"));
    // The same with a report-id of the caller's: another report under it is a conflict.
    QString writeAs(const QString &reportId, const QString &organization, const QDate &day,
                    qint64 successful, qint64 failed,
                    const QString &resultType = QStringLiteral("certificate-host-mismatch"));

    // One report from each sender for every day in [from, to], all sessions fine.
    QStringList writeCleanDays(const QStringList &organizations, const QDate &from, const QDate &to,
                               qint64 sessions = 100);

private:
    QString m_directory;
    QString m_policyDomain;
    QString m_mxHost;
    int m_count = 0;
};

} // namespace sts::test
