#include "portfolio/PortfolioProxy.h"

#include "portfolio/PortfolioModel.h"

namespace sts::ui {

PortfolioProxy::PortfolioProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void PortfolioProxy::setFilter(const PortfolioFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool PortfolioProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const PortfolioModel *>(sourceModel());
    return m_filter.accepts(model->rowAt(sourceRow));
}

bool PortfolioProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const PortfolioModel *>(sourceModel());
    return Portfolio::less(model->rowAt(left.row()), model->rowAt(right.row()),
                           PortfolioModel::sortKey(left.column()));
}

} // namespace sts::ui
