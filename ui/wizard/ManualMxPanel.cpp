#include "wizard/ManualMxPanel.h"

#include "common/PlainToolTip.h"
#include "dns/MxAnalysis.h"
#include "mainwindow/Workspace.h"
#include "services/ManualMx.h"
#include "util/PrintableText.h"
#include "wizard/MailServersPage.h"
#include "wizard/ManualMxDialog.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(printableLines(text)); // typed text, as DNS text is shown
    item->setToolTip(plainToolTip(item->text()));
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

QString originText(const services::EffectiveMxHost &host)
{
    if (host.origin == services::MxOrigin::Hand)
        return services::mxOriginText(host.origin);
    if (host.addressesByHand)
        return ManualMxPanel::tr("found in DNS; addresses entered by hand");
    if (host.manualId != 0)
        return ManualMxPanel::tr("found in DNS; also entered by hand");
    return services::mxOriginText(host.origin);
}

} // namespace

ManualMxPanel::ManualMxPanel(Workspace *workspace, std::function<qint64()> engagementId,
                             QTableWidget *table, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_table(table), m_hint(new QLabel(this)),
      m_add(new QPushButton(tr("&Add mail server…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_comparisonLabel(new QLabel(tr("Entered by hand, compared with the &newest scan:"), this)),
      m_comparison(new QListWidget(this)),
      m_removeCovered(new QPushButton(tr("Remove the hand entry, DNS has it &now"), this)),
      m_error(new QLabel(this))
{
    m_hint->setObjectName(u"noMxHint"_s);
    m_hint->setWordWrap(true);
    m_hint->hide();
    m_add->setObjectName(u"addMailServerButton"_s);
    m_add->setToolTip(tr("Enter a mail server that DNS does not show (yet)."));
    m_edit->setObjectName(u"editMailServerButton"_s);
    m_remove->setObjectName(u"removeMailServerButton"_s);
    m_remove->setToolTip(tr("Remove the selected mail server entered by hand (Delete)."));
    m_comparison->setObjectName(u"manualMxComparison"_s);
    m_comparison->setMaximumHeight(90);
    m_comparison->setWordWrap(true);
    m_comparisonLabel->setBuddy(m_comparison);
    m_removeCovered->setObjectName(u"removeCoveredButton"_s);
    m_error->setObjectName(u"manualMxPanelError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *covered = new QHBoxLayout;
    covered->addStretch(1);
    covered->addWidget(m_removeCovered);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_comparisonLabel);
    layout->addWidget(m_comparison);
    layout->addLayout(covered);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &ManualMxPanel::addServer);
    connect(m_edit, &QPushButton::clicked, this, &ManualMxPanel::editServer);
    connect(m_remove, &QPushButton::clicked, this, &ManualMxPanel::removeServer);
    connect(m_removeCovered, &QPushButton::clicked, this, &ManualMxPanel::removeCoveredByDns);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ManualMxPanel::updateButtons);
    connect(m_comparison, &QListWidget::itemSelectionChanged, this, &ManualMxPanel::updateButtons);
    // Delete on a hand-entered row removes it; Enter or a double click edits it.
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (selectedManualId() != 0)
            editServer();
    });
    updateButtons();
}

void ManualMxPanel::showWith(const std::optional<DiscoverySnapshot> &latest, const QString &domain)
{
    m_domain = domain;
    m_comparison->clear();
    report(Status::success());
    services::ManualMx manual(m_workspace->context());
    Result<services::EffectiveMx> mx = manual.effective(m_engagementId());
    if (!mx) {
        report(mx.error());
        updateButtons();
        return;
    }
    // The page's rows are the scan's hosts; each gets its origin, then the hand-only hosts follow.
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *hostItem = m_table->item(row, MailServersPage::HostColumn);
        for (const services::EffectiveMxHost &h : std::as_const(mx->hosts)) {
            if (h.origin != services::MxOrigin::Dns || !hostItem || hostItem->text() != h.host.name)
                continue;
            auto *origin = cell(originText(h));
            origin->setData(ManualIdRole, h.manualId);
            m_table->setItem(row, MailServersPage::OriginColumn, origin);
            if (h.addressesByHand)
                m_table->setItem(row, MailServersPage::AddressesColumn,
                                 cell(h.host.addresses().join(u"\n"_s)));
        }
    }
    for (const services::EffectiveMxHost &h : std::as_const(mx->hosts)) {
        if (h.origin != services::MxOrigin::Hand)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList addresses = h.host.addresses();
        m_table->setItem(row, MailServersPage::PriorityColumn,
                         cell(QString::number(h.host.preference)));
        m_table->setItem(row, MailServersPage::HostColumn, cell(h.host.name));
        m_table->setItem(row, MailServersPage::AddressesColumn,
                         cell(addresses.isEmpty() ? tr("no address") : addresses.join(u"\n"_s)));
        m_table->setItem(row, MailServersPage::ProviderColumn,
                         cell(h.host.provider.isEmpty()
                                  ? tr("other")
                                  : dns::providerDisplayName(h.host.provider)));
        m_table->setItem(row, MailServersPage::FindingsColumn,
                         cell(h.note.isEmpty() ? tr("not looked up in DNS") : h.note));
        auto *origin = cell(originText(h));
        origin->setData(ManualIdRole, h.manualId);
        m_table->setItem(row, MailServersPage::OriginColumn, origin);
    }

    const bool scanFoundNone = latest && latest->report.hosts.isEmpty();
    const bool hand = mx->hasHandEntries();
    if (scanFoundNone && !hand)
        m_hint->setText(tr("Discovery found no MX host for %1. If its mail servers are not in DNS "
                           "yet, the customer is moving them, or DNS cannot be asked from here, "
                           "enter them with “Add mail server…”: pre-flight, certificates and DANE "
                           "then work with them.")
                            .arg(domain));
    else if (scanFoundNone)
        m_hint->setText(tr("Discovery found no MX host for %1: the mail servers entered by hand "
                           "are used.")
                            .arg(domain));
    else if (!latest && !hand)
        m_hint->setText(tr("If DNS cannot be asked from here, enter the mail servers with “Add "
                           "mail server…”."));
    else
        m_hint->clear();
    m_hint->setVisible(!m_hint->text().isEmpty());

    Result<std::optional<services::ManualMxDiff>> diff = manual.compareWithDns(m_engagementId());
    if (!diff)
        report(diff.error());
    const bool compare = diff && *diff && hand;
    if (compare) {
        for (const services::ManualMxComparison &c : (*diff)->entries) {
            auto *line = new QListWidgetItem(u"%1: %2"_s.arg(c.entry.host, c.text()), m_comparison);
            line->setData(ManualIdRole, c.entry.id);
            line->setData(InDnsRole, c.inDns);
        }
        for (const QString &host : (*diff)->dnsOnly)
            new QListWidgetItem(tr("%1: found in DNS, not entered by hand").arg(host),
                                m_comparison);
    }
    m_comparisonLabel->setVisible(compare);
    m_comparison->setVisible(compare);
    m_removeCovered->setVisible(compare);
    updateButtons();
}

bool ManualMxPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete) && selectedManualId() != 0) {
        removeServer();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

qint64 ManualMxPanel::selectedManualId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return 0;
    const QTableWidgetItem *origin = m_table->item(row, MailServersPage::OriginColumn);
    return origin ? origin->data(ManualIdRole).toLongLong() : 0;
}

void ManualMxPanel::updateButtons()
{
    const bool hand = selectedManualId() != 0;
    m_edit->setEnabled(hand);
    m_remove->setEnabled(hand);
    const QListWidgetItem *line = m_comparison->currentItem();
    m_removeCovered->setEnabled(line && line->isSelected() && line->data(InDnsRole).toBool());
}

void ManualMxPanel::report(const Status &status)
{
    m_error->setText(status ? QString() : status.error().message);
    m_error->setVisible(!status);
}

void ManualMxPanel::addServer()
{
    services::ManualMx manual(m_workspace->context());
    const qint64 engagementId = m_engagementId();
    openDialog(
        [manual, engagementId](const services::ManualMxInput &in) mutable {
            return manual.add(engagementId, in);
        },
        nullptr);
}

void ManualMxPanel::editServer()
{
    const qint64 id = selectedManualId();
    if (id == 0)
        return;
    services::ManualMx manual(m_workspace->context());
    const qint64 engagementId = m_engagementId();
    Result<QList<services::ManualMxHost>> entries = manual.list(engagementId);
    if (!entries) {
        report(entries.error());
        return;
    }
    for (const services::ManualMxHost &entry : *entries)
        if (entry.id == id)
            openDialog(
                [manual, engagementId, id](const services::ManualMxInput &in) mutable {
                    return manual.update(engagementId, id, in);
                },
                &entry);
}

void ManualMxPanel::openDialog(ManualMxDialog::Save save, const services::ManualMxHost *entry)
{
    auto *dialog = new ManualMxDialog(m_domain, std::move(save), this);
    if (entry)
        dialog->setEntry(*entry);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { announce(m_engagementId()); });
    dialog->open();
}

void ManualMxPanel::announce(qint64 engagementId)
{
    m_workspace->notifyChanged(engagementId);
    Q_EMIT changed();
}

void ManualMxPanel::removeServer()
{
    const qint64 id = selectedManualId();
    if (id == 0)
        return;
    const qint64 engagementId = m_engagementId();
    const Status removed = services::ManualMx(m_workspace->context()).remove(engagementId, id);
    report(removed);
    if (removed)
        announce(engagementId);
}

void ManualMxPanel::removeCoveredByDns()
{
    const QListWidgetItem *line = m_comparison->currentItem();
    if (!line || !line->data(InDnsRole).toBool())
        return;
    const qint64 engagementId = m_engagementId();
    const Status removed =
        services::ManualMx(m_workspace->context())
            .remove(engagementId, line->data(ManualIdRole).toLongLong(), u"dns-has-it"_s);
    report(removed);
    if (removed)
        announce(engagementId);
}

} // namespace sts::ui
