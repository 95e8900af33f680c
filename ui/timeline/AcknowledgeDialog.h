#pragma once

#include "services/RolloutService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sts::ui {

class Workspace;

// "Acknowledge a finding…": a failure the consultant judges to be the sender's own (day, sender,
// optionally one result type) no longer blocks readiness; the reason is required and recorded
// through RolloutService::acknowledge. Day and sender start at the newest failing day.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(Workspace *workspace, qint64 engagementId, const RolloutStatus &status,
                      QWidget *parent = nullptr);

    void setDay(const QDate &day);
    // Records it; false with the use case's reason shown when refused.
    bool acknowledge();

Q_SIGNALS:
    void acknowledged();

private:
    void fillSenders();

    Workspace *m_workspace;
    qint64 m_engagementId;
    QList<DayVerdict> m_days;
    QDateEdit *m_day;
    QComboBox *m_sender;
    QLineEdit *m_resultType;
    QLineEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace sts::ui
