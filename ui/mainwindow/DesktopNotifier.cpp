#include "mainwindow/DesktopNotifier.h"

#include "services/FindingText.h"

#include <QApplication>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace sts::ui {

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setWorkspace(const ServiceContext &context)
{
    m_alerts = std::make_unique<FindingAlerts>(context);
    (void)m_alerts->takeNew(); // the baseline; a failure here shows up on the next check
}

QString DesktopNotifier::text(const FindingAlert &alert)
{
    // The program's language: the popup is for the person at this desk.
    return u"%1 (%2): %3"_s.arg(alert.customer, alert.domain, services::findingText(alert.finding));
}

int DesktopNotifier::check()
{
    if (!m_alerts)
        return 0;
    Result<QList<FindingAlert>> fresh = m_alerts->takeNew();
    if (!fresh || fresh->isEmpty())
        return 0;
    const bool tray =
        QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
    if (tray && !m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
    for (const FindingAlert &alert : std::as_const(*fresh)) {
        const QString title = alert.finding.severity == storage::Finding::Severity::Critical
                                  ? tr("Critical finding")
                                  : tr("New finding");
        const QString message = text(alert);
        if (tray)
            m_tray->showMessage(title, message,
                                alert.finding.severity == storage::Finding::Severity::Critical
                                    ? QSystemTrayIcon::Critical
                                    : QSystemTrayIcon::Warning);
        Q_EMIT announced(title, message, tray);
    }
    return int(fresh->size());
}

} // namespace sts::ui
