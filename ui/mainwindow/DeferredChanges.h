#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sts::ui {

// Collects the engagements other connections changed and hands them on when the window may
// reload: not while a modal dialog (the wizard, Settings, a message box) is open, whose edits and
// the data they were made against must stay put. They are handed on once it has closed.
class DeferredChanges : public QObject
{
    Q_OBJECT
public:
    explicit DeferredChanges(QObject *parent = nullptr);

    void add(qint64 engagementId); // 0: the workspace
    bool isPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    // The engagements changed since the last time (0 among them: the workspace).
    void ready(const QSet<qint64> &engagementIds);

private:
    void deliver();

    QSet<qint64> m_pending;
    QTimer m_retry;
};

} // namespace sts::ui
