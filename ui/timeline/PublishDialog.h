#pragma once

#include "services/PolicyVersions.h"
#include "util/Task.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class RecordPushDialog;
class Workspace;

// "Publish…": marks a draft live through PolicyVersions::publish, with the CLI's guards. It
// verifies first (DNS and HTTPS as a sender sees them, targets from Settings) as a task with a
// busy bar and Cancel, and shows the evidence. A failed verification offers "publish without
// proof", which needs a reason (recorded); a rollout step that needs a reason (enforce before
// the ready verdict, a rollback, a removal) asks for it, with the use case's own words. The
// max_age wait of the version it replaces is spelled out with its date.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    PublishDialog(Workspace *workspace, qint64 engagementId, StoredPolicyVersion version,
                  QWidget *parent = nullptr);
    ~PublishDialog() override;

    void verify();
    void publish();
    // "Push records…": the records that announce this version (its _mta-sts id), pushed to the
    // customer's primary with RFC 2136 through the Records page's dialog; verifies again after.
    // Null when the engagement's records cannot be planned (the message says why).
    RecordPushDialog *pushRecords();
    // Stops a verification at once; a publication is asked to stop and reports what it did.
    void cancel();
    bool isBusy() const { return m_verify.isRunning() || m_publish.isRunning(); }
    bool canPublish() const;
    // The reason for the rollout step, prefilled by a control that already asked for it.
    void setStepReason(const QString &reason);
    QString messageText() const;
    const std::optional<Publication> &publication() const { return m_publication; }
    const std::optional<services::PublicationCheck> &check() const { return m_check; }

Q_SIGNALS:
    void verified(bool ok);
    void published(const sts::Publication &publication);
    void failed(const QString &message);

private:
    void describeStep();
    void onVerified(const Result<services::PublicationCheck> &check);
    void onPublished(const Result<Publication> &publication);
    void offerWithoutProof(bool offer);
    void setBusy(bool busy, const QString &what);
    void setMessage(const QString &message, bool error);
    void updateButtons();

    Workspace *m_workspace;
    qint64 m_engagementId;
    StoredPolicyVersion m_version;
    std::optional<services::PublicationTargets> m_targets;
    std::optional<services::PublicationCheck> m_check;
    std::optional<Publication> m_publication;
    bool m_stepBlocked = false;
    bool m_stepNeedsReason = false;

    TaskRunner *m_tasks;
    Task<services::PublicationCheck> m_verify{m_tasks};
    Task<Publication> m_publish{m_tasks};

    QLabel *m_step;
    QLineEdit *m_stepReason;
    QTableWidget *m_checks;
    QCheckBox *m_withoutProof;
    QLineEdit *m_proofReason;
    QProgressBar *m_progress;
    QLabel *m_message;
    QPushButton *m_verifyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_publishButton;
    QPushButton *m_pushButton;
    QFormLayout *m_reasons;
};

} // namespace sts::ui
