#pragma once

#include "reports/ReasonDialog.h"
#include "tlsrpt/StoredReports.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sts::ui {

// Reports whose organisation and report-id arrived with different contents: none of their
// versions is counted until the consultant keeps one. Lists the conflicts, the versions of the
// selected one side by side (sessions, domains, where and when each came from) and the selected
// version's JSON as it arrived.
class ConflictsPanel : public QWidget
{
    Q_OBJECT
public:
    enum ConflictColumn { SenderColumn, ReportIdColumn, DayColumn, VersionsColumn };
    enum VersionColumn {
        VersionColumn,
        SuccessfulColumn,
        FailedColumn,
        DomainsColumn,
        ImportedColumn,
        OriginColumn,
        DecisionColumn
    };

    explicit ConflictsPanel(QWidget *parent = nullptr);

    void setConflicts(const QList<tlsrpt::ReportConflict> &conflicts);
    int conflictCount() const { return int(m_conflicts.size()); }
    QTableWidget *conflictTable() const { return m_conflictTable; }
    QTableWidget *versionTable() const { return m_versionTable; }
    QPlainTextEdit *rawView() const { return m_raw; }
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    // "Keep this version…" for the version in `row` of the version table, after confirming.
    void keepRow(int row);

Q_SIGNALS:
    void keepRequested(qint64 versionId, const QString &reason);

private:
    void showConflict(int row);
    void showVersion(int row);
    const tlsrpt::ReportVersion *versionAt(int row) const;

    QList<tlsrpt::ReportConflict> m_conflicts;
    int m_shown = -1; // index into m_conflicts
    ReasonPrompt m_prompt;
    QLabel *m_hint;
    QTableWidget *m_conflictTable;
    QTableWidget *m_versionTable;
    QPlainTextEdit *m_raw;
    QPushButton *m_keep;
};

} // namespace sts::ui
