#pragma once

#include "services/FindingAlerts.h"

#include <QObject>
#include <memory>

class QSystemTrayIcon;

namespace sts::ui {

// Tells the consultant at an open window about findings the monitoring stored meanwhile (the
// timer's run, a colleague's desk): once per new finding, as a tray message, or in the status
// bar where there is no system tray. check() is connected to the workspace's ChangeFeed; the
// decision (which findings, once) is services::FindingAlerts'.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Starts over for another workspace: what it holds now is the baseline.
    void setWorkspace(const ServiceContext &context);
    // Looks for new findings and announces each; returns how many it announced.
    int check();

    // The text announced for `alert`, e.g. "Müller GmbH (müller.de): The certificate of … ".
    static QString text(const FindingAlert &alert);

Q_SIGNALS:
    // Every announcement, whether shown in the tray or not (the window puts it in the status bar
    // when there is no tray).
    void announced(const QString &title, const QString &message, bool inTray);

private:
    std::unique_ptr<FindingAlerts> m_alerts;
    QSystemTrayIcon *m_tray = nullptr; // created on first use, when a tray exists
};

} // namespace sts::ui
