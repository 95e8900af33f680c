#pragma once
// Small helpers of the wizard navigation tests: a workspace without servers, an engagement with
// a stored discovery snapshot written the way DiscoveryService stores one, and answering a modal
// dialog from inside its event loop.

#include "ChildLookup.h"
#include "mainwindow/Workspace.h"
#include "services/DiscoveryService.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"
#include "wizard/EngagementWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace sts::test {

inline std::unique_ptr<ui::Workspace> openTestWorkspace(const QString &sqlitePath)
{
    storage::DatabaseLocation location;
    location.sqlitePath = sqlitePath;
    auto db = storage::Database::open(location);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return std::make_unique<ui::Workspace>(
        *db, std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC)));
}

inline qint64 createEngagement(ui::Workspace *workspace, const QString &customer,
                               const QString &domain)
{
    Engagement draft;
    draft.customer = customer;
    draft.domain = *DomainName::fromUserInput(domain);
    Result<Engagement> created = workspace->engagements().create(draft);
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    return created->id;
}

// A scan of `domain` with one MX host `mail.<domain>` at 192.0.2.25, unsigned; with
// `bogusAddress` the host's A answer failed validation (DANE senders defer mail).
inline void storeScan(ui::Workspace *workspace, qint64 engagementId, const QString &domain,
                      bool bogusAddress)
{
    using namespace Qt::StringLiterals;
    dns::DiscoveryReport report;
    report.domain = domain;
    report.finishedAt = workspace->clock()->now();
    report.anchorZone = u"."_s;
    report.mx.name = domain;
    report.mx.rcode = 0;
    report.mx.verdict.security = dns::Security::Insecure;
    dns::MxHostReport host;
    host.name = u"mail."_s + domain;
    host.preference = 10;
    host.a.name = host.name;
    host.a.rcode = 0;
    host.a.verdict.security = bogusAddress ? dns::Security::Bogus : dns::Security::Insecure;
    host.aaaa = host.a;
    host.tlsa.name = u"_25._tcp."_s + host.name;
    host.tlsa.verdict.security = dns::Security::Insecure;
    host.dane = bogusAddress ? dns::DaneState::Broken : dns::DaneState::NotPossible;
    report.hosts << host;
    Result<qint64> stored = DiscoveryService(workspace->context()).store(engagementId, report, {});
    if (!stored)
        qFatal("%s", qPrintable(stored.error().message));
}

// The wizard for engagement `id` (0: a new one), shown.
inline std::unique_ptr<ui::EngagementWizard> showWizard(ui::Workspace *workspace, qint64 id)
{
    Engagement engagement;
    if (id != 0)
        engagement = *workspace->engagements().get(id);
    auto wizard = std::make_unique<ui::EngagementWizard>(workspace, engagement);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qFatal("wizard not shown");
    return wizard;
}

// A new engagement of "Beispiel AG" for `domain`, its wizard shown, active, and moved by Next to
// the Mail servers page (which creating it through the first page would also reach).
inline std::unique_ptr<ui::EngagementWizard> openOnMailServers(ui::Workspace *workspace,
                                                               const QString &domain)
{
    using namespace Qt::StringLiterals;
    const qint64 id = createEngagement(workspace, u"Beispiel AG"_s, domain);
    auto wizard =
        std::make_unique<ui::EngagementWizard>(workspace, *workspace->engagements().get(id));
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        qFatal("wizard not active");
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    if (wizard->currentId() != ui::EngagementWizard::MailServersPageId)
        qFatal("Next did not reach the mail servers page");
    return wizard;
}

// Clicks `button` that starts a run (a scan, a probe), which disables it until the run ends;
// true when it was enabled again within `timeoutMs`.
inline bool runAndWait(QPushButton *button, int timeoutMs)
{
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !button->isEnabled(); }, 2000))
        return false;
    return QTest::qWaitFor([&] { return button->isEnabled(); }, timeoutMs);
}

// With STSDESK_SCREENS_DIR set, saves `widget` there as `name` (for looking at the screens).
inline void saveScreen(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("STSDESK_SCREENS_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(widget->grab().save(dir + u'/' + name));
}

// Answers the next modal dialog of type T from inside its event loop; `*seen` tells whether one
// came at all (the timer gives up after `timeoutMs`).
template <typename T>
void whenModal(std::function<void(T *)> answer, bool *seen = nullptr, int timeoutMs = 5000)
{
    if (seen)
        *seen = false;
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto *left = new int(timeoutMs / 10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer, seen, left] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (dialog || --*left <= 0) {
            timer->stop();
            timer->deleteLater();
            delete left;
        }
        if (dialog) {
            if (seen)
                *seen = true;
            answer(dialog);
        }
    });
    timer->start();
}

} // namespace sts::test
