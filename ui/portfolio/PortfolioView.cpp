#include "portfolio/PortfolioView.h"

#include "mainwindow/Workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

PortfolioView::PortfolioView(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_search(new QLineEdit(this)),
      m_attention(new QToolButton(this)), m_mine(new QToolButton(this)),
      m_table(new QTableView(this)), m_error(new QLabel(this)), m_tasks(new TaskRunner(this, 2))
{
    setObjectName(u"portfolioView"_s);
    auto *title = new QLabel(tr("Portfolio"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    m_summary->setObjectName(u"portfolioSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_search->setObjectName(u"portfolioSearch"_s);
    m_search->setPlaceholderText(tr("Filter by customer or domain"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_attention->setObjectName(u"portfolioAttention"_s);
    m_attention->setText(tr("Needs &attention"));
    m_attention->setToolTip(
        tr("Only engagements with open warnings or critical findings, blocked past day 30 of "
           "testing, a jump in the failure rate, a major sender silent for more than 3 days or a "
           "certificate expiring within 30 days."));
    m_mine->setObjectName(u"portfolioMine"_s);
    m_mine->setText(tr("&Mine"));
    m_mine->setToolTip(tr("Only the engagements assigned to you."));
    for (QToolButton *toggle : {m_attention, m_mine}) {
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(toggle, &QToolButton::toggled, this, &PortfolioView::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, this, &PortfolioView::applyFilter);

    m_proxy.setSourceModel(&m_model);
    m_table->setObjectName(u"portfolioTable"_s);
    m_table->setModel(&m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PortfolioModel::Customer, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Portfolio"));
    // Double-click and Enter both activate (QAbstractItemView), as in the engagement list.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(PortfolioModel::IdRole).toLongLong());
    });
    m_error->setObjectName(u"portfolioError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828"_s);
    m_error->hide();
    setFocusProxy(m_table); // Home lands on the table, ready for the arrow keys and Enter

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_summary, 1, Qt::AlignBottom);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_attention);
    tools->addWidget(m_mine);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(tools);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    updateSummary();
}

void PortfolioView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &PortfolioView::reload);
    reload();
}

void PortfolioView::reload()
{
    if (!m_workspace)
        return;
    m_load.start(
        [context = m_workspace->context()](const CancelToken &,
                                           Progress &) -> Result<PortfolioSnapshot> {
            // A connection of this worker thread, closed when the load ends.
            Result<ServiceContext> own = context.forThisThread();
            if (!own)
                return own.error();
            return Portfolio(*own).load();
        },
        [this](const Result<PortfolioSnapshot> &snapshot) {
            m_error->setVisible(!snapshot);
            if (!snapshot) {
                m_error->setText(snapshot.error().message);
                return;
            }
            showSnapshot(*snapshot);
        });
    updateSummary();
}

void PortfolioView::showSnapshot(const PortfolioSnapshot &snapshot)
{
    const qint64 selected = m_table->currentIndex().data(PortfolioModel::IdRole).toLongLong();
    const bool first = m_model.rowCount() == 0;
    m_model.setSnapshot(snapshot);
    if (first)
        m_table->resizeColumnsToContents();
    // A long blocking reason is elided (its tooltip has it whole): the findings stay in view.
    for (int column = 0; column < PortfolioModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column),
                                                 column == PortfolioModel::Readiness ? 220 : 200));
    if (const int row = m_model.rowOf(selected); row >= 0)
        m_table->setCurrentIndex(m_proxy.mapFromSource(m_model.index(row, 0)));
    else if (m_proxy.rowCount() > 0)
        m_table->setCurrentIndex(m_proxy.index(0, 0));
    updateSummary();
    Q_EMIT loaded();
}

void PortfolioView::applyFilter()
{
    PortfolioFilter filter;
    filter.text = m_search->text();
    filter.attentionOnly = m_attention->isChecked();
    filter.mineOnly = m_mine->isChecked();
    filter.me = m_model.snapshot().me; // as `stsdesk-cli portfolio --mine` uses it
    m_proxy.setFilter(filter);
    if (!m_table->currentIndex().isValid() && m_proxy.rowCount() > 0)
        m_table->setCurrentIndex(m_proxy.index(0, 0));
    updateSummary();
}

void PortfolioView::updateSummary()
{
    const PortfolioSnapshot &snapshot = m_model.snapshot();
    int attention = 0;
    for (const PortfolioRow &row : snapshot.rows)
        attention += row.needsAttention() ? 1 : 0;
    QStringList parts{tr("%n engagement(s)", nullptr, int(snapshot.rows.size())),
                      tr("%n need(s) attention", nullptr, attention)};
    if (m_proxy.rowCount() != m_model.rowCount())
        parts << tr("%n shown", nullptr, m_proxy.rowCount());
    parts << (snapshot.lastMonitorRun.isValid()
                  ? tr("monitoring last ran %1 UTC")
                        .arg(QLocale().toString(snapshot.lastMonitorRun.toUTC(),
                                                QLocale::ShortFormat))
                  : tr("monitoring has not run yet"));
    if (m_load.isRunning())
        parts << tr("loading…");
    m_summary->setText(parts.join(u"  ·  "_s));
}

} // namespace sts::ui
