#include "reports/UnassignedReportsPanel.h"

#include "mainwindow/Workspace.h"
#include "reports/AssignDomainDialog.h"
#include "reports/ReportTables.h"
#include "services/ReportDomains.h"
#include "util/PrintableText.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

UnassignedReportsPanel::UnassignedReportsPanel(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_table(new QTableWidget(this)),
      m_assign(new QPushButton(tr("&Assign to Engagement…"), this)), m_status(new QLabel(this)),
      m_assigned(new QTableWidget(this)),
      m_remove(new QPushButton(tr("&Remove from Engagement"), this))
{
    setObjectName(u"unassignedReportsPanel"_s);
    setWindowTitle(tr("Unassigned Reports"));
    m_hint->setObjectName(u"unassignedHint"_s);
    m_hint->setWordWrap(true);
    m_status->setObjectName(u"unassignedStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"unassignedReports"_s);
    prepareReportTable(m_table, {tr("Policy domain"), tr("Reports"), tr("Days"), tr("First day"),
                                 tr("Last day"), tr("Reporting organisations")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OrgColumn, QHeaderView::Stretch);
    m_assigned->setObjectName(u"assignedDomains"_s);
    prepareReportTable(m_assigned,
                       {tr("Report domain"), tr("Engagement"), tr("Added"), tr("Added by")});
    m_assigned->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assigned->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_assign->setObjectName(u"assignDomain"_s);
    m_assign->setToolTip(tr("Give the selected domain and its reports to an engagement"));
    m_remove->setObjectName(u"removeDomain"_s);
    m_remove->setToolTip(tr("The engagement gives the domain's reports back; they are "
                            "unassigned again unless another engagement holds the domain"));
    auto *refresh = new QPushButton(tr("Re&fresh"), this);
    refresh->setObjectName(u"refreshUnassigned"_s);

    auto *assignedTitle = new QLabel(tr("Report domains assigned to engagements"), this);
    QFont bold = assignedTitle->font();
    bold.setBold(true);
    assignedTitle->setFont(bold);
    auto *row = new QHBoxLayout;
    row->addWidget(refresh);
    row->addStretch();
    row->addWidget(m_assign);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 3);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(assignedTitle);
    layout->addWidget(m_assigned, 1);
    layout->addLayout(removeRow);

    connect(refresh, &QPushButton::clicked, this, &UnassignedReportsPanel::reload);
    connect(m_assign, &QPushButton::clicked, this, [this] { assignSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &UnassignedReportsPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &UnassignedReportsPanel::updateButtons);
    connect(m_assigned, &QTableWidget::itemSelectionChanged, this,
            &UnassignedReportsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { assignSelected(); });
    resize(820, 520);
    updateButtons();
}

void UnassignedReportsPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_status->clear();
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, [this] {
            m_stale = true;
            if (isVisible())
                reload();
        });
    m_stale = true;
    if (isVisible())
        reload();
}

void UnassignedReportsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void UnassignedReportsPanel::reload()
{
    m_stale = false;
    fillUnassigned();
    fillAssigned();
    updateButtons();
}

static QTableWidgetItem *item(const QString &text, const QVariant &sort = {})
{
    auto *cell = new QTableWidgetItem(text);
    if (sort.isValid())
        cell->setData(Qt::UserRole, sort);
    return cell;
}

void UnassignedReportsPanel::fillUnassigned()
{
    m_table->setRowCount(0);
    if (!m_workspace)
        return;
    Result<QList<tlsrpt::UnassignedDomain>> list =
        tlsrpt::ReportDomains(m_workspace->context()).unassigned();
    if (!list) {
        m_hint->setText(tr("The unassigned reports cannot be read: %1").arg(list.error().message));
        return;
    }
    if (list->isEmpty()) {
        m_hint->setText(tr("Every stored report belongs to an engagement."));
        return;
    }
    m_hint->setText(tr("These reports were imported for domains no engagement holds. They are "
                       "stored, but no engagement counts them. Assign a domain to the engagement "
                       "of the customer who sends mail for it (an additional domain of the "
                       "customer, or a host name below it)."));
    const QLocale locale;
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const tlsrpt::UnassignedDomain &d = list->at(r);
        // Domains and organisations are what the senders wrote: shown, never interpreted.
        const QString domain =
            d.policyDomain.isEmpty() ? tr("(no policy domain)") : printable(d.policyDomain);
        m_table->setItem(r, DomainColumn, item(domain, d.policyDomain));
        m_table->setItem(r, ReportsColumn, item(locale.toString(d.reports)));
        m_table->setItem(r, DaysColumn, item(locale.toString(d.days)));
        m_table->setItem(r, FirstColumn, item(d.firstDay.toString(Qt::ISODate)));
        m_table->setItem(r, LastColumn, item(d.lastDay.toString(Qt::ISODate)));
        m_table->setItem(r, OrgColumn, item(printable(d.organizations.join(u", "_s))));
    }
}

void UnassignedReportsPanel::fillAssigned()
{
    m_assigned->setRowCount(0);
    if (!m_workspace)
        return;
    Result<QList<tlsrpt::ExtraReportDomain>> list =
        tlsrpt::ReportDomains(m_workspace->context()).extraDomains(0);
    if (!list)
        return;
    EngagementFilter filter;
    filter.includeArchived = true;
    QHash<qint64, QString> names;
    if (Result<QList<Engagement>> engagements = m_workspace->engagements().list(filter)) {
        for (const Engagement &e : std::as_const(*engagements))
            names.insert(e.id, u"%1 — %2"_s.arg(e.customer, e.domain.display));
    }
    m_assigned->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const tlsrpt::ExtraReportDomain &d = list->at(r);
        m_assigned->setItem(r, 0, item(d.domainAce, d.domainAce));
        m_assigned->setItem(r, 1, item(names.value(d.engagementId), d.engagementId));
        m_assigned->setItem(r, 2, item(QLocale().toString(d.addedAt, QLocale::ShortFormat)));
        m_assigned->setItem(r, 3, item(d.addedBy));
    }
}

void UnassignedReportsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    m_assign->setEnabled(
        row >= 0 && !m_table->selectedItems().isEmpty() &&
        !m_table->item(row, DomainColumn)->data(Qt::UserRole).toString().isEmpty());
    m_remove->setEnabled(m_assigned->currentRow() >= 0 && !m_assigned->selectedItems().isEmpty());
}

QString UnassignedReportsPanel::statusText() const
{
    return m_status->text();
}

bool UnassignedReportsPanel::selectDomain(const QString &domain)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, DomainColumn)->data(Qt::UserRole).toString() == domain) {
            m_table->selectRow(r);
            return true;
        }
    }
    return false;
}

AssignDomainDialog *UnassignedReportsPanel::assignSelected()
{
    const int row = m_table->currentRow();
    if (!m_workspace || row < 0 || m_table->selectedItems().isEmpty())
        return nullptr;
    const QString domain = m_table->item(row, DomainColumn)->data(Qt::UserRole).toString();
    if (domain.isEmpty())
        return nullptr;
    auto *dialog = new AssignDomainDialog(m_workspace, domain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(
            tr("%1 now takes the reports for %2.").arg(dialog->engagementName(), dialog->domain()) +
            u" "_s +
            tr("%n stored report(s) moved to the engagement.", nullptr, dialog->reportsMoved()));
        reload();
        const qint64 id = dialog->engagementId();
        Q_EMIT assigned(id, dialog->domain());
        m_workspace->notifyChanged(id); // the engagement's views reload with its new reports
    });
    dialog->open();
    return dialog;
}

void UnassignedReportsPanel::removeSelected()
{
    const int row = m_assigned->currentRow();
    if (!m_workspace || row < 0)
        return;
    const QString domain = m_assigned->item(row, 0)->data(Qt::UserRole).toString();
    const qint64 id = m_assigned->item(row, 1)->data(Qt::UserRole).toLongLong();
    Result<int> moved = tlsrpt::ReportDomains(m_workspace->context()).unassign(id, domain);
    if (!moved) {
        m_status->setText(moved.error().message);
        return;
    }
    m_status->setText(
        tr("%1 no longer takes the reports for %2.").arg(m_assigned->item(row, 1)->text(), domain) +
        u" "_s + tr("%n stored report(s) left the engagement.", nullptr, *moved));
    reload();
    m_workspace->notifyChanged(id);
}

} // namespace sts::ui
