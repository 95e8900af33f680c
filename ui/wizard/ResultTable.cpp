#include "wizard/ResultTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sts::ui {

void setUpResultTable(QTableWidget *table, const QStringList &headers, int stretchColumn)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
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
