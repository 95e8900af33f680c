#include "reports/ReportsView.h"

#include "mainwindow/Workspace.h"
#include "reports/ConflictsPanel.h"
#include "reports/ImportPanel.h"
#include "reports/ImportRunner.h"
#include "reports/QuarantinePanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"
#include "reports/StoredReportsPanel.h"
#include "services/ReportCuration.h"
#include "util/PrintableText.h"
#include "util/Saturating.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QChartView *newChartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Double-click on any bar of `chart` calls `handler(index, key)`; key is the set's keyProperty.
template <typename Handler> void onBarDoubleClicked(QChart *chart, QObject *context, Handler h)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            QObject::connect(bars, &QAbstractBarSeries::doubleClicked, context,
                             [h](int index, QBarSet *set) {
                                 h(index, set->property(reportcharts::keyProperty).toString());
                             });
        }
    }
}

// The table beside a chart as wide as its columns need (the chart keeps at least its minimum).
void fitTableBesideChart(QTableWidget *table)
{
    auto *split = qobject_cast<QSplitter *>(table->parentWidget());
    if (!split || split->count() != 2 || split->width() <= 0)
        return;
    const int room = split->width() - split->handleWidth();
    const int tableWidth =
        std::min(table->sizeHint().width(), room - split->widget(1)->minimumWidth());
    split->setSizes({tableWidth, room - tableWidth});
}

} // namespace

ReportsView::ReportsView(QWidget *parent)
    : QWidget(parent), m_loader(new ReportsLoader(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_sender(new QComboBox(this)),
      m_wholePeriod(new QPushButton(tr("&Whole period"), this)), m_summary(new QLabel(this)),
      m_dailyView(newChartView(u"dailyChart"_s, this)),
      m_senderView(newChartView(u"senderChart"_s, this)),
      m_mxView(newChartView(u"mxHostChart"_s, this)), m_tabs(new QTabWidget(this)),
      m_senderTable(new SenderTable(this)), m_mxTable(new MxHostTable(this)),
      m_detailsTitle(new QLabel(this)), m_detailsTable(new FailureDetailsTable(this)),
      m_storedReports(new StoredReportsPanel(this)), m_conflicts(new ConflictsPanel(this)),
      m_quarantine(new QuarantinePanel(this)), m_importPanel(new ImportPanel(this))
{
    setObjectName(u"reportsView"_s);
    setAcceptDrops(true);
    m_summary->setObjectName(u"reportsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsTitle->setObjectName(u"detailsTitle"_s);
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextFormat(Qt::PlainText); // shows sender and host names
    m_detailsTitle->setText(
        tr("Double-click a bar or a row to see the failure details behind it."));
    m_tabs->setObjectName(u"reportTabs"_s);
    m_senderTable->setToolTip(tr("Double-click a sender to see its failure details"));
    m_mxTable->setToolTip(tr("Double-click a host to see its failure details"));

    // The horizontal bar charts stay legible beside their tables.
    m_senderView->setMinimumWidth(260);
    m_mxView->setMinimumWidth(260);
    auto *senders = new QSplitter(Qt::Horizontal, this);
    senders->addWidget(m_senderTable);
    senders->addWidget(m_senderView);
    senders->setStretchFactor(1, 1);
    auto *hosts = new QSplitter(Qt::Horizontal, this);
    hosts->addWidget(m_mxTable);
    hosts->addWidget(m_mxView);
    hosts->setStretchFactor(1, 1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsTable, 1);
    m_tabs->addTab(senders, tr("Senders"));
    m_tabs->addTab(hosts, tr("MX hosts"));
    m_tabs->addTab(details, tr("Failure details"));
    m_tabs->addTab(m_storedReports, tr("Stored reports"));
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    m_tabs->addTab(m_quarantine, tr("Quarantine"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_dailyView);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilterRow());
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_importPanel);

    connect(m_loader, &ReportsLoader::loaded, this, &ReportsView::setData);
    connect(m_loader, &ReportsLoader::detailsLoaded, this, &ReportsView::showDetails);
    connect(m_importPanel, &ImportPanel::imported, this, &ReportsView::importFinished);
    connect(m_quarantine, &QuarantinePanel::retryRequested, m_importPanel,
            &ImportPanel::retryQuarantine);
    connect(m_storedReports, &StoredReportsPanel::loadRequested, m_loader,
            &ReportsLoader::loadReports);
    connect(m_loader, &ReportsLoader::reportsLoaded, this, [this](const StoredReportsResult &r) {
        m_storedReports->setReports(r.filter, r.reports, r.error);
    });
    connect(m_storedReports, &StoredReportsPanel::takeOutRequested, this, &ReportsView::takeOut);
    connect(m_conflicts, &ConflictsPanel::keepRequested, this, &ReportsView::keepVersion);
    connect(m_senderTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        tlsrpt::FailureDetailFilter filter;
        filter.sender =
            m_senderTable->item(row, SenderTable::SenderColumn)->data(Qt::UserRole).toString();
        drillDown(filter);
    });
    connect(m_mxTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        tlsrpt::FailureDetailFilter filter;
        filter.receivingMx =
            m_mxTable->item(row, MxHostTable::HostColumn)->data(Qt::UserRole).toString();
        filter.receivingMxSet = true;
        drillDown(filter);
    });
    replaceChart(m_dailyView, new QChart);
    replaceChart(m_senderView, new QChart);
    replaceChart(m_mxView, new QChart);
}

ReportsView::~ReportsView() = default;

QWidget *ReportsView::buildFilterRow()
{
    auto *row = new QWidget(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updatingFilters)
                return;
            m_userRange = true;
            rebuild();
        });
    }
    m_from->setObjectName(u"rangeFrom"_s);
    m_to->setObjectName(u"rangeTo"_s);
    m_sender->setObjectName(u"senderFilter"_s);
    m_sender->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sender->setMinimumContentsLength(14);
    m_wholePeriod->setObjectName(u"wholePeriod"_s);
    connect(m_sender, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingFilters)
            rebuild();
    });
    connect(m_wholePeriod, &QPushButton::clicked, this, [this] {
        m_userRange = false;
        setRange(m_firstDay, m_lastDay);
        m_userRange = false;
    });

    auto *fromLabel = new QLabel(tr("&From:"), row);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), row);
    toLabel->setBuddy(m_to);
    auto *senderLabel = new QLabel(tr("&Sender:"), row);
    senderLabel->setBuddy(m_sender);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_wholePeriod);
    layout->addSpacing(12);
    layout->addWidget(senderLabel);
    layout->addWidget(m_sender);
    layout->addStretch();
    return row;
}

void ReportsView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_loader->setWorkspace(workspace);
    m_importPanel->setWorkspace(workspace);
}

void ReportsView::showEngagement(qint64 engagementId)
{
    m_importPanel->setEngagement(engagementId);
    if (engagementId != m_engagementId) {
        m_engagementId = engagementId;
        m_userRange = false;
        m_data = ReportsData{};
        m_importPanel->clearSummary();
        m_detailsTable->setDetails({});
    }
    m_stale = true;
    if (isVisible())
        reload();
}

void ReportsView::reload()
{
    m_stale = false;
    if (m_workspace && m_engagementId != 0)
        m_loader->load(m_engagementId);
}

bool ReportsView::isBusy() const
{
    return m_loader->isBusy() || m_importPanel->isImporting();
}

void ReportsView::setData(const ReportsData &data)
{
    m_data = data;
    m_firstDay = m_lastDay = QDate();
    QSet<QString> senders;
    for (const tlsrpt::DailySummary &day : data.days) {
        if (!m_firstDay.isValid() || day.day < m_firstDay)
            m_firstDay = day.day;
        if (!m_lastDay.isValid() || day.day > m_lastDay)
            m_lastDay = day.day;
        senders.insert(day.sender);
    }
    QStringList sorted(senders.cbegin(), senders.cend());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });

    m_updatingFilters = true;
    const QString sender = senderFilter();
    m_sender->clear();
    m_sender->addItem(tr("All senders"), QString());
    for (const QString &name : sorted)
        m_sender->addItem(printable(name), name);
    m_sender->setCurrentIndex(std::max(0, m_sender->findData(sender)));
    const bool any = m_firstDay.isValid();
    if (!m_userRange) {
        // Without reports the range shows today rather than QDateEdit's 1 January 2000.
        const QDate today =
            (m_workspace ? m_workspace->clock()->now() : QDateTime::currentDateTimeUtc())
                .toUTC()
                .date();
        m_from->setDate(any ? m_firstDay : today);
        m_to->setDate(any ? m_lastDay : today);
    }
    // Nothing to filter yet.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_from, m_to, m_wholePeriod, m_sender})
        filter->setEnabled(any || m_userRange);
    m_updatingFilters = false;

    m_quarantine->setEntries(data.quarantine);
    m_tabs->setTabText(QuarantineTab, data.quarantine.isEmpty()
                                          ? tr("Quarantine")
                                          : tr("Quarantine (%1)").arg(data.quarantine.size()));
    m_conflicts->setConflicts(data.conflicts);
    m_tabs->setTabText(ConflictsTab, data.conflicts.isEmpty()
                                         ? tr("Conflicts")
                                         : tr("Conflicts (%1)").arg(data.conflicts.size()));
    rebuild();
    if (!m_tablesFitted && !data.days.isEmpty() && isVisible()) {
        fitTableBesideChart(m_senderTable);
        fitTableBesideChart(m_mxTable);
        m_tablesFitted = true;
    }
}

void ReportsView::rebuild()
{
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    const QString sender = senderFilter();
    auto keep = [&](const QDate &day, const QString &from_) {
        return day >= from && day <= to && (sender.isEmpty() || from_ == sender);
    };
    QList<tlsrpt::DailySummary> days;
    QList<tlsrpt::FailureBreakdown> failures;
    qint64 reports = 0, successful = 0, failed = 0;
    for (const tlsrpt::DailySummary &day : std::as_const(m_data.days)) {
        if (keep(day.day, day.sender)) {
            days << day;
            reports += day.reports;
            addCount(successful, day.successfulSessions);
            addCount(failed, day.failedSessions);
        }
    }
    for (const tlsrpt::FailureBreakdown &failure : std::as_const(m_data.failures)) {
        if (keep(failure.day, failure.sender))
            failures << failure;
    }

    QChart *daily = reportcharts::dailyResultsChart(days, failures, from, to);
    onBarDoubleClicked(daily, this, [this, from](int index, const QString &key) {
        tlsrpt::FailureDetailFilter filter;
        filter.from = filter.to = from.addDays(index);
        if (key != QString::fromUtf16(reportcharts::successKey))
            filter.resultType = key;
        drillDown(filter);
    });
    replaceChart(m_dailyView, daily);
    QChart *bySender = reportcharts::senderChart(days);
    replaceChart(m_senderView, bySender);
    QChart *byHost = reportcharts::mxHostChart(failures);
    replaceChart(m_mxView, byHost);
    m_senderTable->setSummaries(days);
    m_mxTable->setFailures(failures);
    m_storedReports->setFilter({m_engagementId, from, to, sender, 0});

    const QLocale locale;
    if (!m_data.error.isEmpty()) {
        m_summary->setText(tr("Cannot read the reports: %1").arg(m_data.error));
    } else if (m_data.days.isEmpty()) {
        m_summary->setText(tr("No reports for this engagement yet. Import reports (files, "
                              "folders, mailboxes) or drop them here."));
    } else {
        const qint64 total = saturatingAdd(successful, failed);
        m_summary->setText(
            tr("%1 – %2: %n report(s), ", nullptr, int(reports))
                .arg(locale.toString(from, QLocale::ShortFormat),
                     locale.toString(to, QLocale::ShortFormat)) +
            tr("%1 sessions, %2 failed (%3 %)")
                .arg(locale.toString(total), locale.toString(failed),
                     locale.toString(total > 0 ? 100.0 * double(failed) / double(total) : 0.0, 'f',
                                     2)));
    }
    if (!m_data.conflicts.isEmpty())
        m_summary->setText(m_summary->text() +
                           (m_summary->text().endsWith(u'.') ? u" "_s : u". "_s) +
                           tr("%n report(s) in conflict are not counted until you keep one "
                              "version (Conflicts).",
                              nullptr, int(m_data.conflicts.size())));
    Q_EMIT dataShown();
}

void ReportsView::replaceChart(QChartView *view, QChart *chart)
{
    // The view releases, but does not delete, the chart it showed before.
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
}

void ReportsView::setRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    m_updatingFilters = true;
    m_from->setDate(std::min(from, to));
    m_to->setDate(std::max(from, to));
    m_updatingFilters = false;
    m_userRange = true;
    rebuild();
}

QDate ReportsView::rangeFrom() const
{
    return m_from->date();
}

QDate ReportsView::rangeTo() const
{
    return m_to->date();
}

void ReportsView::setSenderFilter(const QString &sender)
{
    const int index = m_sender->findData(sender);
    if (index >= 0)
        m_sender->setCurrentIndex(index);
}

QString ReportsView::senderFilter() const
{
    return m_sender->currentData().toString();
}

QStringList ReportsView::senders() const
{
    QStringList names;
    for (int i = 1; i < m_sender->count(); ++i)
        names << m_sender->itemData(i).toString();
    return names;
}

void ReportsView::showDay(const QDate &day)
{
    setRange(day, day);
    tlsrpt::FailureDetailFilter filter;
    filter.from = filter.to = day;
    drillDown(filter);
}

void ReportsView::drillDown(tlsrpt::FailureDetailFilter filter)
{
    filter.engagementId = m_engagementId;
    if (!filter.from.isValid())
        filter.from = rangeFrom();
    if (!filter.to.isValid())
        filter.to = rangeTo();
    if (filter.sender.isEmpty())
        filter.sender = senderFilter();

    const QLocale locale;
    QStringList parts;
    parts << (filter.from == filter.to
                  ? locale.toString(filter.from, QLocale::ShortFormat)
                  : u"%1 – %2"_s.arg(locale.toString(filter.from, QLocale::ShortFormat),
                                     locale.toString(filter.to, QLocale::ShortFormat)));
    if (!filter.sender.isEmpty())
        parts << printable(filter.sender);
    if (!filter.resultType.isEmpty())
        parts << printable(filter.resultType);
    if (filter.receivingMxSet)
        parts << (filter.receivingMx.isEmpty() ? tr("MX host not reported")
                                               : printable(filter.receivingMx));
    m_detailsTitle->setText(tr("Failure details: %1").arg(parts.join(u" · "_s)));
    m_tabs->setCurrentIndex(DetailsTab);
    m_loader->loadDetails(filter);
}

QString ReportsView::detailsTitle() const
{
    return m_detailsTitle->text();
}

void ReportsView::showDetails(const FailureDetailsResult &result)
{
    m_detailsTable->setDetails(result.rows);
    if (!result.error.isEmpty())
        m_detailsTitle->setText(tr("Cannot read the failure details: %1").arg(result.error));
    else if (result.rows.isEmpty())
        m_detailsTitle->setText(m_detailsTitle->text() + u"\n"_s +
                                tr("No failures reported for this selection."));
    Q_EMIT detailsShown();
}

QChart *ReportsView::dailyChart() const
{
    return m_dailyView->chart();
}

QChart *ReportsView::senderChart() const
{
    return m_senderView->chart();
}

QChart *ReportsView::mxHostChart() const
{
    return m_mxView->chart();
}

QString ReportsView::summaryText() const
{
    return m_summary->text();
}

void ReportsView::importPaths(const QStringList &paths)
{
    m_importPanel->importPaths(paths);
}

void ReportsView::importFinished()
{
    // Other views (the Timeline) show the same reports: let every view reload.
    if (m_workspace && m_engagementId != 0)
        m_workspace->notifyChanged(m_engagementId);
    reload();
}

void ReportsView::takeOut(qint64 reportRow, bool toQuarantine, const QString &reason)
{
    if (!m_workspace)
        return;
    tlsrpt::ReportCuration curation(m_workspace->context());
    curated(toQuarantine ? curation.sendToQuarantine(reportRow, reason)
                         : curation.remove(reportRow, reason));
}

void ReportsView::keepVersion(qint64 versionId, const QString &reason)
{
    if (!m_workspace)
        return;
    curated(tlsrpt::ReportCuration(m_workspace->context()).keepVersion(versionId, reason));
}

void ReportsView::curated(const Status &done)
{
    if (!done)
        QMessageBox::warning(this, tr("Reports"), done.error().message);
    // Even a refused step may follow a change made elsewhere: show what is stored now.
    importFinished();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Reports may have arrived through another view (the Timeline's import) meanwhile.
    if (m_stale || m_engagementId != 0)
        reload();
}

void ReportsView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_importPanel->isImporting())
        event->acceptProposedAction();
}

void ReportsView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

} // namespace sts::ui
