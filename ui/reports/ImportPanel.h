#pragma once

#include <QWidget>
#include <memory>

namespace sts::secrets {
class SecretStore;
}

class QLabel;
class QProgressBar;
class QPushButton;

namespace sts::ui {

class ImportRunner;
class Workspace;

// "Import reports…" with progress, cancel and the summary line, as used by the Timeline and the
// Reports view. Keeps the object names importReports, importProgress, cancelImport, importSummary.
// "Mailbox…" (mailboxSettings) opens the engagement's MailboxDialog: its IMAP mailbox and sync.
class ImportPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // The engagement "Mailbox…" is for (0: none, the button is disabled).
    void setEngagement(qint64 engagementId);
    // Where the mailbox dialog files passwords (the desktop keychain unless set).
    void setSecretStore(std::shared_ptr<secrets::SecretStore> secrets);
    // Opens the engagement's Mailbox dialog (window-modal, returns at once); null without one.
    class MailboxDialog *openMailbox();
    ImportRunner *runner() const { return m_runner; }

    void importPaths(const QStringList &paths);
    // Parses the quarantined inputs again (after a parser update); shows progress like an import.
    void retryQuarantine();
    bool isImporting() const;
    void cancelImport();
    QString summaryText() const;
    void clearSummary();

Q_SIGNALS:
    void imported(); // after every run that may have changed the reports (also a cancelled one)

private:
    void chooseFiles();
    void showRunning(const QString &text);
    void showProgress(qint64 done, qint64 total);
    void runFinished(const QString &text);

    ImportRunner *m_runner;
    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    QPushButton *m_import;
    QPushButton *m_mailbox;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
};

} // namespace sts::ui
