#pragma once

#include "reports/ReportCharts.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>

// What a chart of the Reports view shows, for the GUI tests.
namespace sts::test {

// The bar set whose key (result type or "success") is `key`, or null.
inline QBarSet *barSet(QChart *chart, const QString &key)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->property(ui::reportcharts::keyProperty).toString() == key)
                    return set;
            }
        }
    }
    return nullptr;
}

inline QList<qreal> values(QBarSet *set)
{
    QList<qreal> v;
    for (int i = 0; set && i < set->count(); ++i)
        v << set->at(i);
    return v;
}

} // namespace sts::test
