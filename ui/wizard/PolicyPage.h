#pragma once

#include "mtasts/PolicyParser.h"
#include "services/PolicyVersions.h"
#include "wizard/PublishContext.h"

#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sts::ui {

class PatternEditor;
class Workspace;

// Wizard page "Policy": mode, max_age and mx patterns (suggested from the MX inventory), checked
// live by the strict parser with its line-numbered problems, the exact file (CRLF), the stored
// versions with "Save as new version" and the generated enforce / remove versions, and the
// publish order with the date until which senders may still apply the previous version.
class PolicyPage : public QWizardPage
{
    Q_OBJECT
public:
    enum VersionColumn { IdColumn, ModeColumn, MaxAgeColumn, PatternsColumn, StateColumn };

    PolicyPage(Workspace *workspace, std::function<qint64()> engagementId,
               QWidget *parent = nullptr);

    void initializePage() override;

    // The file the editor describes, exactly as it would be served (CRLF line ends).
    QByteArray draftFile() const;
    const mtasts::PolicyParse &draftParse() const { return m_parse; }
    PatternEditor *patternEditor() const { return m_patterns; }

    // Stores the editor's policy as a new version; false (with the reason shown) when invalid.
    bool saveVersion();
    // Whether the editor differs from the version (or the suggestion) it was loaded with: a
    // draft only "Save as new version" stores.
    bool hasUnsavedEdits() const;
    // Stores the enforce / remove version of the selected (else newest) version.
    bool generateEnforce();
    bool generateRemove();

private:
    void reload(qint64 selectRowId = 0);
    void revalidate();
    void showVersions(qint64 selectRowId);
    void loadIntoEditor(const mtasts::Policy &policy);
    void showPublishOrder();
    void onModeChanged();
    bool store(const mtasts::PolicyVersion &version);
    const StoredPolicyVersion *selectedVersion() const;
    void setError(const QString &message);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    PublishContext m_context;
    mtasts::PolicyParse m_parse;
    QByteArray m_startDraft; // draftFile() as loaded or last saved; null before the page is entered

    QComboBox *m_mode;
    QSpinBox *m_maxAge;
    QLabel *m_maxAgeText;
    PatternEditor *m_patterns;
    QListWidget *m_problems;
    QPlainTextEdit *m_preview;
    QTableWidget *m_versions;
    QPushButton *m_save;
    QPushButton *m_enforce;
    QPushButton *m_remove;
    QLabel *m_publishOrder;
    QLabel *m_error;
};

} // namespace sts::ui
