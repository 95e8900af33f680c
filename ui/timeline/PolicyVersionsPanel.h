#pragma once

#include "services/PolicyVersions.h"
#include "util/Task.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class NewVersionDialog;
class PublishDialog;
class Workspace;

// The engagement's policy versions on the Timeline, the spine of its rollout: each with its id,
// mode, max_age, mx patterns, state (draft, live, superseded), when it went live and on what
// proof. New version… makes a draft, Verify looks (as a task, with Stop) whether senders see the
// selected version and shows each check, Publish… marks a draft live (PublishDialog). Every
// write goes through PolicyVersions.
class PolicyVersionsPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ModeColumn,
        MaxAgeColumn,
        MxColumn,
        StateColumn,
        PublishedColumn,
        ProofColumn,
        ColumnCount
    };

    explicit PolicyVersionsPanel(QWidget *parent = nullptr);
    ~PolicyVersionsPanel() override;

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void showEngagement(qint64 engagementId);
    void refresh();

    const QList<StoredPolicyVersion> &versions() const { return m_versions; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *checkTable() const { return m_checks; }
    void selectVersion(const QString &policyId);
    // The selected version, else none.
    const StoredPolicyVersion *selectedVersion() const;

    // Opens "New version…" with `mode` preset (window-modal, not blocking). With `publishAfter`
    // the Publish dialog follows for the draft it creates, with `stepReason` filled in.
    NewVersionDialog *newVersion(mtasts::PolicyMode mode = mtasts::PolicyMode::Testing,
                                 bool publishAfter = false, const QString &stepReason = {});
    // Opens "Publish…" for `policyId` (a draft) and starts its verification.
    PublishDialog *publish(const QString &policyId, const QString &stepReason = {});
    PublishDialog *publishSelected();

    void verifySelected();
    void cancelVerify();
    bool isVerifying() const { return m_verify.isRunning(); }
    QString messageText() const;

Q_SIGNALS:
    // A version was made, verified or published: the rollout around it may have moved.
    void changed();

private:
    void showVersions();
    void showSelected();
    void onVerified(const Result<services::PublicationCheck> &check);
    void setMessage(const QString &message, bool error);
    void setVerifying(bool verifying);

    Workspace *m_workspace = nullptr;
    qint64 m_engagementId = 0;
    QList<StoredPolicyVersion> m_versions;
    QList<services::PublicationCheck> m_stored; // every verification, oldest first

    TaskRunner *m_tasks;
    Task<services::PublicationCheck> m_verify{m_tasks};

    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_verifyButton;
    QPushButton *m_stop;
    QPushButton *m_publish;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableWidget *m_checks;
};

} // namespace sts::ui
