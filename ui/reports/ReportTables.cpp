#include "reports/ReportTables.h"

#include "common/PlainToolTip.h"
#include "reports/ReportCharts.h"
#include "util/PrintableText.h"
#include "util/Saturating.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::ui {

void prepareReportTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    // One line per row: as tall as the text, not the style's 30 px header sections. Fixed, not
    // fitted to contents, so that thousands of failure details lay out at once.
    const int rowHeight = table->fontMetrics().height() + 6;
    table->verticalHeader()->setMinimumSectionSize(rowHeight);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
}

namespace {

// Senders, hosts and reason codes are what report senders wrote: shown with their control
// characters escaped (the raw value stays in Qt::UserRole where a filter needs it).
QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(printable(text));
    item->setToolTip(plainToolTip(item->text()));
    return item;
}

// Numbers sort as numbers and show with the locale's digit grouping.
class NumberItem : public QTableWidgetItem
{
public:
    explicit NumberItem(double value, const QString &text) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole + 1, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole + 1).toDouble() < other.data(Qt::UserRole + 1).toDouble();
    }
};

QTableWidgetItem *countItem(qint64 value)
{
    return new NumberItem(double(value), QLocale().toString(value));
}

QIcon swatch(const QString &resultType)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(resultType);
    if (it != cache.end())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QColor color = reportcharts::resultTypeColor(resultType);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawRect(0, 0, 11, 11);
    painter.end();
    return *cache.insert(resultType, QIcon(pixmap));
}

// The width that shows every column's header and contents whole (at most `cap`).
int naturalWidth(const QTableWidget *table, int cap)
{
    const QAbstractItemView *view = table; // sizeHintForColumn() is public only here
    // A few pixels to spare: the header rounds its sections up, and one pixel too few already
    // brings a horizontal scroll bar.
    int width = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width() + 4;
    for (int c = 0; c < table->columnCount(); ++c)
        width +=
            std::max(table->horizontalHeader()->sectionSizeHint(c), view->sizeHintForColumn(c));
    return std::min(width, cap);
}

// Filling thousands of rows: no re-sorting and no re-measuring per item.
template <typename Fill> void refill(QTableWidget *table, int rows, Fill fill)
{
    const bool sorting = table->isSortingEnabled();
    const int sortColumn = table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
    table->setSortingEnabled(false);
    // A section sized to its contents measures every row again after each setItem(), which made
    // filling quadratic (80 ms for 50 senders): fixed while filling, measured once afterwards.
    QHeaderView *header = table->horizontalHeader();
    QList<QHeaderView::ResizeMode> modes;
    for (int c = 0; c < header->count(); ++c) {
        modes << header->sectionResizeMode(c);
        header->setSectionResizeMode(c, QHeaderView::Fixed);
    }
    table->clearContents();
    table->setRowCount(rows);
    fill();
    for (int c = 0; c < header->count(); ++c)
        header->setSectionResizeMode(c, modes.at(c));
    table->setSortingEnabled(sorting);
    if (sorting)
        table->sortItems(sortColumn, order);
    table->updateGeometry(); // the natural width depends on the contents
}

} // namespace

SenderTable::SenderTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(u"senderTable"_s);
    // Two-line headers: a column as wide as "Successful sessions" left the chart beside the
    // table no room.
    prepareReportTable(this, {tr("Sender"), tr("Reports"), tr("Successful\nsessions"),
                              tr("Failed\nsessions"), tr("Failure\nrate")});
    // Every column as wide as it needs (a stretched sender column was the first to be squeezed
    // to nothing); the last one takes what is left.
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
    sortByColumn(FailedColumn, Qt::DescendingOrder);
}

QSize SenderTable::sizeHint() const
{
    return {naturalWidth(this, 640), QTableWidget::sizeHint().height()};
}

void SenderTable::setSummaries(const QList<tlsrpt::DailySummary> &days)
{
    struct Totals
    {
        qint64 reports = 0;
        qint64 successful = 0;
        qint64 failed = 0;
    };
    QMap<QString, Totals> bySender;
    for (const tlsrpt::DailySummary &day : days) {
        Totals &t = bySender[day.sender];
        t.reports += day.reports;
        addCount(t.successful, day.successfulSessions);
        addCount(t.failed, day.failedSessions);
    }
    const QLocale locale;
    refill(this, int(bySender.size()), [&] {
        int row = 0;
        for (auto it = bySender.cbegin(); it != bySender.cend(); ++it, ++row) {
            const Totals &t = it.value();
            auto *name = textItem(it.key());
            name->setData(Qt::UserRole, it.key());
            setItem(row, SenderColumn, name);
            setItem(row, ReportsColumn, countItem(t.reports));
            setItem(row, SuccessfulColumn, countItem(t.successful));
            setItem(row, FailedColumn, countItem(t.failed));
            const qint64 total = saturatingAdd(t.successful, t.failed);
            const double rate = total > 0 ? 100.0 * double(t.failed) / double(total) : 0.0;
            setItem(row, RateColumn,
                    new NumberItem(rate, total > 0 ? tr("%1 %").arg(locale.toString(rate, 'f', 1))
                                                   : tr("—")));
        }
    });
}

QSize MxHostTable::sizeHint() const
{
    return {naturalWidth(this, 560), QTableWidget::sizeHint().height()};
}

MxHostTable::MxHostTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(u"mxHostTable"_s);
    prepareReportTable(this, {tr("Receiving MX host"), tr("Failed\nsessions"), tr("Result types")});
    horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(FailedColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ResultTypesColumn, QHeaderView::Stretch);
    setSortingEnabled(true);
    sortByColumn(FailedColumn, Qt::DescendingOrder);
}

void MxHostTable::setFailures(const QList<tlsrpt::FailureBreakdown> &failures)
{
    QMap<QString, QMap<QString, qint64>> byHost;
    for (const tlsrpt::FailureBreakdown &f : failures)
        addCount(byHost[f.receivingMx][f.resultType], f.failedSessions);
    const QLocale locale;
    refill(this, int(byHost.size()), [&] {
        int row = 0;
        for (auto it = byHost.cbegin(); it != byHost.cend(); ++it, ++row) {
            // Microsoft omits the MX host in its failure details.
            auto *host = textItem(it.key().isEmpty() ? tr("(not reported)") : it.key());
            host->setData(Qt::UserRole, it.key());
            qint64 total = 0;
            QString dominant;
            QStringList parts;
            for (auto type = it.value().cbegin(); type != it.value().cend(); ++type) {
                addCount(total, type.value());
                if (dominant.isEmpty() || type.value() > it.value().value(dominant))
                    dominant = type.key();
                parts << u"%1: %2"_s.arg(type.key(), locale.toString(type.value()));
            }
            setItem(row, HostColumn, host);
            setItem(row, FailedColumn, countItem(total));
            auto *types = textItem(parts.join(u" · "_s));
            types->setIcon(swatch(dominant));
            setItem(row, ResultTypesColumn, types);
        }
    });
}

FailureDetailsTable::FailureDetailsTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(u"failureDetailsTable"_s);
    prepareReportTable(this, {tr("Day"), tr("Sender"), tr("Result type"), tr("Sending IP"),
                              tr("Receiving MX"), tr("Receiving HELO"), tr("Receiving IP"),
                              tr("Failed sessions"), tr("Failure reason code"),
                              tr("Additional information")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
    sortByColumn(DayColumn, Qt::AscendingOrder);
}

void FailureDetailsTable::setDetails(const QList<tlsrpt::FailureDetailRow> &details)
{
    const QLocale locale;
    refill(this, int(details.size()), [&] {
        for (int row = 0; row < details.size(); ++row) {
            const tlsrpt::FailureDetailRow &d = details.at(row);
            auto *day = new NumberItem(double(d.day.toJulianDay()),
                                       locale.toString(d.day, QLocale::ShortFormat));
            day->setData(Qt::UserRole, d.day);
            setItem(row, DayColumn, day);
            setItem(row, SenderColumn, textItem(d.sender));
            auto *type = textItem(d.resultType);
            type->setIcon(swatch(d.resultType));
            setItem(row, ResultTypeColumn, type);
            setItem(row, SendingIpColumn, textItem(d.sendingIp));
            setItem(row, ReceivingMxColumn, textItem(d.receivingMx));
            setItem(row, ReceivingHeloColumn, textItem(d.receivingHelo));
            setItem(row, ReceivingIpColumn, textItem(d.receivingIp));
            setItem(row, FailedColumn, countItem(d.failedSessions));
            setItem(row, ReasonCodeColumn, textItem(d.failureReasonCode));
            setItem(row, AdditionalInformationColumn, textItem(d.additionalInformation));
        }
    });
    resizeColumnsToContents();
}

} // namespace sts::ui
