#include "mainwindow/PolicyHostingDialog.h"

#include "common/FileDialogs.h"
#include "mainwindow/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

PolicyHostingDialog::PolicyHostingDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_hostName(new QLineEdit(this)),
      m_reloadCommand(new QLineEdit(this)), m_customers(new QTableWidget(0, 5, this)),
      m_summary(new QLabel(this)), m_write(new QPushButton(tr("Write configuration…"), this)),
      m_result(new QPlainTextEdit(this)), m_tasks(new TaskRunner(this, 1))
{
    setWindowTitle(tr("Policy Hosting"));
    m_hostName->setObjectName(u"hostName"_s);
    m_hostName->setPlaceholderText(u"mta-sts.consultant.example"_s);
    m_reloadCommand->setObjectName(u"reloadCommand"_s);
    m_reloadCommand->setPlaceholderText(tr("sh <folder>/reload.sh (nginx -t and reload)"));
    m_customers->setObjectName(u"customers"_s);
    m_customers->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Domain"), tr("State"), tr("Policy"), tr("Until")});
    m_customers->horizontalHeader()->setStretchLastSection(true);
    m_customers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customers->verticalHeader()->hide();
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_write->setObjectName(u"writeConfiguration"_s);
    m_result->setObjectName(u"result"_s);
    m_result->setReadOnly(true);

    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(u"saveHostName"_s);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostName, 1);
    hostRow->addWidget(save);
    auto *form = new QFormLayout;
    form->addRow(tr("Policy host (customers point mta-sts.<domain> here by CNAME):"), hostRow);
    form->addRow(tr("Reload command:"), m_reloadCommand);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_write, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &PolicyHostingDialog::saveHostName);
    connect(m_hostName, &QLineEdit::returnPressed, this, &PolicyHostingDialog::saveHostName);
    connect(m_write, &QPushButton::clicked, this, &PolicyHostingDialog::chooseFolder);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_customers, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    Result<QString> host = services::PolicyHostingSync(m_workspace->context()).hostName();
    m_hostName->setText(host ? *host : QString());
    reload();
}

void PolicyHostingDialog::reload()
{
    Result<services::HostingStatus> status =
        services::PolicyHostingSync(m_workspace->context()).status();
    m_customers->setRowCount(0);
    if (!status) {
        m_summary->setText(status.error().message);
        return;
    }
    int pending = 0;
    for (const services::HostedCustomer &c : status->customers) {
        const int row = m_customers->rowCount();
        m_customers->insertRow(row);
        const QStringList cells{
            c.customer, c.domain, services::stateText(c.state), c.policyId,
            c.retireUntil.isValid()
                ? QLocale().toString(c.retireUntil.toLocalTime(), QLocale::ShortFormat)
                : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_customers->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        pending += c.state != services::HostedCustomer::State::Hosted &&
                   c.state != services::HostedCustomer::State::WaitingForLive;
    }
    m_summary->setText(status->customers.isEmpty()
                           ? tr("No engagement is hosted on the policy host.")
                           : tr("%n customer(s) on the policy host; removals pending: %1.", "",
                                int(status->customers.size()))
                                 .arg(pending));
}

void PolicyHostingDialog::saveHostName()
{
    Result<QString> stored =
        services::PolicyHostingSync(m_workspace->context()).setHostName(m_hostName->text());
    if (!stored) {
        m_result->setPlainText(stored.error().message);
        return;
    }
    m_hostName->setText(*stored);
    m_result->setPlainText(stored->isEmpty() ? tr("The policy host name was cleared.")
                                             : tr("Policy host: %1").arg(*stored));
    m_workspace->notifyChanged(0); // records and runbooks now name the CNAME
}

void PolicyHostingDialog::chooseFolder()
{
    const QString dir = FileDialogs::existingDirectory(
        this, u"hosting"_s, tr("Folder of the policy host configuration"));
    if (!dir.isEmpty())
        writeTo(dir);
}

void PolicyHostingDialog::writeTo(const QString &dir)
{
    services::HostingSyncOptions options;
    options.outDir = dir;
    options.reloadCommand = m_reloadCommand->text().trimmed();
    m_write->setEnabled(false);
    m_result->setPlainText(tr("Writing %1…").arg(dir));
    m_sync.start(
        [context = m_workspace->context(),
         options](const CancelToken &, Progress &) -> Result<services::HostingSyncReport> {
            Result<ServiceContext> local = context.forThisThread();
            if (!local)
                return local.error();
            return services::PolicyHostingSync(*local).sync(options);
        },
        [this, dir](const Result<services::HostingSyncReport> &report) { onSynced(dir, report); });
}

void PolicyHostingDialog::onSynced(const QString &dir,
                                   const Result<services::HostingSyncReport> &report)
{
    m_write->setEnabled(true);
    reload();
    m_workspace->notifyChanged(0); // retirements add policy versions and events
    if (!report) {
        m_result->setPlainText(report.error().message);
        Q_EMIT written(false);
        return;
    }
    QStringList lines;
    if (!report->changed())
        lines << tr("Nothing changed in %1; nginx was not reloaded.").arg(dir);
    for (const deploy::SyncedFile &f : report->files) {
        const QString what = f.change == deploy::SyncedFile::Change::Added     ? tr("added")
                             : f.change == deploy::SyncedFile::Change::Changed ? tr("changed")
                                                                               : tr("removed");
        lines << u"%1 %2"_s.arg(what, f.path);
    }
    for (const QString &domain : report->dropped)
        lines << tr("%1: retired, its server block and files were removed").arg(domain);
    const bool reloadFailed = report->reloaded && report->reloadExitCode != 0;
    if (report->reloaded)
        lines << (reloadFailed
                      ? tr("The reload failed (exit code %1):").arg(report->reloadExitCode) +
                            u'\n' + report->reloadOutput
                      : tr("Reloaded."));
    m_result->setPlainText(lines.join(u'\n'));
    Q_EMIT written(!reloadFailed);
}

} // namespace sts::ui
