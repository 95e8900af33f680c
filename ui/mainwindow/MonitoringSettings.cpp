#include "mainwindow/MonitoringSettings.h"

#include "mainwindow/DigestAddressTable.h"
#include "mainwindow/SmtpPasswordField.h"
#include "mainwindow/TestMailRunner.h"
#include "secrets/KeychainStore.h"
#include "services/Assignments.h"
#include "services/MonitorSchedule.h"
#include "services/NotificationSettings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sts::ui {

// Installed, the two programs share a folder; run from the build tree (scripts/run), the CLI is
// in app/cli beside app/gui.
static QString findCli()
{
    const QString here = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {here + u"/stsdesk-cli"_s, here + u"/../cli/stsdesk-cli"_s})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(u"stsdesk-cli"_s);
}

// Whom a digest row can be for: this desk's identity and every consultant with an engagement.
static QStringList knownConsultants(const ServiceContext &context)
{
    QStringList out;
    services::Assignments assignments(context);
    if (Result<QString> me = assignments.currentConsultant(); me && !me->isEmpty())
        out << *me;
    if (Result<QHash<qint64, QString>> assignees = assignments.assignees())
        out << assignees->values();
    out.sort(Qt::CaseInsensitive);
    out.removeDuplicates();
    return out;
}

MonitoringSettings::MonitoringSettings(ServiceContext context, QString userUnitDir, QString cliPath,
                                       QWidget *parent,
                                       std::shared_ptr<secrets::SecretStore> secrets)
    : QGroupBox(tr("Monitoring"), parent), m_ctx(std::move(context)),
      m_userUnitDir(std::move(userUnitDir)),
      m_cliPath(cliPath.isEmpty() ? findCli() : std::move(cliPath)),
      m_timerStatus(new QLabel(this)), m_lastRun(new QLabel(this)),
      m_install(new QPushButton(tr("&Install daily timer"), this)),
      m_remove(new QPushButton(tr("Remo&ve timer"), this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_user(new QLineEdit(this)),
      m_password(
          new SmtpPasswordField(secrets ? std::move(secrets) : secrets::desktopKeychain(), this)),
      m_from(new QLineEdit(this)), m_digest(new QLineEdit(this)),
      m_digestTable(
          new DigestAddressTable(m_ctx.database ? knownConsultants(m_ctx) : QStringList(), this)),
      m_critical(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_sendTest(new QPushButton(tr("Send test mail"), this)), m_testStatus(new QLabel(this)),
      m_testMail(new TestMailRunner(m_password->secretStore(), this))
{
    setObjectName(u"monitoringSettings"_s);
    m_timerStatus->setObjectName(u"monitoringTimerStatus"_s);
    m_lastRun->setObjectName(u"monitoringLastRun"_s);
    m_install->setObjectName(u"monitoringInstall"_s);
    m_remove->setObjectName(u"monitoringRemove"_s);
    m_host->setObjectName(u"notifySmtpHost"_s);
    m_port->setObjectName(u"notifySmtpPort"_s);
    m_user->setObjectName(u"notifySmtpUser"_s);
    m_from->setObjectName(u"notifyFrom"_s);
    m_digest->setObjectName(u"notifyDigest"_s);
    m_critical->setObjectName(u"notifyCritical"_s);
    m_language->setObjectName(u"notifyLanguage"_s);
    m_sendTest->setObjectName(u"notifySendTest"_s);
    m_testStatus->setObjectName(u"notifyTestStatus"_s);
    m_testStatus->setWordWrap(true);
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendTest->setToolTip(tr("Send a short mail through the SMTP server as typed here, to the "
                              "digest address (else the sender), with the password typed or "
                              "stored."));
    m_port->setRange(1, 65535);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_host->setPlaceholderText(tr("SMTP submission server, e.g. smtp.example.com"));
    m_user->setToolTip(tr("The password is kept in the desktop keychain, never in the "
                          "workspace or the settings."));

    if (Result<NotificationSettingsData> s = NotificationSettings(m_ctx).get()) {
        m_host->setText(s->smtpHost);
        m_port->setValue(s->smtpPort);
        m_user->setText(s->smtpUser);
        m_from->setText(s->from);
        m_digest->setText(s->digestAddresses.value(QString()));
        m_digestTable->setAddresses(s->digestAddresses);
        m_critical->setText(s->criticalAddress);
        m_language->setCurrentIndex(std::max(0, m_language->findData(s->language)));
        m_password->setSaved(*s);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Timer:"), m_timerStatus);
    form->addRow(QString(), buttons);
    form->addRow(tr("Last run:"), m_lastRun);
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("SMTP p&ort:"), m_port);
    form->addRow(tr("SMTP &user:"), m_user);
    form->addRow(tr("SMTP p&assword:"), m_password);
    form->addRow(tr("Sender address:"), m_from);
    form->addRow(tr("&Digest to:"), m_digest);
    form->addRow(tr("Digest per consultant:"), m_digestTable);
    form->addRow(tr("Critical findings also to:"), m_critical);
    form->addRow(tr("Digest language:"), m_language);
    auto *test = new QHBoxLayout;
    test->addWidget(m_sendTest);
    test->addWidget(m_testStatus, 1);
    form->addRow(QString(), test);
    connect(m_install, &QPushButton::clicked, this, &MonitoringSettings::install);
    connect(m_remove, &QPushButton::clicked, this, &MonitoringSettings::remove);
    for (QLineEdit *edit : {m_host, m_user, m_from, m_digest, m_critical})
        connect(edit, &QLineEdit::textChanged, this, &MonitoringSettings::edited);
    connect(m_password, &SmtpPasswordField::edited, this, &MonitoringSettings::edited);
    connect(m_digestTable, &DigestAddressTable::edited, this, &MonitoringSettings::edited);
    connect(m_sendTest, &QPushButton::clicked, this, &MonitoringSettings::sendTestMail);
    connect(m_testMail, &TestMailRunner::sent, this, [this](const QString &to) {
        m_sendTest->setEnabled(true);
        m_testStatus->setText(tr("Test mail sent to %1.").arg(to));
    });
    connect(m_testMail, &TestMailRunner::failed, this, [this](const QString &message) {
        m_sendTest->setEnabled(true);
        m_testStatus->setText(tr("Test mail failed: %1").arg(message));
    });
    refreshSchedule();
    refreshLastRun();
}

void MonitoringSettings::refreshSchedule()
{
    const ScheduleStatus s = monitorTimerStatus(m_userUnitDir);
    m_timerStatus->setText(s.installed ? tr("installed (%1)").arg(s.onCalendar)
                                       : tr("not installed"));
    m_install->setEnabled(!m_cliPath.isEmpty());
    // A disabled button says why: the timer runs stsdesk-cli, which must be found first.
    m_install->setToolTip(m_cliPath.isEmpty()
                              ? tr("stsdesk-cli was found neither next to STS Desk nor on PATH; "
                                   "the timer needs it.")
                              : tr("Runs “%1 monitor --all --notify” every day.").arg(m_cliPath));
    if (m_cliPath.isEmpty())
        m_timerStatus->setText(tr("not installed (stsdesk-cli not found)"));
    m_remove->setEnabled(s.installed);
}

void MonitoringSettings::refreshLastRun()
{
    Result<std::optional<MonitorRunInfo>> last = NotificationSettings(m_ctx).lastMonitorRun();
    if (!last) {
        m_lastRun->setText(last.error().message);
        return;
    }
    if (!last->has_value()) {
        m_lastRun->setText(tr("Monitoring has not run yet."));
        return;
    }
    const MonitorRunInfo &run = **last;
    const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    if (!run.finishedAt.isValid()) {
        m_lastRun->setText(tr("%1, did not finish").arg(when));
        return;
    }
    m_lastRun->setText(tr("%1, %n new finding(s)", nullptr, run.opened).arg(when) +
                       (run.resolved > 0 ? tr(", %n resolved", nullptr, run.resolved) : QString()));
}

void MonitoringSettings::install()
{
    ScheduleOptions o;
    o.userDir = m_userUnitDir;
    o.cliPath = m_cliPath;
    o.workspace = m_ctx.database ? m_ctx.workspaceName() : QString();
    if (Status st = installMonitorTimer(o); !st)
        m_timerStatus->setText(st.error().message);
    else
        refreshSchedule();
}

void MonitoringSettings::remove()
{
    if (Status st = removeMonitorTimer(m_userUnitDir); !st)
        m_timerStatus->setText(st.error().message);
    else
        refreshSchedule();
}

QStringList MonitoringSettings::problems() const
{
    QStringList out;
    for (QLineEdit *edit : {m_from, m_digest, m_critical}) {
        const QString address = edit->text().trimmed();
        if (!address.isEmpty() && !NotificationSettings::isAddress(address))
            out << tr("“%1” is not a mail address.").arg(address);
    }
    out << m_digestTable->problems();
    if (m_password->hasTyped() && m_user->text().trimmed().isEmpty())
        out << tr("Set the SMTP user before typing its password.");
    return out;
}

NotificationSettingsData MonitoringSettings::fields(NotificationSettingsData s) const
{
    s.smtpHost = m_host->text().trimmed();
    s.smtpPort = m_port->value();
    s.smtpUser = m_user->text().trimmed();
    s.from = m_from->text().trimmed();
    s.criticalAddress = m_critical->text().trimmed();
    s.language = m_language->currentData().toString();
    s.digestAddresses = m_digestTable->addresses();
    if (const QString digest = m_digest->text().trimmed(); !digest.isEmpty())
        s.digestAddresses.insert(QString(), digest);
    return s;
}

void MonitoringSettings::sendTestMail()
{
    Result<NotificationSettingsData> stored = NotificationSettings(m_ctx).get();
    if (!stored) {
        m_testStatus->setText(stored.error().message);
        return;
    }
    const NotificationSettingsData typed = fields(*stored);
    const QString to = typed.digestAddresses.value(QString(), typed.from);
    if (!m_testMail->send(typed, m_password->typed(), m_password->savedKey(), to))
        return;
    m_sendTest->setEnabled(false);
    m_testStatus->setText(tr("Sending a test mail to %1…").arg(to));
}

Status MonitoringSettings::save() const
{
    NotificationSettings settings(m_ctx);
    Result<NotificationSettingsData> current = settings.get();
    if (!current)
        return current.error();
    const NotificationSettingsData s = fields(*current);
    if (Status saved = settings.save(s); !saved)
        return saved;
    // Settings closes when this returns: the answer goes to the window that opened it.
    m_password->store(s, window()->parentWidget());
    return {};
}

} // namespace sts::ui
