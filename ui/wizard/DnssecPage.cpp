#include "wizard/DnssecPage.h"

#include "common/PlainToolTip.h"
#include "mainwindow/Workspace.h"
#include "util/PrintableText.h"
#include "wizard/ResultTable.h"
#include "wizard/VerdictPresentation.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QTableWidgetItem *cell(const QString &text, const QIcon &icon = {})
{
    auto *item = new QTableWidgetItem(icon, printableLines(text)); // names and reasons from DNS
    item->setToolTip(plainToolTip(item->text()));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

DnssecPage::DnssecPage(Workspace *workspace, std::function<qint64()> engagementId, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_status(new QLabel(this)),
      m_verdicts(newResultTable(u"dnssecTable"_s,
                                {tr("Name"), tr("Record"), tr("DNSSEC"), tr("What it means")},
                                ExplanationColumn, this)),
      m_dane(newResultTable(u"daneTable"_s, {tr("MX host"), tr("DANE"), tr("Why")}, DaneWhyColumn,
                            this))
{
    setTitle(tr("DNSSEC"));
    setSubTitle(tr("Whether the answers about the mail servers are signed, and whether DANE can "
                   "protect delivery to each host."));
    m_status->setObjectName(u"dnssecStatus"_s);
    m_status->setWordWrap(true);
    auto *verdictLabel = new QLabel(tr("&Signature status per name:"), this);
    verdictLabel->setBuddy(m_verdicts);
    auto *daneLabel = new QLabel(tr("D&ANE per mail server:"), this);
    daneLabel->setBuddy(m_dane);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(verdictLabel);
    layout->addWidget(m_verdicts, 1);
    layout->addWidget(daneLabel);
    layout->addWidget(m_dane);
    fitHeightToRows(m_dane); // one row per MX host: the verdicts take the rest
}

void DnssecPage::initializePage()
{
    auto latest = DiscoveryService(m_workspace->context()).latest(m_engagementId());
    if (!latest) {
        showSnapshot(std::nullopt);
        m_status->setText(latest.error().message);
        return;
    }
    showSnapshot(*latest);
}

void DnssecPage::addVerdictRow(const dns::LookupResult &lookup, const QString &what)
{
    const int row = m_verdicts->rowCount();
    m_verdicts->insertRow(row);
    m_verdicts->setItem(row, NameColumn, cell(lookup.name));
    m_verdicts->setItem(row, TypeColumn, cell(what));
    m_verdicts->setItem(row, VerdictColumn,
                        cell(VerdictPresentation::label(lookup.verdict),
                             VerdictPresentation::icon(lookup.verdict.security)));
    m_verdicts->setItem(row, ExplanationColumn,
                        cell(VerdictPresentation::explanation(lookup, m_resolver)));
}

void DnssecPage::showSnapshot(const std::optional<DiscoverySnapshot> &snapshot)
{
    m_verdicts->setRowCount(0);
    m_dane->setRowCount(0);
    if (!snapshot) {
        m_status->setText(
            m_scanFailure.isEmpty()
                ? tr("No scan yet: go back to “Mail servers” and press Rescan (F5).")
                : tr("No DNSSEC verdict: the scan did not complete.\n%1").arg(m_scanFailure));
        return;
    }
    const dns::DiscoveryReport &report = snapshot->report;
    m_resolver = report.resolver;
    m_status->setText(
        tr("From the scan on %1 through the DNS resolver %2 (trust anchor zone “%3”; both are "
           "set in File → Settings…).")
            .arg(QLocale().toString(snapshot->takenAt.toLocalTime(), QLocale::ShortFormat),
                 report.resolver, report.anchorZone));
    if (!m_scanFailure.isEmpty())
        m_status->setText(tr("The newest scan did not complete; this is the previous one.\n%1\n%2")
                              .arg(m_status->text(), m_scanFailure));
    addVerdictRow(report.mx, tr("MX (mail servers)"));
    for (const dns::MxHostReport &host : report.hosts) {
        if (host.ipLiteral)
            continue;
        addVerdictRow(host.a, tr("A (IPv4 addresses)"));
        addVerdictRow(host.aaaa, tr("AAAA (IPv6 addresses)"));
        addVerdictRow(host.tlsa, tr("TLSA (DANE)"));
    }
    for (const dns::MxHostReport &host : report.hosts) {
        const int row = m_dane->rowCount();
        m_dane->insertRow(row);
        m_dane->setItem(row, DaneHostColumn, cell(host.name));
        m_dane->setItem(row, DaneStateColumn,
                        cell(VerdictPresentation::daneLabel(host.dane),
                             VerdictPresentation::daneIcon(host.dane)));
        m_dane->setItem(row, DaneWhyColumn,
                        cell(VerdictPresentation::daneExplanation(host, report.resolver)));
    }
}

} // namespace sts::ui
