#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace sts::ui {

class MonitoringSettings;

// Preferences: language, workspace database (SQLite file or PostgreSQL URL), DNS resolver
// override, trust anchor, CA bundle, where the policy host is reached and the folder watched for
// TLS reports. Values are checked as they are typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Adds the open workspace's "Monitoring" group (timer, last run, notification mail); the
    // dialog owns it, checks it with the rest and saves it in save().
    void addMonitoring(MonitoringSettings *group);

    // Writes the values to AppSettings. Returns what changed so the caller can react.
    struct Changes
    {
        bool language = false;
        bool database = false;
        bool watchedFolder = false;
        QString monitoringError; // the notification settings could not be stored
        QString problem;         // why the workspace password could not be stored, if it could not
    };
    Changes save() const;

private:
    void validate();
    // `edit` with a browse button beside it, as one row widget for the form.
    QWidget *pathRow(QLineEdit *edit, const QString &title, const QString &filter, bool save);
    QWidget *folderRow(QLineEdit *edit);

    QComboBox *m_language;
    QLineEdit *m_database;
    QLineEdit *m_password; // written to libpq's password file, never to the settings
    QLineEdit *m_resolver;
    QLineEdit *m_trustAnchor;
    QLineEdit *m_caFile;
    QLineEdit *m_policyHost;
    QLineEdit *m_watchedFolder;
    QLabel *m_problem;
    QVBoxLayout *m_layout;
    MonitoringSettings *m_monitoring = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace sts::ui
