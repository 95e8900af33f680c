#include "wizard/DanePage.h"

#include "common/PlainToolTip.h"
#include "dane/RolloverPlan.h"
#include "mainwindow/Workspace.h"
#include "util/PrintableText.h"
#include "wizard/GuidedMessage.h"
#include "wizard/ResultTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

// Names and record data come from DNS and the probed servers: control characters escaped
// (the line breaks of a multi-line cell kept).
static QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(printableLines(text));
    item->setToolTip(plainToolTip(item->text()));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

DanePage::DanePage(Workspace *workspace, std::function<qint64()> engagementId, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_status(new QLabel(this)), m_tlsaLabel(new QLabel(this)),
      m_tlsa(newResultTable(u"tlsaTable"_s,
                            {tr("MX host"), tr("Record name"), tr("TLSA"), tr("Key"), tr("From")},
                            RecordColumn, this)),
      m_planLabel(new QLabel(tr("&Rollover plan:"), this)),
      m_plan(newResultTable(u"rolloverTable"_s,
                            {tr("MX host"), tr("Not before"), tr("Step"), tr("TLSA records then")},
                            PlanStepColumn, this))
{
    setTitle(tr("DANE"));
    setSubTitle(tr("TLSA records that let DANE senders authenticate the mail servers, and how "
                   "to change keys without breaking delivery."));
    m_status->setObjectName(u"daneStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsaLabel->setObjectName(u"tlsaLabel"_s);
    m_tlsaLabel->setBuddy(m_tlsa);
    m_planLabel->setBuddy(m_plan);
    m_tlsa->setToolTip(tr("3 1 1: DANE-EE, public key (SPKI), SHA-256 (RFC 7672)."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tlsaLabel);
    layout->addWidget(m_tlsa, 2);
    layout->addWidget(m_planLabel);
    layout->addWidget(m_plan, 3);
}

void DanePage::initializePage()
{
    m_context = PublishContext::load(m_workspace, m_engagementId());
    m_tlsa->setRowCount(0);
    m_plan->setRowCount(0);
    const bool available = m_context.daneAvailable();
    QList<HostDigests> hosts = m_context.daneDigests();
    if (!available) {
        // What the plan would hold with DANE switched on: the records to publish once it applies.
        services::PublishChoices wouldBe;
        wouldBe.dane = services::DaneChoice::On;
        hosts = m_context.plan(wouldBe).daneHosts;
    }
    m_tlsaLabel->setText(available ? tr("&TLSA records (port 25):")
                                   : tr("&TLSA records it would publish once DANE applies (port "
                                        "25; not in the records to publish yet):"));
    const QStringList unknown = showRecords(hosts);
    QString status = available
                         ? tr("The zone of %1 is DNSSEC-signed: DANE senders use these records.")
                               .arg(m_context.domain())
                         : notYetReason(m_tlsa->rowCount() > 0);
    if (!unknown.isEmpty())
        status += u' ' + tr("No key is known yet for %1: run Pre-flight (it reads the served "
                            "certificate) or generate a key on the Certificates page.")
                             .arg(unknown.join(u", "_s));
    m_status->setText(status);
}

QStringList DanePage::showRecords(const QList<HostDigests> &hosts)
{
    bool anyNext = false;
    QStringList unknown;
    for (const HostDigests &host : hosts) {
        if (host.current.isEmpty()) {
            unknown << host.host;
            continue;
        }
        addTlsaRow(host, host.current, tr("current"), host.currentSource);
        if (!host.next.isEmpty()) {
            addTlsaRow(host, host.next, tr("next (staged)"), host.nextSource);
            anyNext = true;
        }
        // Published records the export keeps (withdrawing one is a step of the plan below).
        for (const QByteArray &digest : host.alsoPublished)
            addTlsaRow(host, digest, tr("published"), tr("published in DNS now"));
    }
    // The TTL the plan waits for: the records' own TTL when DNS already has them.
    int ttl = 3600;
    if (m_context.snapshot)
        for (const dns::MxHostReport &host : m_context.snapshot->report.hosts)
            for (const dns::DnsRecord &record : host.tlsa.records)
                ttl = std::max(ttl, int(record.ttl));
    for (const HostDigests &host : hosts)
        if (!host.current.isEmpty() && !host.next.isEmpty())
            addPlan(host, ttl);
    m_planLabel->setText(anyNext ? tr("&Rollover plan (two records published at every step):")
                                 : tr("&Rollover plan: stage a next key (Certificates → Generate "
                                      "key and CSR…, “stage as next key”) to plan a key change."));
    return unknown;
}

QString DanePage::notYetReason(bool anyRecords) const
{
    const QString shown =
        anyRecords ? tr("The records below are what it would publish then.") : QString();
    if (!m_context.snapshot || m_context.handEntriesOnly())
        return m_context.daneUnavailableReason();
    const dns::DiscoveryReport &report = m_context.snapshot->report;
    const dns::DnssecVerdict &mx = report.mx.verdict;
    GuidedMessage message;
    switch (mx.security) {
    case dns::Security::Insecure:
        message = {tr("DANE needs a DNSSEC-signed zone, and the zone of %1 is not signed (no DS "
                      "at its parent): DANE does not apply yet.")
                       .arg(report.domain),
                   tr("Senders protect delivery with MTA-STS alone; DANE senders deliver as "
                      "today. %1")
                       .arg(shown),
                   tr("sign the zone and publish its DS at the parent, then scan again: this "
                      "page then lists the records to publish.")};
        break;
    case dns::Security::Bogus:
        message = {tr("The zone of %1 is signed, but its chain of trust does not validate (%2): "
                      "DANE cannot be used until it does.")
                       .arg(report.domain, mx.describe()),
                   tr("Validating resolvers refuse its answers now, so mail from them is "
                      "already at risk. %1")
                       .arg(shown),
                   tr("fix the signatures or the DS at the parent (the DNSSEC page names the "
                      "failing zone), then scan again.")};
        break;
    case dns::Security::Indeterminate:
        message = {tr("The DNS resolver %1 could not tell whether the zone of %2 is signed.")
                       .arg(report.resolver, report.domain),
                   tr("This is a lookup problem, not a verdict on the zone. %1").arg(shown),
                   lookupSettingsStep(report.resolver)};
        break;
    case dns::Security::Secure:
        message = {m_context.daneUnavailableReason(), shown, {}};
        break;
    }
    return message.text();
}

void DanePage::addTlsaRow(const HostDigests &host, const QByteArray &digest, const QString &key,
                          const QString &source)
{
    const dane::TlsaRecord record = dane::TlsaRecord::fromSpkiSha256(digest);
    const int row = m_tlsa->rowCount();
    m_tlsa->insertRow(row);
    m_tlsa->setItem(row, HostColumn, cell(host.host));
    m_tlsa->setItem(row, OwnerColumn, cell(record.ownerName(host.host)));
    m_tlsa->setItem(row, RecordColumn, cell(record.toString()));
    m_tlsa->setItem(row, KeyColumn, cell(key));
    m_tlsa->setItem(row, SourceColumn, cell(source));
}

void DanePage::addPlan(const HostDigests &host, int ttl)
{
    Result<dane::RolloverPlan> plan = dane::RolloverPlan::make(host.host, host.current, host.next,
                                                               ttl, m_workspace->clock()->now());
    if (!plan) {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        m_plan->setItem(row, PlanHostColumn, cell(host.host));
        m_plan->setItem(row, PlanStepColumn, cell(plan.error().message));
        return;
    }
    for (const dane::RolloverStep &step : plan->steps) {
        // Whole digests would squeeze the step text; the cell shows their start, the tooltip all.
        QStringList records, shortRecords;
        for (const dane::TlsaRecord &record : step.records) {
            records << record.toString();
            shortRecords << record.toString().left(22) + u'…';
        }
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        m_plan->setItem(row, PlanHostColumn, cell(host.host));
        m_plan->setItem(
            row, PlanWhenColumn,
            cell(QLocale().toString(step.notBefore.toLocalTime(), QLocale::ShortFormat)));
        m_plan->setItem(row, PlanStepColumn, cell(step.description));
        QTableWidgetItem *recordsCell = cell(shortRecords.join(u'\n'));
        recordsCell->setToolTip(plainToolTip(records.join(u'\n')));
        m_plan->setItem(row, PlanRecordsColumn, recordsCell);
    }
}

} // namespace sts::ui
