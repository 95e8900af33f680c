#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sts::ui {

// Preferences: language, workspace database (SQLite file or PostgreSQL URL), DNS resolver
// override, trust anchor, CA bundle, where the policy host is reached and the folder watched for
// TLS reports. Values are checked as they are typed.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Writes the values to AppSettings. Returns what changed so the caller can react.
    struct Changes
    {
        bool language = false;
        bool database = false;
        bool watchedFolder = false;
        QString problem; // why the workspace password could not be stored, if it could not
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
    QDialogButtonBox *m_buttons;
};

} // namespace sts::ui
