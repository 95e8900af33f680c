#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace sts::ui {

class Workspace;

// Engagement › Weekly Summary…: who receives the engagement's weekly summary mail (the customer's
// contacts), one address per line; none stops the mail. Checked and stored through
// NotificationSettings::setWeeklyRecipients, as `stsdesk-cli notify settings --weekly` does.
// Object names: weeklyRecipientsDialog, weeklyRecipients, weeklyStatus, weeklySave.
class WeeklyRecipientsDialog : public QDialog
{
    Q_OBJECT
public:
    WeeklyRecipientsDialog(Workspace *workspace, qint64 engagementId, QWidget *parent = nullptr);

    // The addresses as typed: one per line, commas and semicolons also separate.
    QStringList addresses() const;
    // Stores them; false with the problem shown (invalid addresses store nothing).
    bool save();
    QString statusText() const;

private:
    Workspace *m_workspace;
    qint64 m_engagementId;
    QPlainTextEdit *m_addresses;
    QLabel *m_status;
};

} // namespace sts::ui
