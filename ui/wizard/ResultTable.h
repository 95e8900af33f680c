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

// Keeps `table` no taller than its rows need (at least `minimumRows` of the current height), so
// that a short table beside a long one leaves the room to the long one.
void fitHeightToRows(QTableWidget *table, int minimumRows = 2);

} // namespace sts::ui
