#include "wizard/MailServersPage.h"

#include "common/PlainToolTip.h"
#include "dns/DiscoveryDiff.h"
#include "dns/ResolverProblem.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/LookupSettings.h"
#include "mainwindow/Workspace.h"
#include "util/PrintableText.h"
#include "wizard/DiscoveryRunner.h"
#include "wizard/GuidedMessage.h"
#include "wizard/ManualMxPanel.h"
#include "wizard/ResultTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

MailServersPage::MailServersPage(Workspace *workspace, std::function<qint64()> engagementId,
                                 QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_runner(new DiscoveryRunner(this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 5, this)), m_domainFindings(new QLabel(this)),
      m_changes(new QListWidget(this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_rescan(new QPushButton(tr("Rescan (F5)"), this)),
      m_cancel(new QPushButton(tr("Cancel scan"), this)), m_error(new QLabel(this)),
      m_manual(new ManualMxPanel(workspace, m_engagementId, m_table, this))
{
    setTitle(tr("Mail servers"));
    setSubTitle(tr("The hosts that receive mail for the domain, as DNS shows them now."));

    m_status->setObjectName(u"discoveryStatus"_s);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"mailServersTable"_s);
    setUpResultTable(
        m_table,
        {tr("Priority"), tr("Host"), tr("Addresses"), tr("Provider"), tr("Findings"), tr("Origin")},
        FindingsColumn);
    m_domainFindings->setObjectName(u"domainFindings"_s);
    m_domainFindings->setWordWrap(true);
    m_changes->setObjectName(u"changesList"_s);
    m_changes->setMaximumHeight(110);
    m_changes->setWordWrap(true);
    auto *changesLabel = new QLabel(tr("&What changed since the previous scan:"), this);
    changesLabel->setBuddy(m_changes);

    m_error->setObjectName(u"discoveryError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress->setObjectName(u"discoveryProgress"_s);
    m_progressText->setObjectName(u"discoveryProgressText"_s);
    m_rescan->setObjectName(u"rescanButton"_s);
    m_rescan->setShortcut(QKeySequence(Qt::Key_F5));
    m_rescan->setToolTip(tr("Look up the MX hosts and their records again (F5)."));
    m_cancel->setObjectName(u"cancelScanButton"_s);
    // The wizard covers the main window: its File → Settings… cannot be reached from here.
    auto *settings = new QPushButton(tr("DNS settings…"), this);
    settings->setObjectName(u"lookupSettingsButton"_s);
    settings->setToolTip(tr("The DNS resolver and the DNSSEC trust anchor the scan uses"));
    connect(settings, &QPushButton::clicked, this, &MailServersPage::settingsRequested);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_progressText, 2);
    actions->addWidget(settings);
    actions->addWidget(m_rescan);
    actions->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_manual);
    layout->addWidget(m_domainFindings);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_rescan, &QPushButton::clicked, this, &MailServersPage::rescan);
    connect(m_cancel, &QPushButton::clicked, this, &MailServersPage::cancel);
    connect(m_runner, &DiscoveryRunner::progress, this, &MailServersPage::onProgress);
    connect(m_runner, &DiscoveryRunner::succeeded, this, &MailServersPage::onSucceeded);
    connect(m_runner, &DiscoveryRunner::failed, this, &MailServersPage::onFailed);
    connect(m_runner, &DiscoveryRunner::cancelled, this, [this] {
        setRunning(false);
        m_progressText->setText(tr("Scan cancelled."));
    });
    setRunning(false);
    setUpManualMx();
}

// Mail servers entered by hand: their own panel under the table (ManualMxPanel).
void MailServersPage::setUpManualMx()
{
    connect(m_manual, &ManualMxPanel::changed, this, &MailServersPage::reload);
}

void MailServersPage::initializePage()
{
    m_domain.clear();
    if (Result<Engagement> engagement = m_workspace->engagements().get(m_engagementId()))
        m_domain = engagement->domain.ace;
    showError(QString());
    reload();
}

bool MailServersPage::isComplete() const
{
    return !isRunning();
}

bool MailServersPage::isRunning() const
{
    return m_runner->isRunning();
}

void MailServersPage::reload()
{
    Result<DiscoveryHistory> history =
        DiscoveryService(m_workspace->context()).history(m_engagementId());
    if (!history) {
        showError(history.error().message);
        m_latest.reset();
        m_previous.reset();
    } else {
        m_latest = history->latest;
        m_previous = history->previous;
    }
    showSnapshot();
    m_manual->showWith(m_latest, m_domain);
}

// Host names and addresses come from DNS: control characters escaped (the line breaks between
// addresses kept).
static QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(printableLines(text));
    cell->setToolTip(plainToolTip(cell->text()));
    cell->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return cell;
}

static QString severityPrefix(dns::Finding::Severity severity)
{
    switch (severity) {
    case dns::Finding::Severity::Error:
        return MailServersPage::tr("Error: ");
    case dns::Finding::Severity::Warning:
        return MailServersPage::tr("Warning: ");
    case dns::Finding::Severity::Info:
        break;
    }
    return {};
}

void MailServersPage::showSnapshot()
{
    m_table->setRowCount(0);
    m_changes->clear();
    m_domainFindings->clear();
    if (!m_latest) {
        m_status->setText(
            tr("No scan of %1 yet. Press Rescan (F5) to look up its mail servers.").arg(m_domain));
        m_domainFindings->hide();
        m_changes->addItem(tr("Nothing to compare yet."));
        return;
    }
    const dns::DiscoveryReport &report = m_latest->report;
    m_status->setText(
        tr("Scanned %1 on %2 through %3.")
            .arg(report.domain,
                 QLocale().toString(m_latest->takenAt.toLocalTime(), QLocale::ShortFormat),
                 m_latest->resolver));

    QStringList hostNames;
    m_table->setRowCount(int(report.hosts.size()));
    for (int row = 0; row < report.hosts.size(); ++row) {
        const dns::MxHostReport &host = report.hosts[row];
        hostNames << host.name;
        QStringList findings;
        for (const dns::Finding &f : report.findings)
            if (f.host == host.name)
                findings << severityPrefix(f.severity) + f.text();
        const QStringList addresses = host.ipLiteral ? QStringList{host.name} : host.addresses();
        m_table->setItem(row, PriorityColumn, item(QString::number(host.preference)));
        m_table->setItem(row, HostColumn, item(host.name));
        m_table->setItem(row, AddressesColumn,
                         item(addresses.isEmpty() ? tr("no address") : addresses.join(u"\n"_s)));
        m_table->setItem(
            row, ProviderColumn,
            item(host.provider.isEmpty() ? tr("other") : dns::providerDisplayName(host.provider)));
        m_table->setItem(row, FindingsColumn,
                         item(findings.isEmpty() ? tr("none") : findings.join(u"\n"_s)));
    }

    QStringList domainFindings;
    for (const dns::Finding &f : report.findings)
        if (!hostNames.contains(f.host))
            domainFindings << u"• "_s + severityPrefix(f.severity) + f.text();
    m_domainFindings->setText(domainFindings.isEmpty()
                                  ? tr("No findings for the domain itself.")
                                  : tr("For the domain:\n%1").arg(domainFindings.join(u"\n"_s)));
    m_domainFindings->show();

    if (!m_previous) {
        m_changes->addItem(tr("This is the first scan: nothing to compare yet."));
        return;
    }
    const QList<dns::DiscoveryChange> changes = dns::diffReports(m_previous->report, report);
    if (changes.isEmpty())
        m_changes->addItem(
            tr("Nothing changed since the scan on %1.")
                .arg(QLocale().toString(m_previous->takenAt.toLocalTime(), QLocale::ShortFormat)));
    for (const dns::DiscoveryChange &change : changes) {
        auto *entry = new QListWidgetItem(change.description, m_changes);
        entry->setData(Qt::UserRole, dns::DiscoveryChange::kindName(change.kind));
    }
}

void MailServersPage::rescan()
{
    if (m_domain.isEmpty())
        return;
    showError(QString());
    Result<dns::DiscoveryOptions> options = discoveryOptionsFromSettings();
    if (!options) {
        showError(GuidedMessage{options.error().message, tr("No scan was started."),
                                tr("open File → Settings… and write “DNS resolver” as HOST:PORT, "
                                   "or leave it empty for the system resolver.")}
                      .text());
        return;
    }
    m_trustAnchor = options->trustAnchorFile;
    m_runner->start(m_domain, *options); // first: isComplete() follows the runner
    setRunning(true);
    m_progressText->setText(tr("Asking DNS…"));
}

void MailServersPage::cancel()
{
    m_runner->cancel();
}

void MailServersPage::setRunning(bool running)
{
    m_rescan->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0); // busy until the first progress report
    if (!running)
        m_progressText->clear();
    // Keyboard focus must not get lost on a button that just became disabled.
    if (running)
        m_cancel->setFocus();
    else if (m_cancel->hasFocus() || !focusWidget())
        m_rescan->setFocus();
    Q_EMIT completeChanged();
}

void MailServersPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MailServersPage::onProgress(int done, int total, const QString &what)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressText->setText(tr("Looked up %1").arg(what));
}

void MailServersPage::onSucceeded(const dns::DiscoveryReport &report)
{
    setRunning(false);
    const qint64 engagementId = m_engagementId();
    Result<qint64> saved =
        DiscoveryService(m_workspace->context()).store(engagementId, report, m_trustAnchor);
    if (!saved) {
        showError(GuidedMessage{
            tr("The scan finished but could not be saved: %1").arg(saved.error().message),
            tr("The pages keep showing the previous scan."),
            tr("check that the workspace database is reachable and writable "
               "(File → Settings…), then scan again (F5).")}
                      .text());
        return;
    }
    reload();
    m_workspace->notifyChanged(engagementId);
    Q_EMIT snapshotSaved(*saved);
}

void MailServersPage::onFailed(const QString &code, const QString &message)
{
    setRunning(false);
    const Result<dns::DiscoveryOptions> settings = discoveryOptionsFromSettings();
    const QString resolver = settings ? settings->resolver.describe() : AppSettings::resolver();
    const QString kept =
        m_latest ? tr("The scan of %1 shown here is the previous one; it was not replaced.")
                       .arg(m_latest->report.domain)
                 : tr("Until a scan succeeds, DNSSEC cannot be judged, and pre-flight, "
                      "certificates and DANE work only with mail servers entered by hand "
                      "(Add mail server…).");
    GuidedMessage shown{tr("The scan did not complete: %1").arg(message), kept,
                        tr("scan again (F5); if it fails the same way, check the network.")};
    if (code == QLatin1String(dns::ResolverProblem::errorCode) ||
        code == u"dns.resolver-config"_s || code == u"dns.resolver-syntax"_s) {
        shown.what = message; // names the resolver and says the zone is not at fault
        shown.next = lookupSettingsStep(resolver);
    } else if (code == u"dns.trust-anchor"_s) {
        shown.next = tr("open File → Settings… and choose a readable file under “DNSSEC trust "
                        "anchor” (empty uses the IANA root anchor), then scan again (F5).");
    } else if (code == u"dns.domain"_s) {
        shown.meaning = tr("The engagement’s domain cannot be looked up as it is written.");
        shown.next = tr("correct the domain on the first page, then scan again (F5).");
    }
    showError(shown.text());
    Q_EMIT scanFailed(shown.text());
}

} // namespace sts::ui
