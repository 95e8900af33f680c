#include "wizard/PreflightPage.h"

#include "common/PlainToolTip.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "tls/ExpiryAlert.h"
#include "util/PrintableText.h"
#include "wizard/GuidedMessage.h"
#include "wizard/ProbeRunner.h"
#include "wizard/ProtocolSummary.h"
#include "wizard/ResultTable.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::ui {
namespace {

enum class CellState { Ok, Warning, Failure, NotApplicable };

// Shape and colour both carry the state: colour is never the only cue.
QTableWidgetItem *cell(const QString &text, CellState state, const QString &tip = {})
{
    static const QString marks[] = {u"✓ "_s, u"⚠ "_s, u"✗ "_s, QString()};
    auto *item = new QTableWidgetItem(marks[int(state)] + printableLines(text)); // server replies
    item->setData(Qt::UserRole, int(state));
    item->setToolTip(plainToolTip(printableLines(tip.isEmpty() ? text : tip)));
    if (state == CellState::Failure)
        item->setForeground(QColor(0xb3, 0x26, 0x1e));
    else if (state == CellState::Warning)
        item->setForeground(QColor(0x8a, 0x5a, 0x00));
    else if (state == CellState::Ok)
        item->setForeground(QColor(0x1e, 0x6b, 0x2e));
    return item;
}

const QString kSmtpPortKey = u"preflight/smtpPort"_s;
const QString kHttpsPortKey = u"preflight/httpsPort"_s;

} // namespace

PreflightPage::PreflightPage(Workspace *workspace, std::function<qint64()> engagementId,
                             QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_runner(new ProbeRunner(this)), m_status(new QLabel(this)), m_smtpPort(new QSpinBox(this)),
      m_httpsPort(new QSpinBox(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_summary(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_run(new QPushButton(tr("Run again (F5)"), this)),
      m_cancel(new QPushButton(tr("Cancel pre-flight"), this)), m_error(new QLabel(this))
{
    setTitle(tr("Pre-flight"));
    setSubTitle(tr("What a strict sender sees at every MX address and at the policy host, "
                   "before anything is published."));

    m_status->setObjectName(u"preflightStatus"_s);
    m_status->setWordWrap(true);
    for (QSpinBox *spin : {m_smtpPort, m_httpsPort}) {
        spin->setRange(1, 65535);
        spin->setAccelerated(true);
    }
    m_smtpPort->setObjectName(u"smtpPortSpin"_s);
    m_httpsPort->setObjectName(u"httpsPortSpin"_s);
    m_smtpPort->setToolTip(tr("25 for real MX hosts; another port for a test server."));
    m_smtpPort->setValue(QSettings().value(kSmtpPortKey, 25).toInt());
    m_httpsPort->setValue(QSettings().value(kHttpsPortKey, 443).toInt());

    m_table->setObjectName(u"preflightTable"_s);
    setUpResultTable(m_table, {tr("Host"), tr("Address"), tr("STARTTLS"), tr("Chain"), tr("Name"),
                               tr("Expiry"), tr("Trust"), tr("DANE"), tr("TLS (BSI)"),
                               tr("Result (RFC 8460)")});
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_summary->setObjectName(u"preflightSummary"_s);
    m_summary->setWordWrap(true);

    m_error->setObjectName(u"preflightError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progress->setObjectName(u"preflightProgress"_s);
    m_progressText->setObjectName(u"preflightProgressText"_s);
    m_run->setObjectName(u"runPreflightButton"_s);
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Probe every address again (F5)."));
    m_cancel->setObjectName(u"cancelPreflightButton"_s);

    auto *ports = new QHBoxLayout;
    auto *smtpLabel = new QLabel(tr("&SMTP port:"), this);
    smtpLabel->setBuddy(m_smtpPort);
    auto *httpsLabel = new QLabel(tr("&HTTPS port (policy host):"), this);
    httpsLabel->setBuddy(m_httpsPort);
    ports->addWidget(smtpLabel);
    ports->addWidget(m_smtpPort);
    ports->addSpacing(16);
    ports->addWidget(httpsLabel);
    ports->addWidget(m_httpsPort);
    ports->addStretch(1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_progressText, 2);
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(ports);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(actions);

    connect(m_run, &QPushButton::clicked, this, &PreflightPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &PreflightPage::cancel);
    connect(m_runner, &ProbeRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progressText->setText(tr("%1 of %2 addresses probed").arg(done).arg(total));
    });
    connect(m_runner, &ProbeRunner::addressFinished, this, [this](const tls::AddressProbe &a) {
        addRow(a.toJson(), m_workspace->clock()->now());
    });
    connect(m_runner, &ProbeRunner::succeeded, this, &PreflightPage::onSucceeded);
    connect(m_runner, &ProbeRunner::cancelled, this, [this] {
        setRunning(false);
        m_summary->setText(tr("Pre-flight cancelled; nothing was stored. Run again with F5."));
    });
    setRunning(false);
}

void PreflightPage::initializePage()
{
    m_domain.clear();
    if (Result<Engagement> engagement = m_workspace->engagements().get(m_engagementId()))
        m_domain = engagement->domain.ace;
    showError(QString());
    m_plan.reset();
    auto plan = ProbeService(m_workspace->context()).plan(m_engagementId());
    if (!plan)
        showError(plan.error().message);
    else
        m_plan = *plan;
    if (!m_plan)
        m_status->setText(tr("No scan of %1 yet: scan the mail servers first (page “Mail "
                             "servers”), or enter them there with “Add mail server…”, then run "
                             "the pre-flight here.")
                              .arg(m_domain));
    else if (!m_plan->scanned)
        m_status->setText(
            tr("No scan of %1: the mail servers entered by hand are probed at the "
               "addresses typed for them. Trust: %2.")
                .arg(m_domain, AppSettings::caFile().isEmpty()
                                   ? tr("the system CA store")
                                   : tr("the CA file %1").arg(AppSettings::caFile())));
    else
        m_status->setText(tr("Addresses from the scan of %1 on %2. Trust: %3.")
                              .arg(m_plan->snapshot.report.domain,
                                   QLocale().toString(m_plan->snapshot.takenAt.toLocalTime(),
                                                      QLocale::ShortFormat),
                                   AppSettings::caFile().isEmpty()
                                       ? tr("the system CA store")
                                       : tr("the CA file %1").arg(AppSettings::caFile())));
    if (m_plan && !m_plan->addressesByHand.isEmpty())
        m_status->setText(
            m_status->text() + u' ' +
            tr("Addresses entered by hand: %1.").arg(m_plan->addressesByHand.join(u", "_s)));
    reloadStored();
}

bool PreflightPage::isComplete() const
{
    return !isRunning();
}

bool PreflightPage::isRunning() const
{
    return m_runner->isRunning();
}

void PreflightPage::reloadStored()
{
    m_table->setRowCount(0);
    auto stored = ProbeService(m_workspace->context()).latest(m_engagementId());
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    if (stored->isEmpty()) {
        m_run->setText(tr("Run pre-flight (F5)"));
        m_summary->setText(m_plan ? tr("No pre-flight yet. Press Run pre-flight (F5).")
                                  : QString());
        return;
    }
    m_run->setText(tr("Run again (F5)"));
    QDateTime newest;
    for (const StoredProbe &p : *stored) {
        addRow(p.detail, p.probedAt);
        newest = std::max(newest, p.probedAt);
    }
    m_summary->setText(tr("Stored results of the pre-flight on %1.")
                           .arg(QLocale().toString(newest.toLocalTime(), QLocale::ShortFormat)));
}

void PreflightPage::addRow(const QJsonObject &probe, const QDateTime &at)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool https = probe.value(u"protocol"_s).toString() == u"https"_s;
    const bool tls = probe.value(u"tlsEstablished"_s).toBool();
    const QJsonObject pkix = probe.value(u"pkix"_s).toObject();
    const QJsonObject dane = probe.value(u"dane"_s).toObject();
    const QString verdict = probe.value(u"verdict"_s).toString();
    const QString error = probe.value(u"error"_s).toString();
    const QString na = tr("—");

    m_table->setItem(row, HostColumn,
                     cell(probe.value(u"host"_s).toString(), CellState::NotApplicable));
    const QString address = probe.value(u"address"_s).toString();
    const int port = probe.value(u"port"_s).toInt();
    m_table->setItem(row, AddressColumn,
                     cell(address.contains(u':') ? u"[%1]:%2"_s.arg(address).arg(port)
                                                 : u"%1:%2"_s.arg(address).arg(port),
                          CellState::NotApplicable));

    if (https)
        m_table->setItem(row, StarttlsColumn, cell(tr("HTTPS"), CellState::NotApplicable));
    else if (probe.value(u"starttlsOffered"_s).toBool())
        m_table->setItem(row, StarttlsColumn,
                         cell(tls ? tr("offered") : tr("handshake failed"),
                              tls ? CellState::Ok : CellState::Failure, error));
    else if (verdict == u"starttls-not-supported"_s)
        m_table->setItem(row, StarttlsColumn, cell(tr("not offered"), CellState::Failure));
    else
        m_table->setItem(row, StarttlsColumn, cell(tr("no answer"), CellState::Failure, error));

    if (!tls) {
        for (int c : {ChainColumn, NameColumn, ExpiryColumn, TrustColumn})
            m_table->setItem(row, c, cell(na, CellState::NotApplicable));
    } else {
        const QJsonArray chain = probe.value(u"chain"_s).toArray();
        if (pkix.value(u"missingIntermediate"_s).toBool())
            m_table->setItem(
                row, ChainColumn,
                cell(tr("intermediate missing"), CellState::Failure,
                     tr("Not served: %1").arg(pkix.value(u"missingIssuer"_s).toString())));
        else if (!pkix.value(u"ordered"_s).toBool(true))
            m_table->setItem(row, ChainColumn, cell(tr("out of order"), CellState::Warning));
        else
            m_table->setItem(row, ChainColumn,
                             cell(tr("complete"), CellState::Ok,
                                  tr("%n certificate(s) served", nullptr, int(chain.size()))));
        const QJsonObject leaf = chain.at(0).toObject();
        const QStringList names = leaf.value(u"dnsNames"_s).toVariant().toStringList();
        const bool nameOk = pkix.value(u"nameMatches"_s).toBool();
        m_table->setItem(row, NameColumn,
                         cell(nameOk ? tr("matches") : tr("mismatch"),
                              nameOk ? CellState::Ok : CellState::Failure,
                              tr("Certificate names: %1").arg(names.join(u", "_s))));
        const QDateTime notAfter =
            QDateTime::fromString(leaf.value(u"notAfter"_s).toString(), Qt::ISODate);
        const qint64 days = at.secsTo(notAfter) / 86400;
        const QString until =
            QLocale().toString(notAfter.toLocalTime().date(), QLocale::ShortFormat);
        if (pkix.value(u"expired"_s).toBool() || days < 0)
            m_table->setItem(row, ExpiryColumn,
                             cell(tr("expired %1").arg(until), CellState::Failure));
        else if (pkix.value(u"notYetValid"_s).toBool())
            m_table->setItem(row, ExpiryColumn, cell(tr("not yet valid"), CellState::Failure));
        else
            m_table->setItem(row, ExpiryColumn,
                             cell(tr("%n day(s) left", nullptr, int(days)),
                                  days <= 30 ? CellState::Warning : CellState::Ok,
                                  tr("Valid until %1").arg(until)));
        if (pkix.value(u"trusted"_s).toBool())
            m_table->setItem(row, TrustColumn, cell(tr("trusted"), CellState::Ok));
        else
            m_table->setItem(
                row, TrustColumn,
                cell(pkix.value(u"selfSigned"_s).toBool() ? tr("self-signed") : tr("not trusted"),
                     CellState::Failure,
                     pkix.value(u"verifyErrors"_s).toVariant().toStringList().join(u"\n"_s)));
    }

    if (dane.isEmpty())
        m_table->setItem(row, DaneColumn,
                         cell(tr("n/a"), CellState::NotApplicable,
                              tr("DANE applies only where discovery found a DNSSEC-secure TLSA "
                                 "record set.")));
    else if (dane.value(u"matched"_s).toBool())
        m_table->setItem(row, DaneColumn,
                         cell(tr("matches"), CellState::Ok, dane.value(u"record"_s).toString()));
    else
        m_table->setItem(row, DaneColumn,
                         cell(dane.value(u"resultType"_s).toString(), CellState::Failure,
                              dane.value(u"problems"_s).toVariant().toStringList().join(u"\n"_s)));

    const ProtocolSummary protocols = summarizeProtocols(probe);
    m_table->setItem(row, ProtocolColumn,
                     cell(protocols.text, CellState(int(protocols.state)), protocols.tip));

    QString meaning;
    if (verdict == u"ok"_s) {
        m_table->setItem(row, ResultColumn, cell(tr("ok"), CellState::Ok));
    } else if (verdict == u"error"_s) {
        const QString code = probe.value(u"errorCode"_s).toString();
        m_table->setItem(row, ResultColumn,
                         cell(tr("not reached (%1)").arg(code), CellState::Warning, error));
        meaning = code == u"cancelled"_s
                      ? tr("Cancelled before this address was probed.")
                      : tr("Not reached from here: %1. Check the address, the port and any "
                           "firewall; a sender that cannot connect retries later.")
                            .arg(error);
    } else {
        m_table->setItem(row, ResultColumn, cell(verdict, CellState::Failure, error));
        meaning = tr("In testing mode this is reported as %1; in enforce mode delivery from "
                     "strict senders fails.")
                      .arg(verdict);
    }
    if (meaning.isEmpty())
        return;
    // The consequence gets its own full-width line under the row: a sentence does not fit a
    // column of a ten-column matrix.
    const int below = m_table->rowCount();
    m_table->insertRow(below);
    auto *line = new QTableWidgetItem(u"    ↳ "_s + meaning);
    line->setData(MeaningRole, meaning);
    line->setToolTip(plainToolTip(meaning));
    line->setForeground(verdict == u"error"_s ? QColor(0x8a, 0x5a, 0x00)
                                              : QColor(0xb3, 0x26, 0x1e));
    m_table->setItem(below, HostColumn, line);
    m_table->setSpan(below, 0, 1, ColumnCount);
}

void PreflightPage::run()
{
    showError(QString());
    if (!m_plan) {
        showError(GuidedMessage{tr("There is no scan to take the addresses from."),
                                tr("Pre-flight probes the mail servers the scan found; without "
                                   "one nothing about them can be checked."),
                                tr("go back to “Mail servers” and press Rescan (F5).")}
                      .text());
        return;
    }
    const tls::ProbePlan &plan = m_plan->plan;
    if (plan.targets.isEmpty()) {
        showError(GuidedMessage{tr("Neither the latest scan nor the mail servers entered by "
                                   "hand give an MX host address to probe."),
                                tr("Nothing about the mail servers can be checked, and senders "
                                   "find no address to deliver to either, if DNS really has none."),
                                tr("check the MX hosts and their A/AAAA records on “Mail "
                                   "servers” and scan again (F5), or enter the servers with "
                                   "their addresses there (Add mail server…).")}
                      .text());
        return;
    }
    QSettings().setValue(kSmtpPortKey, m_smtpPort->value());
    QSettings().setValue(kHttpsPortKey, m_httpsPort->value());
    tls::ProbeOptions options;
    options.smtpPort = quint16(m_smtpPort->value());
    options.httpsPort = quint16(m_httpsPort->value());
    options.clock = m_workspace->clock();
    if (const QString caFile = AppSettings::caFile(); !caFile.isEmpty())
        options.trust = tls::TrustSettings::fromCaFile(caFile);
    m_table->setRowCount(0);
    m_runner->start(plan.targets, options); // first: isComplete() follows the runner
    setRunning(true);
    m_progress->setRange(0, plan.addressCount);
    m_progressText->setText(tr("Connecting to %n address(es)…", nullptr, plan.addressCount));
    m_summary->setText(
        plan.skippedHosts.isEmpty()
            ? QString()
            : tr("Without an address, not probed: %1").arg(plan.skippedHosts.join(u", "_s)));
}

void PreflightPage::cancel()
{
    m_runner->cancel();
}

void PreflightPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_smtpPort->setEnabled(!running);
    m_httpsPort->setEnabled(!running);
    m_progress->setVisible(running);
    if (!running)
        m_progressText->clear();
    if (running)
        m_cancel->setFocus();
    else if (m_cancel->hasFocus() || !focusWidget())
        m_run->setFocus();
    Q_EMIT completeChanged();
}

void PreflightPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PreflightPage::onSucceeded(const tls::ProbeReport &report)
{
    setRunning(false);
    int failures = 0;
    for (const tls::AddressProbe &a : report.addresses)
        failures += a.ok() ? 0 : 1;
    m_summary->setText(
        failures == 0 ? tr("All %n address(es) pass: strict senders would deliver.", nullptr,
                           int(report.addresses.size()))
                      : tr("%n address(es) would fail for strict senders.", nullptr, failures));
    if (Status stored = ProbeService(m_workspace->context()).store(m_engagementId(), report);
        !stored) {
        showError(GuidedMessage{
            tr("The pre-flight finished but could not be saved: %1").arg(stored.error().message),
            tr("The results shown are not kept for the runbook or the "
               "readiness check."),
            tr("check that the workspace database is reachable and writable "
               "(File → Settings…), then run again (F5).")}
                      .text());
        return;
    }
    m_workspace->notifyChanged(m_engagementId());
    Q_EMIT probesStored();
}

} // namespace sts::ui
