#pragma once

#include "services/PolicyVersions.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace sts::ui {

class Workspace;

// "New version…": a draft policy version made through PolicyVersions::create, which gives it
// the next free id. max_age follows the mode's seed (86400 testing, 604800 enforce) until the
// consultant changes it; the mx patterns start as the live (else newest) version's, and left
// empty they are suggested from the latest discovery.
class NewVersionDialog : public QDialog
{
    Q_OBJECT
public:
    NewVersionDialog(Workspace *workspace, qint64 engagementId, mtasts::PolicyMode mode,
                     QWidget *parent = nullptr);

    void setMode(mtasts::PolicyMode mode);
    mtasts::PolicyMode mode() const;
    // Stores the draft; false with the reason shown when the use case refuses it.
    bool create();
    const std::optional<StoredPolicyVersion> &created() const { return m_created; }

Q_SIGNALS:
    void versionCreated(const sts::storage::StoredPolicyVersion &version);

private:
    void onModeChanged();

    Workspace *m_workspace;
    qint64 m_engagementId;
    std::optional<StoredPolicyVersion> m_created;
    bool m_maxAgeEdited = false;
    qint64 m_noneMaxAge = mtasts::kTestingMaxAge;
    QComboBox *m_mode;
    QSpinBox *m_maxAge;
    QPlainTextEdit *m_mx;
    QLabel *m_error;
};

} // namespace sts::ui
