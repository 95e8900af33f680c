#include "mainwindow/DeferredChanges.h"

#include <QApplication>

namespace sts::ui {

DeferredChanges::DeferredChanges(QObject *parent) : QObject(parent)
{
    // A modal dialog has no "closed" signal the window could hear from every dialog; asking
    // again a few times a second is cheap and catches all of them.
    m_retry.setSingleShot(true);
    m_retry.setInterval(300);
    connect(&m_retry, &QTimer::timeout, this, &DeferredChanges::deliver);
}

void DeferredChanges::add(qint64 engagementId)
{
    m_pending.insert(engagementId);
    if (!m_retry.isActive())
        m_retry.start(0);
}

void DeferredChanges::deliver()
{
    if (m_pending.isEmpty())
        return;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_retry.start(300);
        return;
    }
    Q_EMIT ready(std::exchange(m_pending, {}));
}

} // namespace sts::ui
