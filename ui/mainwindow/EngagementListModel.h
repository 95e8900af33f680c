#pragma once

#include "engagement/Engagement.h"

#include <QAbstractListModel>
#include <QHash>

namespace sts::ui {

// The engagements shown in the main window's list, as loaded by the caller.
class EngagementListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, DomainRole, AssigneeRole };

    using QAbstractListModel::QAbstractListModel;

    // `assignees`: the consultant each assigned engagement is assigned to (services::Assignments).
    void setEngagements(QList<Engagement> engagements, QHash<qint64, QString> assignees = {});
    const Engagement *engagementAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Engagement> m_engagements;
    QHash<qint64, QString> m_assignees;
};

} // namespace sts::ui
