#pragma once

#include "engagement/Engagement.h"

#include <QWidget>

class QListWidget;
class QLabel;

namespace sts::ui {

// Shown when no engagement is open: what STS Desk does, a "New Engagement" button and the
// recently opened engagements.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecent(const QList<Engagement> &recent);

Q_SIGNALS:
    void newEngagementRequested();
    void openRequested(qint64 id);
    void unassignedReportsRequested();

private:
    QListWidget *m_recent;
    QLabel *m_recentTitle;
};

} // namespace sts::ui
