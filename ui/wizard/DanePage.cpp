#include "wizard/DanePage.h"

#include "common/PlainToolTip.h"
#include "dane/RolloverPlan.h"
#include "mainwindow/Workspace.h"
#include "util/PrintableText.h"
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
      m_status(new QLabel(this)),
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
    auto *tlsaLabel = new QLabel(tr("&TLSA records (port 25):"), this);
    tlsaLabel->setBuddy(m_tlsa);
    m_planLabel->setBuddy(m_plan);
    m_tlsa->setToolTip(tr("3 1 1: DANE-EE, public key (SPKI), SHA-256 (RFC 7672)."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(tlsaLabel);
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
    m_tlsa->setEnabled(available);
    m_plan->setEnabled(available);
    if (!available) {
        m_status->setText(m_context.daneUnavailableReason());
        return;
    }

    const QList<HostDigests> hosts = m_context.daneDigests();
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

    QString status = tr("The zone of %1 is DNSSEC-signed: DANE senders use these records.")
                         .arg(m_context.domain());
    if (!unknown.isEmpty())
        status += u' ' + tr("No key is known yet for %1: run Pre-flight (it reads the served "
                            "certificate) or generate a key on the Certificates page.")
                             .arg(unknown.join(u", "_s));
    m_status->setText(status);
    m_planLabel->setText(anyNext ? tr("&Rollover plan (two records published at every step):")
                                 : tr("&Rollover plan: stage a next key (Certificates → Generate "
                                      "key and CSR…, “stage as next key”) to plan a key change."));
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
