#include "reports/MailboxSyncRunner.h"

#include "mainwindow/Workspace.h"
#include "services/MailboxSync.h"

namespace sts::ui {

MailboxSyncRunner::MailboxSyncRunner(std::shared_ptr<secrets::SecretStore> secrets, QObject *parent)
    : QObject(parent), m_secrets(std::move(secrets)), m_tasks(new TaskRunner(this, 1))
{}

bool MailboxSyncRunner::sync(Workspace *workspace, qint64 engagementId,
                             const std::optional<QString> &password)
{
    if (!workspace || isRunning())
        return false;
    Q_EMIT progress(0, 0);
    m_sync.start(
        [context = workspace->context(), secrets = m_secrets, engagementId,
         password](const CancelToken &cancel, Progress &progress) -> Result<QJsonObject> {
            Result<ServiceContext> own = context.forThisThread();
            if (!own)
                return own.error();
            Result<tlsrpt::ImapSyncSummary> summary =
                services::MailboxSync(*own, secrets)
                    .syncEngagement(
                        engagementId,
                        [&progress](qint64 done, qint64 total) { progress.report(done, total); },
                        cancel, password);
            if (!summary)
                return summary.error();
            return summary->toJson();
        },
        [this](const Result<QJsonObject> &summary) {
            if (summary)
                Q_EMIT synced(*summary);
            else
                Q_EMIT failed(summary.error().message);
        },
        [this](const ProgressStep &step) { Q_EMIT progress(step.done, step.total); });
    return true;
}

bool MailboxSyncRunner::test(const services::StoredMailbox &mailbox,
                             const std::optional<QString> &password)
{
    if (isRunning())
        return false;
    m_test.start(
        [mailbox, password, secrets = m_secrets](const CancelToken &, Progress &) -> Result<int> {
            QString secret = password.value_or(QString());
            if (!password) {
                Result<std::optional<QString>> stored =
                    secrets->get(services::Mailboxes::passwordKey(mailbox));
                if (!stored)
                    return stored.error();
                secret = stored->value_or(QString());
            }
            return services::MailboxSync::testConnection(mailbox, secret);
        },
        [this](const Result<int> &messages) {
            if (messages)
                Q_EMIT tested(*messages);
            else
                Q_EMIT failed(messages.error().message);
        });
    return true;
}

} // namespace sts::ui
