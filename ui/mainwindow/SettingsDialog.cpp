#include "mainwindow/SettingsDialog.h"

#include "common/FileDialogs.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/MonitoringSettings.h"
#include "services/ServiceContext.h"
#include "services/WorkspacePassword.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sts::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_database(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_resolver(new QLineEdit(this)),
      m_trustAnchor(new QLineEdit(this)), m_caFile(new QLineEdit(this)),
      m_policyHost(new QLineEdit(this)), m_watchedFolder(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_layout(new QVBoxLayout(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings::language())));

    m_database->setObjectName(u"settingsDatabase"_s);
    m_database->setText(AppSettings::databaseUrl());
    m_database->setPlaceholderText(defaultWorkspacePath());
    m_database->setToolTip(
        tr("A SQLite file, or postgresql://user@host:port/database for a team workspace, with "
           "libpq parameters such as ?sslmode=verify-full&sslrootcert=/path/root.crt or "
           "?service=NAME. Empty uses the default file."));
    m_password->setObjectName(u"settingsDatabasePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Unchanged"));
    m_password->setToolTip(
        tr("The PostgreSQL password. It is kept in libpq's password file (~/.pgpass or "
           "$PGPASSFILE, readable by you only), never in the settings."));
    m_resolver->setObjectName(u"settingsResolver"_s);
    m_resolver->setText(AppSettings::resolver());
    m_resolver->setPlaceholderText(tr("System resolver (/etc/resolv.conf)"));
    m_resolver->setToolTip(tr("host:port of the DNS server to ask, e.g. 127.0.0.1:5353"));
    m_trustAnchor->setText(AppSettings::trustAnchorFile());
    m_trustAnchor->setPlaceholderText(tr("IANA root anchor (/usr/share/dns/root.key)"));
    m_caFile->setText(AppSettings::caFile());
    m_caFile->setPlaceholderText(tr("System CA store"));
    m_policyHost->setObjectName(u"settingsPolicyHost"_s);
    m_policyHost->setText(AppSettings::policyHostConnect());
    m_policyHost->setPlaceholderText(tr("mta-sts.<domain>:443, as senders reach it"));
    m_policyHost->setToolTip(
        tr("host:port to connect to when verifying a published policy, e.g. a staging server; "
           "the certificate is still checked for mta-sts.<domain>."));
    m_watchedFolder->setObjectName(u"settingsWatchedFolder"_s);
    m_watchedFolder->setText(AppSettings::watchedReportFolder());
    m_watchedFolder->setPlaceholderText(tr("None"));
    m_watchedFolder->setToolTip(
        tr("TLS reports saved into this folder are imported while STS Desk runs, then moved "
           "to its “imported” subfolder."));

    m_problem->setObjectName(u"settingsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Workspace database:"),
                 pathRow(m_database, tr("Workspace database"),
                         tr("SQLite workspaces (*.sqlite *.db);;All files (*)"), true));
    form->addRow(tr("Workspace pass&word:"), m_password);
    form->addRow(tr("DNS &resolver:"), m_resolver);
    form->addRow(tr("DNSSEC &trust anchor:"),
                 pathRow(m_trustAnchor, tr("Trust anchor"),
                         tr("Anchor files (*.key *.ds *.anchor);;All files (*)"), false));
    form->addRow(tr("CA &bundle:"), pathRow(m_caFile, tr("CA bundle"),
                                            tr("PEM files (*.pem *.crt);;All files (*)"), false));
    form->addRow(tr("&Policy host connect override:"), m_policyHost);
    form->addRow(tr("Watched &folder for TLS reports:"), folderRow(m_watchedFolder));

    m_layout->addLayout(form);
    m_layout->addWidget(m_problem);
    m_layout->addStretch();
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit :
         {m_database, m_resolver, m_trustAnchor, m_caFile, m_policyHost, m_watchedFolder})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    resize(620, sizeHint().height());
}

void SettingsDialog::addMonitoring(MonitoringSettings *group)
{
    m_monitoring = group;
    group->setParent(this);
    m_layout->insertWidget(1, group); // below the general settings, above the problems
    connect(group, &MonitoringSettings::edited, this, &SettingsDialog::validate);
    validate();
}

QWidget *SettingsDialog::pathRow(QLineEdit *edit, const QString &title, const QString &filter,
                                 bool save)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, title, filter, save] {
        const QString start = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        const QString path =
            save ? FileDialogs::saveFileName(this, u"settings"_s, title, start, filter,
                                             QFileDialog::DontConfirmOverwrite)
                 : FileDialogs::openFileName(this, u"settings"_s, title, filter, start);
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

QWidget *SettingsDialog::folderRow(QLineEdit *edit)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a folder"));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString path = FileDialogs::existingDirectory(
            this, u"watched-folder"_s, tr("Watched folder for TLS reports"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return row;
}

void SettingsDialog::validate()
{
    QStringList problems;
    // Only a PostgreSQL workspace has a password.
    m_password->setEnabled(postgresWorkspaceName(m_database->text().trimmed()).ok());
    if (!m_database->text().trimmed().isEmpty()) {
        if (Status usable = checkWorkspaceUrl(m_database->text()); !usable)
            problems << usable.error().message;
    }
    if (!AppSettings::isValidResolver(m_resolver->text()))
        problems << tr("The resolver must be host:port, for example 127.0.0.1:53 or [::1]:53.");
    if (!AppSettings::isValidConnectOverride(m_policyHost->text()))
        problems << tr("The policy host override must be host:port, for example 127.0.0.1:8443.");
    for (QLineEdit *file : {m_trustAnchor, m_caFile}) {
        const QString path = file->text().trimmed();
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            problems << tr("Cannot read the file %1.").arg(path);
    }
    if (const QString folder = m_watchedFolder->text().trimmed();
        !folder.isEmpty() && !QFileInfo(folder).isDir())
        problems << tr("The watched folder %1 does not exist.").arg(folder);
    if (m_monitoring)
        problems << m_monitoring->problems();
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

SettingsDialog::Changes SettingsDialog::save() const
{
    Changes changes;
    const QString language = m_language->currentData().toString();
    changes.language = language != AppSettings::language();
    const QString url = workspaceUrlWithoutPassword(m_database->text().trimmed());
    changes.database =
        url != AppSettings::databaseUrl() || !m_password->text().isEmpty() ||
        workspaceUrlHasPassword(m_database->text()); // a password typed into the URL is new
    changes.watchedFolder = m_watchedFolder->text().trimmed() != AppSettings::watchedReportFolder();
    AppSettings::setLanguage(language);
    if (Status stored = AppSettings::setDatabaseUrl(m_database->text()); !stored)
        changes.problem = stored.error().message;
    if (!m_password->text().isEmpty() && m_password->isEnabled()) {
        if (Result<QString> file = storeWorkspacePassword(url, m_password->text()); !file)
            changes.problem = file.error().message;
    }
    AppSettings::setResolver(m_resolver->text());
    AppSettings::setTrustAnchorFile(m_trustAnchor->text());
    AppSettings::setCaFile(m_caFile->text());
    AppSettings::setPolicyHostConnect(m_policyHost->text());
    AppSettings::setWatchedReportFolder(m_watchedFolder->text());
    if (m_monitoring)
        if (Status saved = m_monitoring->save(); !saved)
            changes.monitoringError = saved.error().message;
    return changes;
}

} // namespace sts::ui
