#pragma once

#include "tlsrpt/StoredReports.h"
#include "util/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sts::ui {

// Inputs that could not be read as reports: why, where from, when, how often. "Retry" asks for
// the parser to run again (after an update); "Export bytes…" saves an input as it arrived.
class QuarantinePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { ReasonColumn, OriginColumn, FirstSeenColumn, LastSeenColumn, AttemptsColumn };
    explicit QuarantinePanel(QWidget *parent = nullptr);

    void setEntries(const QList<tlsrpt::QuarantineEntry> &entries);
    int entryCount() const { return int(m_entries.size()); }
    QTableWidget *table() const { return m_table; }
    // Writes the bytes of the entry shown in `row`; the dialog-free half of "Export bytes…".
    Status exportBytes(int row, const QString &path) const;

Q_SIGNALS:
    void retryRequested();

private:
    void exportSelected();
    int entryIndex(int row) const;

    QList<tlsrpt::QuarantineEntry> m_entries;
    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QPushButton *m_export;
};

} // namespace sts::ui
