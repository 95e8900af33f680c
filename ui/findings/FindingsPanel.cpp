#include "findings/FindingsPanel.h"

#include "mainwindow/LookupSettings.h"
#include "mainwindow/Workspace.h"
#include "services/FindingText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString shortTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent), m_tasks(new TaskRunner(this, 2)), m_lastRun(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_showResolved(new QCheckBox(tr("Show resolved"), this)),
      m_acknowledge(new QPushButton(tr("&Acknowledge"), this)),
      m_runButton(new QPushButton(tr("Run checks &now"), this)),
      m_stop(new QPushButton(tr("Stop"), this)), m_progress(new QProgressBar(this)),
      m_message(new QLabel(this))
{
    m_lastRun->setObjectName(u"lastRunLabel"_s);
    m_table->setObjectName(u"findingsTable"_s);
    m_showResolved->setObjectName(u"showResolved"_s);
    m_acknowledge->setObjectName(u"acknowledgeFinding"_s);
    m_runButton->setObjectName(u"runChecks"_s);
    m_stop->setObjectName(u"stopChecks"_s);
    m_progress->setObjectName(u"checksProgress"_s);
    m_message->setObjectName(u"findingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setHorizontalHeaderLabels({tr("Severity"), tr("Since"), tr("Finding"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Findings"));
    m_acknowledge->setToolTip(
        tr("Seen and being dealt with: it stays on the list until the check passes, "
           "but counts as open no more"));
    m_runButton->setToolTip(tr("Run every monitoring check for this engagement now"));
    m_progress->setRange(0, 0); // one engagement: busy until it is done
    m_progress->hide();
    m_stop->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showResolved);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_runButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lastRun);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindingsPanel::updateButtons);
    connect(m_showResolved, &QCheckBox::toggled, this, &FindingsPanel::refresh);
    connect(m_acknowledge, &QPushButton::clicked, this, &FindingsPanel::acknowledgeSelected);
    connect(m_runButton, &QPushButton::clicked, this, &FindingsPanel::runChecks);
    connect(m_stop, &QPushButton::clicked, this, &FindingsPanel::stopChecks);
    updateButtons();
}

FindingsPanel::~FindingsPanel() = default;

void FindingsPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    connect(workspace, &Workspace::changed, this, [this](qint64 id) {
        if (id == m_engagementId)
            refresh();
    });
}

void FindingsPanel::showEngagement(qint64 engagementId)
{
    if (engagementId != m_engagementId) {
        m_run.cancel();
        setMessage({}, false);
    }
    m_engagementId = engagementId;
    refresh();
}

void FindingsPanel::setOptionsOverride(std::optional<MonitorOptions> options)
{
    m_override = std::move(options);
}

void FindingsPanel::refresh()
{
    if (!m_workspace || m_engagementId <= 0)
        return;
    Findings findings(m_workspace->context());
    Result<QList<Finding>> list = m_showResolved->isChecked()
                                      ? findings.list(m_engagementId, std::nullopt)
                                      : findings.unresolved(m_engagementId);
    if (!list) {
        setMessage(list.error().message, true);
        return;
    }
    m_findings = *list;
    Result<std::optional<MonitorRun>> last = findings.lastRun();
    if (last && *last)
        m_lastRun->setText(
            tr("Monitoring last ran %1 (%n engagement(s), by %2).", nullptr, (*last)->engagements)
                .arg(shortTime((*last)->startedAt), (*last)->holder));
    else
        m_lastRun->setText(tr("Monitoring has not run yet in this workspace."));
    showFindings();
}

void FindingsPanel::showFindings()
{
    m_table->setRowCount(0);
    for (const Finding &f : std::as_const(m_findings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *severity = new QTableWidgetItem(services::severityText(f.severity));
        severity->setData(Qt::UserRole, f.id);
        severity->setToolTip(f.kind);
        m_table->setItem(row, SeverityColumn, severity);
        m_table->setItem(row, SinceColumn, new QTableWidgetItem(shortTime(f.firstSeen)));
        auto *text = new QTableWidgetItem(services::findingText(f));
        text->setToolTip(text->text());
        m_table->setItem(row, TextColumn, text);
        QString state = services::stateText(f.state);
        if (f.state == Finding::State::Acknowledged && !f.acknowledgedBy.isEmpty())
            state = tr("%1 by %2").arg(state, f.acknowledgedBy);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
    }
    m_table->resizeColumnToContents(SeverityColumn);
    m_table->resizeColumnToContents(SinceColumn);
    m_table->resizeRowsToContents();
    if (m_findings.isEmpty())
        m_table->setToolTip(tr("No findings: every check passed the last time it ran."));
    else
        m_table->setToolTip({});
    updateButtons();
}

void FindingsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = m_table->selectionModel()->hasSelection() && row >= 0 &&
                      row < m_findings.size() && m_findings.at(row).state == Finding::State::Open;
    m_acknowledge->setEnabled(open);
    const bool running = m_run.isRunning();
    m_runButton->setEnabled(!running && m_workspace && m_engagementId > 0);
    m_stop->setVisible(running);
    m_progress->setVisible(running);
}

void FindingsPanel::acknowledgeSelected()
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || row >= m_findings.size())
        return;
    Result<Finding> acked = Findings(m_workspace->context()).acknowledge(m_findings.at(row).id);
    if (!acked) {
        setMessage(acked.error().message, true);
        return;
    }
    setMessage(tr("Acknowledged: %1").arg(services::findingText(*acked)), false);
    m_workspace->notifyChanged(m_engagementId);
    refresh();
    Q_EMIT changed();
}

Result<MonitorOptions> FindingsPanel::options() const
{
    if (m_override)
        return *m_override;
    Result<services::PublicationTargets> targets = publicationTargetsFromSettings();
    if (!targets)
        return targets.error();
    MonitorOptions options = MonitorOptions::defaults();
    options.targets = *targets;
    // The pre-flight page's SMTP port (25 unless a test server was set there).
    options.probe.smtpPort = quint16(QSettings().value(u"preflight/smtpPort"_s, 25).toInt());
    if (!options.targets.https.connectHost.isEmpty())
        options.probe.httpsPort = options.targets.https.port;
    if (!options.targets.https.caFile.isEmpty())
        options.probe.trust = tls::TrustSettings::fromCaFile(options.targets.https.caFile);
    return options;
}

void FindingsPanel::runChecks()
{
    if (!m_workspace || m_engagementId <= 0 || m_run.isRunning())
        return;
    Result<MonitorOptions> monitorOptions = options();
    if (!monitorOptions) {
        setMessage(monitorOptions.error().message, true);
        return;
    }
    const ServiceContext context = m_workspace->context();
    const qint64 id = m_engagementId;
    const MailboxSyncStep mailbox = m_mailboxSync;
    MonitorOptions options = *monitorOptions;
    options.holder = m_holder;
    setMessage(tr("Checking…"), false);
    m_run.start(
        [context, id, options, mailbox](const CancelToken &cancel,
                                        Progress &progress) -> Result<MonitorRunResult> {
            Result<ServiceContext> local = context.forThisThread();
            if (!local)
                return local.error();
            Monitor monitor(*local, options);
            monitor.setMailboxSync(mailbox);
            return monitor.run({id}, cancel, progress);
        },
        [this](const Result<MonitorRunResult> &run) { onRunFinished(run); });
    updateButtons();
}

void FindingsPanel::stopChecks()
{
    // Abandoned at once: a lookup in flight ends only with its resolver timeout, and the panel
    // must not wait for it. The run winds down on its worker and changes nothing after the
    // step it was in; what it stored before is on the list.
    m_run.cancel();
    setMessage(tr("Stopped before the checks were done."), false);
    updateButtons();
    refresh();
}

void FindingsPanel::onRunFinished(const Result<MonitorRunResult> &run)
{
    updateButtons();
    if (!run) {
        setMessage(run.error().message, true);
        return;
    }
    const EngagementMonitoring e =
        run->engagements.isEmpty() ? EngagementMonitoring{} : run->engagements.first();
    switch (e.outcome) {
    case EngagementMonitoring::Outcome::Checked:
        setMessage(tr("Checked: %1 new, %2 resolved, %3 unresolved.")
                       .arg(e.opened.size())
                       .arg(e.resolved.size())
                       .arg(e.unresolved.size()),
                   false);
        break;
    case EngagementMonitoring::Outcome::Leased:
        setMessage(tr("Not checked: %1 is checking this engagement now.").arg(e.heldBy), false);
        break;
    case EngagementMonitoring::Outcome::Cancelled:
        setMessage(tr("Stopped before the checks were done."), false);
        break;
    case EngagementMonitoring::Outcome::ResolverUnavailable:
    case EngagementMonitoring::Outcome::Failed:
        setMessage(tr("The checks could not run: %1").arg(e.error), true);
        break;
    }
    m_workspace->notifyChanged(m_engagementId);
    refresh();
    Q_EMIT changed();
}

void FindingsPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

QString FindingsPanel::messageText() const
{
    return m_message->text();
}

} // namespace sts::ui
