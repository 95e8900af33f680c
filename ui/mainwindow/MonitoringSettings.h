#pragma once

#include "services/ServiceContext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sts::ui {

// Settings' "Monitoring" group for the open workspace: the systemd user timer that runs
// `stsdesk-cli monitor --all --notify` (install, remove, status), when monitoring last ran and
// what it found (monitor_runs), and where the notification mails go. The SMTP password is never
// asked here: the scheduled run reads it from the keychain.
class MonitoringSettings : public QGroupBox
{
    Q_OBJECT
public:
    // `userUnitDir` empty: ~/.config/systemd/user; `cliPath` empty: stsdesk-cli next to this
    // program, else on PATH.
    MonitoringSettings(ServiceContext context, QString userUnitDir = {}, QString cliPath = {},
                       QWidget *parent = nullptr);

    // What is wrong with the typed notification settings, one per line; empty when they can be
    // saved.
    QStringList problems() const;
    // Stores the notification settings (through services::NotificationSettings).
    Status save() const;

Q_SIGNALS:
    void edited();

private:
    void refreshSchedule();
    void refreshLastRun();
    void install();
    void remove();

    ServiceContext m_ctx;
    QString m_userUnitDir;
    QString m_cliPath;
    QLabel *m_timerStatus;
    QLabel *m_lastRun;
    QPushButton *m_install;
    QPushButton *m_remove;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_from;
    QLineEdit *m_digest;
    QLineEdit *m_critical;
    QComboBox *m_language;
};

} // namespace sts::ui
