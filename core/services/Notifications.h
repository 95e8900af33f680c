#pragma once

#include "mail/SmtpSubmission.h"
#include "services/ServiceContext.h"
#include "services/WeeklySummary.h"

#include <QList>
#include <functional>

namespace sts {

// How one run of the notifications sends: the SMTP password for this run only (from a password
// file or the keychain; never stored), or a dry run that composes the mails and sends and marks
// nothing.
struct NotifyOptions
{
    bool dryRun = false;
    QString password;
    int timeoutMs = 30000;
};

// One mail a run composed (and, unless dry, sent).
struct NotifyMail
{
    QString kind; // "digest", "critical", "weekly"
    QString consultant;
    qint64 engagementId = 0; // weekly only
    QStringList to;
    QString subject;
    QList<qint64> findingIds; // digest and critical
    QByteArray message;
    bool sent = false;
};

// Paints a weekly summary's trend as a PNG; the faces pass render/'s painter (core has no Gui).
// Without one, the weekly mail has no chart.
using TrendChartPainter = std::function<QByteArray(const WeeklySummary &)>;

// The mails of the monitoring: a digest per consultant with the findings no mail has carried
// yet (critical ones also to the critical address), marked notified in the same transaction that
// records the mail in the event log ("notify.digest-sent"), so a finding is never mailed twice and
// a failed send marks nothing; and the weekly summary per customer ("notify.weekly-sent").
class Notifications
{
public:
    explicit Notifications(ServiceContext context);

    Result<QList<NotifyMail>> sendDigests(const NotifyOptions &options);
    // `engagementIds` empty: every engagement with weekly recipients.
    Result<QList<NotifyMail>> sendWeekly(const QList<qint64> &engagementIds,
                                         const NotifyOptions &options,
                                         const TrendChartPainter &painter = {});

private:
    Status deliver(const NotifyMail &mail, const QString &from, const NotifyOptions &options);

    ServiceContext m_ctx;
};

} // namespace sts
