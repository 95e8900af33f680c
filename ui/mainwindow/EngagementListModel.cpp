#include "mainwindow/EngagementListModel.h"

#include "common/PlainToolTip.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sts::ui {

void EngagementListModel::setEngagements(QList<Engagement> engagements,
                                         QHash<qint64, QString> assignees)
{
    beginResetModel();
    m_engagements = std::move(engagements);
    m_assignees = std::move(assignees);
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
    const QString assignee = m_assignees.value(e->id);
    switch (role) {
    case Qt::DisplayRole: {
        // On the domain's line, so every row keeps two lines (the list has uniform rows).
        QString second = e->domain.display;
        if (!assignee.isEmpty())
            second = tr("%1 — assigned to %2").arg(second, assignee);
        return e->archived ? tr("%1\n%2 — archived").arg(e->customer, second)
                           : u"%1\n%2"_s.arg(e->customer, second);
    }
    case Qt::ToolTipRole:
        return plainToolTip(
            tr("%1 — %2\nConsultant: %3\nAssigned to: %4\nCreated: %5")
                .arg(e->customer, e->domain.display, e->consultant,
                     assignee.isEmpty() ? tr("nobody") : assignee,
                     QLocale().toString(e->createdAt.toLocalTime(), QLocale::ShortFormat)));
    case AssigneeRole:
        return assignee;
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
