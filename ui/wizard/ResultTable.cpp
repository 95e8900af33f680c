#include "wizard/ResultTable.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace sts::ui {

namespace {

// For the columns sized to their contents: their text never needs wrapping, yet with wrapping on
// Qt measured some cells (“AAAA (IPv6 addresses)”) as two lines and made their rows taller than
// their neighbours. Line breaks in the text still start new lines.
class SingleLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

} // namespace

void setUpResultTable(QTableWidget *table, const QStringList &headers, int stretchColumn)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    // Rows follow their contents whenever the columns change width, not only when filled.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setTabKeyNavigation(false);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    else
        header->setStretchLastSection(true);
    const int wrapping = stretchColumn >= 0 ? stretchColumn : table->columnCount() - 1;
    auto *singleLine = new SingleLineDelegate(table);
    for (int column = 0; column < table->columnCount(); ++column) {
        if (column != wrapping)
            table->setItemDelegateForColumn(column, singleLine);
    }
}

void fitHeightToRows(QTableWidget *table, int minimumRows)
{
    const auto fit = [table, minimumRows] {
        QHeaderView *rows = table->verticalHeader();
        const int rowCount = table->rowCount();
        int height = rows->length();
        if (rowCount < minimumRows)
            height += (minimumRows - rowCount) * rows->defaultSectionSize();
        const QScrollBar *bar = table->horizontalScrollBar();
        // The header's hint, not its height: before the page is shown it has none yet. Two
        // pixels more than the sum keep the vertical scroll bar away.
        table->setMaximumHeight(2 * table->frameWidth() +
                                table->horizontalHeader()->sizeHint().height() + height +
                                (bar->isVisible() ? bar->height() : 0) + 2);
    };
    QObject::connect(table->verticalHeader(), &QHeaderView::sectionResized, table, fit);
    QObject::connect(table->verticalHeader(), &QHeaderView::sectionCountChanged, table, fit);
    fit();
}

QTableWidget *newResultTable(const QString &objectName, const QStringList &headers,
                             int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    setUpResultTable(table, headers, stretchColumn);
    return table;
}

} // namespace sts::ui
