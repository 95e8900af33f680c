#pragma once

#include "services/DiscoveryService.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class DiscoveryRunner;
class ManualMxPanel;
class Workspace;

// Wizard page "Mail servers": the MX hosts of the latest discovery snapshot, what changed since
// the run before, and Rescan (F5) running discovery off the GUI thread with progress and Cancel.
// Resolver and trust anchor come from AppSettings; each completed run is stored as a snapshot.
// Under the table, the mail servers entered by hand (ManualMxPanel): their rows, everyone's origin,
// and how they compare with the newest scan.
class MailServersPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column {
        PriorityColumn,
        HostColumn,
        AddressesColumn,
        ProviderColumn,
        FindingsColumn,
        OriginColumn // found in DNS / entered by hand (ManualMxPanel)
    };

    // `engagementId` is asked whenever the page is entered (the wizard creates the engagement
    // when its first page is left).
    MailServersPage(Workspace *workspace, std::function<qint64()> engagementId,
                    QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void rescan();
    void cancel();
    bool isRunning() const;
    DiscoveryRunner *runner() const { return m_runner; }
    // The snapshot shown (the engagement's latest), if any.
    const std::optional<DiscoverySnapshot> &latest() const { return m_latest; }

Q_SIGNALS:
    // A run finished and was stored.
    void snapshotSaved(qint64 snapshotId);
    // A run did not complete; `message` is what the page shows (what, meaning, next).
    void scanFailed(const QString &message);
    // "DNS settings…": the consultant wants to change the resolver or the trust anchor.
    void settingsRequested();

private:
    void reload();
    void setUpManualMx();
    void showSnapshot();
    void setRunning(bool running);
    void showError(const QString &message);
    void onProgress(int done, int total, const QString &what);
    void onSucceeded(const dns::DiscoveryReport &report);
    void onFailed(const QString &code, const QString &message);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    DiscoveryRunner *m_runner;
    QString m_domain;
    QString m_trustAnchor; // of the run in progress
    std::optional<DiscoverySnapshot> m_latest;
    std::optional<DiscoverySnapshot> m_previous;

    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_domainFindings;
    QListWidget *m_changes;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_rescan;
    QPushButton *m_cancel;
    QLabel *m_error;
    ManualMxPanel *m_manual; // mail servers entered by hand
};

} // namespace sts::ui
