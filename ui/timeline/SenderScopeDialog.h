#pragma once

#include "reports/ReasonDialog.h"
#include "services/RolloutService.h"
#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace sts::ui {

// Which major senders count for readiness: each with the last day it reported and whether the
// consultant has marked it as "does not send to this customer" (with the reason, who and when).
// Marking asks for the reason; both marking and unmarking go through RolloutService and are
// recorded in the engagement's log.
class SenderScopeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { SenderColumn, LastReportColumn, ScopeColumn };

    SenderScopeDialog(ServiceContext context, qint64 engagementId, QWidget *parent = nullptr);

    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

    // Marks the sender in `row` as not sending to this customer (after asking why) or counts it
    // again (the reason optional). Cancelling the question changes nothing.
    void setExcluded(int row, bool excluded);

Q_SIGNALS:
    void changed(); // a sender was excluded or counted again

private:
    void reload();
    void itemChanged(QTableWidgetItem *item);

    ServiceContext m_context;
    qint64 m_engagementId;
    ReasonPrompt m_prompt;
    QList<MajorSenderScope> m_senders;
    QLabel *m_error;
    QTableWidget *m_table;
};

} // namespace sts::ui
