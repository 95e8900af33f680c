#pragma once

#include "engagement/Engagement.h"

#include <QAbstractListModel>

namespace sts::ui {

// The engagements shown in the main window's list, as loaded by the caller.
class EngagementListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, DomainRole };

    using QAbstractListModel::QAbstractListModel;

    void setEngagements(QList<Engagement> engagements);
    const Engagement *engagementAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<Engagement> m_engagements;
};

} // namespace sts::ui
