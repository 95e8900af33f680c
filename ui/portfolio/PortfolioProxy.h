#pragma once

#include "services/Portfolio.h"

#include <QSortFilterProxyModel>

namespace sts::ui {

// Sorts a PortfolioModel by Portfolio::less (the CLI's order) and filters it by PortfolioFilter
// (the CLI's --attention and --mine), so the two faces cannot disagree.
class PortfolioProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PortfolioProxy(QObject *parent = nullptr);

    void setFilter(const PortfolioFilter &filter);
    const PortfolioFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PortfolioFilter m_filter;
};

} // namespace sts::ui
