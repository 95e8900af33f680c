#pragma once

#include "records/RecordSet.h"
#include "wizard/PublishContext.h"

#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
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
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    const std::optional<records::RecordSet> &recordSet() const { return m_set; }
    // Renders `format` ("bind", "csv", ...) and asks where to save it; true when written.
    bool exportRecords(const QString &format);
    void copySelection() const;
    void copyValue() const;
    // "Push to DNS server…": the dialog for the records shown; nullptr when there are none.
    RecordPushDialog *openPushDialog();

private:
    void rebuild();
    void setMessage(const QString &message, bool error);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    SaveFileChooser m_chooseFile;
    PublishContext m_context;
    std::optional<records::RecordSet> m_set;

    QLabel *m_intro;
    QLineEdit *m_rua;
    QLineEdit *m_policyHost;
    QSpinBox *m_ttl;
    QTableWidget *m_table;
    QToolButton *m_export;
    QLabel *m_message;
};

} // namespace sts::ui
