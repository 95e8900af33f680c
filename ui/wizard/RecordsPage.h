#pragma once

#include "records/RecordSet.h"
#include "wizard/PublishContext.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace sts::ui {

class RecordPushDialog;
class Workspace;

// Wizard page "DNS records": every record the customer publishes (the engagement's publish plan,
// with the rua, policy host and TTL the page lets the consultant change) in a table; Ctrl+C copies
// the selected rows as zone-file lines, "Copy value" the value alone; the export menu offers every
// format of records/ExportFormats.h.
class RecordsPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, TtlColumn, ValueColumn };
    // Asks where to save: (suggested file name, filter) → path, empty = cancelled. Replaceable
    // for tests; the default is QFileDialog.
    using SaveFileChooser = std::function<QString(const QString &, const QString &)>;

    RecordsPage(Workspace *workspace, std::function<qint64()> engagementId,
                QWidget *parent = nullptr);

    void initializePage() override;
    // Leaving with Next or Finish saves the rua first; an invalid one keeps the page open.
    bool validatePage() override;
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    const std::optional<records::RecordSet> &recordSet() const { return m_set; }
    // Renders `format` ("bind", "csv", ...) and asks where to save it; true when written.
    bool exportRecords(const QString &format);
    void copySelection() const;
    void copyValue() const;
    // "Push to DNS server…": the dialog for the records shown; nullptr when there are none.
    RecordPushDialog *openPushDialog();
    // Stores the typed TLS-RPT addresses as the engagement's (services::DeliverySettings) when
    // they differ from what was loaded; false with the problem shown under the field.
    bool saveSettings();
    // Whether the TLS-RPT field differs from what is stored (what saveSettings() would write).
    bool hasUnsavedEdits() const;

private:
    void rebuild();
    QStringList typedRua() const;
    void setMessage(const QString &message, bool error);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    SaveFileChooser m_chooseFile;
    PublishContext m_context;
    std::optional<records::RecordSet> m_set;

    QLabel *m_intro;
    QLineEdit *m_rua;
    QLabel *m_ruaError;
    QPushButton *m_saveSettings;
    QString m_loadedRua; // the field as loaded or last saved: unchanged text is not saved
    QLineEdit *m_policyHost;
    QSpinBox *m_ttl;
    QTableWidget *m_table;
    QToolButton *m_export;
    QLabel *m_message;
};

} // namespace sts::ui
