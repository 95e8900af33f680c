#include "reports/StoredReportsPanel.h"

#include "common/PlainToolTip.h"
#include "reports/ReportTables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

StoredReportsPanel::StoredReportsPanel(QWidget *parent)
    : QWidget(parent), m_prompt(&askForReason), m_hint(new QLabel(this)),
      m_table(new QTableWidget(this)), m_remove(new QPushButton(tr("Re&move…"), this)),
      m_quarantine(new QPushButton(tr("Send to &quarantine…"), this))
{
    setObjectName(u"storedReportsPanel"_s);
    m_hint->setWordWrap(true);
    m_table->setObjectName(u"storedReportsTable"_s);
    prepareReportTable(m_table, {tr("Day"), tr("Sender"), tr("Report id"), tr("Successful"),
                                 tr("Failed"), tr("Origin")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OriginColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_remove->setObjectName(u"removeReport"_s);
    m_remove->setToolTip(tr("Delete the selected report from the workspace"));
    m_quarantine->setObjectName(u"quarantineReport"_s);
    m_quarantine->setToolTip(
        tr("Take the selected report out of the counts and keep its bytes in the quarantine"));
    for (QPushButton *button : {m_remove, m_quarantine})
        button->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_quarantine);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_quarantine, &QPushButton::clicked, this,
            [this] { quarantineRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_table->selectedItems().isEmpty();
        m_remove->setEnabled(any);
        m_quarantine->setEnabled(any);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_table->rowAt(at.y());
        if (reportAt(row) == 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("Send to &quarantine…"), this, [this, row] { quarantineRow(row); });
        menu.addAction(tr("Re&move…"), this, [this, row] { removeRow(row); });
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
}

void StoredReportsPanel::setFilter(const tlsrpt::StoredReportFilter &filter)
{
    tlsrpt::StoredReportFilter limited = filter;
    limited.limit = listLimit + 1; // one more tells that there are more
    m_stale = true;
    m_filter = limited;
    requestIfStale();
}

void StoredReportsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    requestIfStale();
}

void StoredReportsPanel::requestIfStale()
{
    if (!m_stale || !isVisible() || m_filter.engagementId == 0)
        return;
    m_stale = false;
    Q_EMIT loadRequested(m_filter);
}

void StoredReportsPanel::setReports(const tlsrpt::StoredReportFilter &filter,
                                    const QList<tlsrpt::StoredReportInfo> &reports,
                                    const QString &error)
{
    if (filter.engagementId != m_filter.engagementId || filter.from != m_filter.from ||
        filter.to != m_filter.to || filter.sender != m_filter.sender)
        return; // an answer for filters that have changed since
    m_reports = reports.mid(0, listLimit);
    const QLocale locale;
    if (!error.isEmpty())
        m_hint->setText(tr("Cannot list the reports: %1").arg(error));
    else if (reports.size() > listLimit)
        m_hint->setText(tr("The first %1 reports of the chosen range; choose a shorter range or "
                           "one sender to see the others.")
                            .arg(locale.toString(listLimit)));
    else
        m_hint->setText(tr("The reports of the chosen range. Take a wrong one out again: removed, "
                           "or sent back to the quarantine with its bytes. Both are recorded in "
                           "the event log; importing the report again brings it back."));
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const tlsrpt::StoredReportInfo &r = m_reports.at(row);
        const auto put = [&](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(plainToolTip(text));
            item->setData(Qt::UserRole, r.id);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        put(DayColumn, locale.toString(r.startAt.toUTC().date(), QLocale::ShortFormat));
        put(SenderColumn, r.sender);
        put(ReportIdColumn, r.reportId);
        put(SuccessfulColumn, locale.toString(r.successfulSessions), true);
        put(FailedColumn, locale.toString(r.failedSessions), true);
        put(OriginColumn, r.origin);
    }
    m_remove->setEnabled(false);
    m_quarantine->setEnabled(false);
}

qint64 StoredReportsPanel::reportAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, DayColumn);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void StoredReportsPanel::removeRow(int row)
{
    takeOut(row, false);
}

void StoredReportsPanel::quarantineRow(int row)
{
    takeOut(row, true);
}

void StoredReportsPanel::takeOut(int row, bool toQuarantine)
{
    const qint64 id = reportAt(row);
    if (id == 0)
        return;
    const QString what =
        tr("Report “%1” from %2 of %3.")
            .arg(m_table->item(row, ReportIdColumn)->text(),
                 m_table->item(row, SenderColumn)->text(), m_table->item(row, DayColumn)->text());
    const std::optional<QString> reason =
        toQuarantine
            ? m_prompt(this, tr("Send to quarantine"),
                       what + u"\n\n"_s +
                           tr("Take it out of the counts and keep its bytes in the quarantine?"),
                       true)
            : m_prompt(this, tr("Remove report"),
                       what + u"\n\n"_s +
                           tr("Delete it from the workspace? Its counts leave every summary."),
                       false);
    if (reason)
        Q_EMIT takeOutRequested(id, toQuarantine, *reason);
}

} // namespace sts::ui
