#include "services/Notifications.h"

#include "services/DigestMail.h"
#include "services/MailLanguage.h"
#include "services/WeeklyMail.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/NotificationFindings.h"
#include "storage/NotificationSettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::Notifications", text);
}

static Status checkSettings(const storage::StoredNotificationSettings &s, bool dryRun)
{
    if (s.from.isEmpty())
        return Error{u"notify.settings"_s,
                     QCoreApplication::translate(
                         "sts::Notifications",
                         "No sender address is set (stsdesk-cli notify settings --from).")};
    if (!dryRun && s.smtpHost.isEmpty())
        return Error{u"notify.settings"_s,
                     QCoreApplication::translate(
                         "sts::Notifications",
                         "No SMTP submission server is set (stsdesk-cli notify settings --host).")};
    return {};
}

Notifications::Notifications(ServiceContext context) : m_ctx(std::move(context)) {}

Status Notifications::deliver(const NotifyMail &mail, const QString &from,
                              const NotifyOptions &options)
{
    Result<storage::StoredNotificationSettings> s =
        storage::NotificationSettingsRepository(m_ctx.database).get();
    if (!s)
        return s.error();
    mail::SmtpSettings smtp;
    smtp.host = s->smtpHost;
    smtp.port = quint16(s->smtpPort);
    smtp.user = s->smtpUser;
    smtp.password = options.password;
    smtp.caFile = s->caFile;
    smtp.timeoutMs = options.timeoutMs;
    return mail::SmtpSubmission(smtp).send({from, mail.to, mail.message});
}

Result<QList<NotifyMail>> Notifications::sendDigests(const NotifyOptions &options)
{
    Result<storage::StoredNotificationSettings> settings =
        storage::NotificationSettingsRepository(m_ctx.database).get();
    if (!settings)
        return settings.error();
    if (Status ok = checkSettings(*settings, options.dryRun); !ok)
        return ok.error();
    Result<QList<storage::PendingFinding>> pending =
        storage::NotificationFindings(m_ctx.database).pending();
    if (!pending)
        return pending.error();
    QMap<QString, QList<storage::PendingFinding>> byConsultant;
    for (const storage::PendingFinding &p : *pending)
        byConsultant[p.consultant].append(p);

    const MailLanguage language(settings->language);
    QList<NotifyMail> out;
    for (auto it = byConsultant.cbegin(); it != byConsultant.cend(); ++it) {
        const QString address =
            settings->digestAddresses.value(it.key(), settings->digestAddresses.value(QString()));
        if (address.isEmpty())
            return Error{u"notify.no-recipient"_s,
                         tr("No digest address is set for consultant “%1” and no default one "
                            "(stsdesk-cli notify settings --digest).")
                             .arg(it.key())};
        const QDateTime now = m_ctx.clock->now();
        QList<NotifyMail> mails;
        QList<storage::PendingFinding> critical;
        for (const storage::PendingFinding &p : it.value())
            if (p.finding.severity == storage::Finding::Severity::Critical)
                critical.append(p);
        // The escalation goes first: a failure after it leaves everything unmarked, and the
        // next run sends both again rather than losing the digest.
        if (!critical.isEmpty() && !settings->criticalAddress.isEmpty()) {
            NotifyMail m{u"critical"_s, it.key(), 0, {settings->criticalAddress}, {}, {}, {},
                         false};
            const mail::MailContent c =
                digestMail({it.key(), critical, true, settings->from, m.to, now}, language);
            m.subject = c.subject;
            m.message = mail::MimeComposer::compose(c);
            for (const storage::PendingFinding &p : critical)
                m.findingIds.append(p.finding.id);
            mails.append(m);
        }
        NotifyMail digest{u"digest"_s, it.key(), 0, {address}, {}, {}, {}, false};
        const mail::MailContent c =
            digestMail({it.key(), it.value(), false, settings->from, digest.to, now}, language);
        digest.subject = c.subject;
        digest.message = mail::MimeComposer::compose(c);
        for (const storage::PendingFinding &p : it.value())
            digest.findingIds.append(p.finding.id);
        mails.append(digest);
        if (!options.dryRun) {
            for (NotifyMail &m : mails) {
                if (Status sent = deliver(m, settings->from, options); !sent)
                    return sent.error();
                m.sent = true;
            }
            const Status recorded = m_ctx.database->inTransaction([&]() -> Status {
                Result<int> marked = storage::NotificationFindings(m_ctx.database)
                                         .markNotified(digest.findingIds, now);
                if (!marked)
                    return marked.error();
                QMap<qint64, QJsonArray> perEngagement;
                for (const storage::PendingFinding &p : it.value())
                    perEngagement[p.finding.engagementId].append(p.finding.id);
                storage::EventLog log(m_ctx.database);
                for (auto e = perEngagement.cbegin(); e != perEngagement.cend(); ++e) {
                    storage::EngagementEvent event;
                    event.engagementId = e.key();
                    event.at = now;
                    event.kind = u"notify.digest-sent"_s;
                    event.actor = m_ctx.actor;
                    event.payload = {{u"to"_s, QJsonArray::fromStringList(digest.to)},
                                     {u"findings"_s, e.value()},
                                     {u"critical"_s, mails.size() > 1}};
                    if (Result<qint64> added = log.append(event); !added)
                        return added.error();
                }
                return {};
            });
            if (!recorded)
                return recorded.error();
        }
        out += mails;
    }
    return out;
}

Result<QList<NotifyMail>> Notifications::sendWeekly(const QList<qint64> &engagementIds,
                                                    const NotifyOptions &options,
                                                    const TrendChartPainter &painter)
{
    storage::NotificationSettingsRepository repository(m_ctx.database);
    Result<storage::StoredNotificationSettings> settings = repository.get();
    if (!settings)
        return settings.error();
    if (Status ok = checkSettings(*settings, options.dryRun); !ok)
        return ok.error();
    QList<qint64> ids = engagementIds;
    if (ids.isEmpty()) {
        Result<QList<qint64>> all = repository.weeklyEngagements();
        if (!all)
            return all.error();
        ids = *all;
    }
    QList<NotifyMail> out;
    for (qint64 id : std::as_const(ids)) {
        Result<QStringList> to = repository.weeklyRecipients(id);
        if (!to)
            return to.error();
        if (to->isEmpty())
            return Error{u"notify.no-recipient"_s,
                         tr("Engagement %1 has no weekly summary recipients (stsdesk-cli notify "
                            "settings --weekly %1=ADDRESS).")
                             .arg(id)};
        const QDateTime now = m_ctx.clock->now();
        Result<WeeklySummary> summary = loadWeeklySummary(m_ctx, id, now.toUTC().date());
        if (!summary)
            return summary.error();
        const MailLanguage language(summary->language);
        const QByteArray chart = painter ? painter(*summary) : QByteArray();
        const mail::MailContent c = weeklyMail(*summary, language, settings->from, *to, now, chart);
        NotifyMail m{u"weekly"_s, {}, id, *to, c.subject, {}, mail::MimeComposer::compose(c),
                     false};
        if (!options.dryRun) {
            if (Status sent = deliver(m, settings->from, options); !sent)
                return sent.error();
            m.sent = true;
            const Status recorded = m_ctx.database->inTransaction([&]() -> Status {
                if (Status marked = repository.markWeeklySent(id, now); !marked)
                    return marked;
                storage::EngagementEvent event;
                event.engagementId = id;
                event.at = now;
                event.kind = u"notify.weekly-sent"_s;
                event.actor = m_ctx.actor;
                event.payload = {{u"to"_s, QJsonArray::fromStringList(m.to)},
                                 {u"from"_s, summary->from.toString(Qt::ISODate)},
                                 {u"until"_s, summary->to.toString(Qt::ISODate)}};
                if (Result<qint64> added = storage::EventLog(m_ctx.database).append(event); !added)
                    return added.error();
                return {};
            });
            if (!recorded)
                return recorded.error();
        }
        out.append(m);
    }
    return out;
}

} // namespace sts
