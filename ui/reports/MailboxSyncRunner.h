#pragma once

#include "secrets/SecretStore.h"
#include "services/Mailboxes.h"
#include "util/Task.h"

#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>

namespace sts::ui {

class Workspace;

// The Mailbox dialog's network work, off the GUI thread: a sync of the engagement's stored mailbox
// (MailboxSync on a connection of its own) and a connection test. The password is the one typed,
// else the keychain's (read on the worker thread).
class MailboxSyncRunner : public QObject
{
    Q_OBJECT
public:
    MailboxSyncRunner(std::shared_ptr<secrets::SecretStore> secrets, QObject *parent = nullptr);

    // Both return false while a run is going.
    bool sync(Workspace *workspace, qint64 engagementId, const std::optional<QString> &password);
    bool test(const services::StoredMailbox &mailbox, const std::optional<QString> &password);
    bool isRunning() const { return m_sync.isRunning() || m_test.isRunning(); }
    // Stops the sync after the message being read; `synced` still reports what was imported.
    void cancel() { m_sync.interrupt(); }

Q_SIGNALS:
    void progress(qint64 done, qint64 total); // messages; total 0: not known yet
    void synced(const QJsonObject &summary);  // an ImapSyncSummary::toJson()
    void tested(int messages);
    void failed(const QString &message);

private:
    std::shared_ptr<secrets::SecretStore> m_secrets;
    TaskRunner *m_tasks;
    Task<QJsonObject> m_sync{m_tasks};
    Task<int> m_test{m_tasks};
};

} // namespace sts::ui
