#include "mainwindow/EngagementListModel.h"

#include "common/PlainToolTip.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sts::ui {

void EngagementListModel::setEngagements(QList<Engagement> engagements)
{
    beginResetModel();
    m_engagements = std::move(engagements);
    endResetModel();
}

const Engagement *EngagementListModel::engagementAt(int row) const
{
    return row >= 0 && row < m_engagements.size() ? &m_engagements.at(row) : nullptr;
}

int EngagementListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_engagements.size(); ++row) {
        if (m_engagements.at(row).id == id)
            return row;
    }
    return -1;
}

int EngagementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_engagements.size());
}

QVariant EngagementListModel::data(const QModelIndex &index, int role) const
{
    const Engagement *e = engagementAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return e->archived ? tr("%1\n%2 — archived").arg(e->customer, e->domain.display)
                           : u"%1\n%2"_s.arg(e->customer, e->domain.display);
    case Qt::ToolTipRole:
        return plainToolTip(
            tr("%1 — %2\nConsultant: %3\nCreated: %4")
                .arg(e->customer, e->domain.display, e->consultant,
                     QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat)));
    case Qt::AccessibleTextRole:
        return e->title();
    case Qt::ForegroundRole:
        if (e->archived)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (e->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return e->id;
    case ArchivedRole:
        return e->archived;
    case DomainRole:
        return e->domain.ace;
    default:
        return {};
    }
}

} // namespace sts::ui
