#include "wizard/RecordPushDialog.h"

#include "common/FileDialogs.h"
#include "common/PlainToolTip.h"
#include "dns/DnsTcpExchange.h"
#include "mainwindow/Workspace.h"
#include "wizard/ResultTable.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString servedText(dns::ServedState state)
{
    switch (state) {
    case dns::ServedState::Present:
        return RecordPushDialog::tr("Served as sent");
    case dns::ServedState::Different:
        return RecordPushDialog::tr("Served differently");
    case dns::ServedState::Missing:
        return RecordPushDialog::tr("Not served");
    }
    return {};
}

} // namespace

RecordPushDialog::RecordPushDialog(Workspace *workspace, qint64 engagementId,
                                   records::RecordSet set, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId), m_set(std::move(set)),
      m_tasks(new TaskRunner(this, 1)), m_server(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_keyFile(new QLineEdit(this)), m_zone(new QLineEdit(this)),
      m_start(new QPushButton(tr("&Push"), this)), m_stop(new QPushButton(tr("S&top"), this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_results(new QTableWidget(0, 4, this))
{
    setObjectName(u"recordPushDialog"_s);
    setWindowTitle(tr("Push records to a DNS server"));
    m_chooseKeyFile = [this](const QString &current) {
        return FileDialogs::openFileName(this, u"tsig-key"_s, tr("TSIG key file"), {}, current);
    };

    auto *intro = new QLabel(
        tr("Sends the records of %1 to the zone's primary server as one dynamic update (RFC "
           "2136) signed with a TSIG key, then asks that server for each of them. Only the "
           "types STS Desk publishes are replaced at each name. The key file must be readable "
           "by you alone; only its path is kept.")
            .arg(m_set.domain()),
        this);
    intro->setWordWrap(true);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setPlaceholderText(tr("ns1.example.com or 192.0.2.53"));
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(53);
    m_keyFile->setObjectName(u"keyFileEdit"_s);
    m_keyFile->setToolTip(tr("A BIND key file (tsig-keygen), keymgr -t output, or one line "
                             "algorithm:name:secret."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browseKeyButton"_s);
    m_zone->setObjectName(u"zoneEdit"_s);
    m_zone->setPlaceholderText(m_set.domain());
    m_zone->setToolTip(tr("The zone to update; empty: the mail domain. Records in other zones "
                          "are listed, not sent."));
    m_start->setObjectName(u"pushButton"_s);
    m_stop->setObjectName(u"stopButton"_s);
    m_stop->setEnabled(false);
    m_progress->setObjectName(u"pushProgress"_s);
    m_progress->setVisible(false);
    m_message->setObjectName(u"pushMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setObjectName(u"pushResults"_s);
    setUpResultTable(m_results, {tr("Name"), tr("Type"), tr("Value"), tr("Result")}, ValueColumn);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("TSIG &key file:"), keyRow);
    form->addRow(tr("&Zone:"), m_zone);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(browse, &QPushButton::clicked, this, &RecordPushDialog::chooseKeyFile);
    connect(m_start, &QPushButton::clicked, this, &RecordPushDialog::push);
    connect(m_stop, &QPushButton::clicked, this, &RecordPushDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto last = services::RecordPush(workspace->context()).lastTarget(engagementId);
    if (last && *last)
        setTarget(**last);
}

// The runner's destructor cancels and joins a push still running: an update already sent is
// recorded by the use case on the worker, whoever listens.
RecordPushDialog::~RecordPushDialog() = default;

void RecordPushDialog::setTarget(const services::PushTarget &target)
{
    const auto server = dns::DnsServer::parse(target.server, target.port);
    m_server->setText(server ? server->host : target.server);
    m_port->setValue(server ? server->port : target.port);
    m_keyFile->setText(target.keyFile);
    const QString zone = target.zone.endsWith(u'.') ? target.zone.chopped(1) : target.zone;
    m_zone->setText(zone == m_set.domain().chopped(1) ? QString() : zone);
}

services::PushTarget RecordPushDialog::target() const
{
    services::PushTarget target;
    const QString host = m_server->text().trimmed();
    // A bare IPv6 address gets its brackets, so that the port field applies.
    target.server = host.count(u':') > 1 && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    target.port = quint16(m_port->value());
    target.keyFile = m_keyFile->text().trimmed();
    target.zone = m_zone->text().trimmed();
    return target;
}

void RecordPushDialog::push()
{
    const services::PushTarget wanted = target();
    if (wanted.server.isEmpty() || wanted.keyFile.isEmpty()) {
        setMessage(tr("Give the server and the TSIG key file."), true);
        return;
    }
    m_outcome.reset();
    m_results->setRowCount(0);
    setBusy(true);
    setMessage(tr("Pushing to %1…").arg(wanted.server), false);
    m_push.start(
        [context = m_workspace->context(), id = m_engagementId, set = m_set,
         wanted](const CancelToken &cancel, Progress &progress) -> Result<services::PushOutcome> {
            Result<ServiceContext> local = context.forThisThread();
            if (!local)
                return local.error();
            return services::RecordPush(*local).push(id, set, wanted, cancel, progress);
        },
        [this](const Result<services::PushOutcome> &outcome) { onPushed(outcome); },
        [this](const ProgressStep &step) {
            m_progress->setRange(0, int(step.total));
            m_progress->setValue(int(step.done));
            if (!step.what.isEmpty())
                setMessage(step.what + u'…', false);
        });
}

void RecordPushDialog::cancel()
{
    m_push.interrupt();
}

void RecordPushDialog::onPushed(const Result<services::PushOutcome> &outcome)
{
    setBusy(false);
    m_workspace->notifyChanged(m_engagementId); // the log has a new event
    if (!outcome) {
        setMessage(outcome.error().message, true);
        Q_EMIT finished(false);
        return;
    }
    m_outcome = *outcome;
    showOutcome(*outcome);
    Q_EMIT finished(outcome->allServed());
}

void RecordPushDialog::showOutcome(const services::PushOutcome &outcome)
{
    const qsizetype rows = outcome.records.size() + outcome.outsideZone.size();
    m_results->setRowCount(int(rows));
    int row = 0;
    auto put = [this, &row](const records::DnsRecordSpec &r, const QString &result,
                            const QString &detail) {
        const QStringList texts{r.owner, r.typeName(), r.rdata(), result};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(plainToolTip(detail.isEmpty() ? texts[column] : detail));
            m_results->setItem(row, column, item);
        }
        ++row;
    };
    int notServed = 0;
    for (const services::PushedRecord &r : outcome.records) {
        notServed += r.state == dns::ServedState::Present ? 0 : 1;
        put(r.record, servedText(r.state),
            r.found.isEmpty() ? QString() : tr("The server serves:\n%1").arg(r.found.join(u'\n')));
    }
    for (const records::DnsRecordSpec &r : outcome.outsideZone)
        put(r, tr("Not sent: outside %1").arg(outcome.zone),
            tr("Publish this record in its own zone."));
    if (!outcome.checkProblem.isEmpty())
        setMessage(
            tr("The update was applied, but reading it back failed: %1").arg(outcome.checkProblem),
            true);
    else if (notServed > 0)
        setMessage(tr("The update was applied, but %n record(s) are not served as sent.", nullptr,
                      notServed),
                   true);
    else
        setMessage(tr("%1 serves all %n record(s) as sent.", nullptr, int(outcome.records.size()))
                       .arg(outcome.server),
                   false);
}

void RecordPushDialog::chooseKeyFile()
{
    const QString path = m_chooseKeyFile(m_keyFile->text());
    if (!path.isEmpty())
        m_keyFile->setText(path);
}

void RecordPushDialog::setBusy(bool busy)
{
    m_start->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
}

void RecordPushDialog::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

} // namespace sts::ui
