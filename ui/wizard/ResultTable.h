#pragma once

#include <QStringList>

class QWidget;

class QTableWidget;

namespace sts::ui {

// The wizard's read-only result tables (MX hosts, verdicts, probes, records, …) behave alike:
// whole rows are selected, nothing is edited in place, Tab leaves the table, columns fit their
// contents and `stretchColumn` (or the last one, when -1) takes the remaining width.
void setUpResultTable(QTableWidget *table, const QStringList &headers, int stretchColumn = -1);
// A new table of that kind, named `objectName` (tests find it by that name).
QTableWidget *newResultTable(const QString &objectName, const QStringList &headers,
                             int stretchColumn, QWidget *parent);

} // namespace sts::ui
