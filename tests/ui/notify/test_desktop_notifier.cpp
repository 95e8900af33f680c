// An open window announces each finding the monitoring stores meanwhile exactly once: through
// the workspace's ChangeFeed (a second connection writes, as `stsdesk-cli monitor` would), in the
// status bar here (the offscreen platform has no system tray).
#include "mainwindow/DesktopNotifier.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "services/EngagementService.h"
#include "storage/Database.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_engagement = 0;

    QString database() const { return m_dir.filePath(u"ws.sqlite"_s); }

    // Another connection, as another process would write.
    void addFinding(const QString &kind, const QString &subject, const QString &state = u"open"_s)
    {
        auto other = openWorkspace(database(), Clock::system(), u"monitor"_s);
        QVERIFY(other.ok());
        QSqlQuery q(other->database->sql());
        q.prepare(u"INSERT INTO findings (engagement_id, kind, subject, severity, state, details, "
                  "first_seen, last_seen) VALUES (?, ?, ?, 'critical', ?, ?, ?, ?)"_s);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QVariant &v :
             QVariantList{m_engagement, kind, subject, state,
                          u"{\"host\":\"mx1.notify.example\",\"daysLeft\":7}"_s, now, now})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto services = openWorkspace(database(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        Engagement e;
        e.customer = u"Notify GmbH"_s;
        e.domain = *DomainName::fromUserInput(u"notify.example"_s);
        auto created = EngagementService(*services).create(e);
        QVERIFY(created.ok());
        m_engagement = created->id;
    }

    void existingFindingsAreNotAnnounced()
    {
        addFinding(u"drift.txt-id"_s, u""_s);
        auto services = openWorkspace(database(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        DesktopNotifier notifier;
        QSignalSpy spy(&notifier, &DesktopNotifier::announced);
        notifier.setWorkspace(*services);
        QCOMPARE(notifier.check(), 0);
        QCOMPARE(spy.count(), 0);
    }

    void newFindingIsAnnouncedExactlyOnce()
    {
        auto services = openWorkspace(database(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        DesktopNotifier notifier;
        QSignalSpy spy(&notifier, &DesktopNotifier::announced);
        notifier.setWorkspace(*services);
        addFinding(u"cert.expiry.7"_s, u"mx1.notify.example"_s);
        addFinding(u"drift.tlsa"_s, u"mx1.notify.example"_s, u"resolved"_s); // not news
        QCOMPARE(notifier.check(), 1);
        QCOMPARE(notifier.check(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"Critical finding"_s);
        QVERIFY2(spy.at(0).at(1).toString().startsWith(
                     u"Notify GmbH (notify.example): The certificate of mx1.notify.example "
                     "expires in 7 day"_s),
                 qPrintable(spy.at(0).at(1).toString()));
    }

    void mainWindowShowsItOnceWhenTheChangeFeedTellsIt()
    {
        auto services = openWorkspace(database(), Clock::system(), u"test"_s);
        QVERIFY(services.ok());
        MainWindow window(std::make_unique<Workspace>(std::move(*services)));
        window.show();
        auto *notifier = window.findChild<DesktopNotifier *>();
        QVERIFY(notifier);
        QSignalSpy spy(notifier, &DesktopNotifier::announced);
        addFinding(u"policy.unfetchable"_s, u"mta-sts.notify.example"_s);
        // The SQLite feed looks once a second; give it three, then make sure nothing repeats.
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
        QTest::qWait(2500);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(2).toBool(), false); // no tray offscreen: the status bar says it
        QVERIFY(window.findChild<QLabel *>(u"statusAlert"_s)
                    ->text()
                    .contains(u"The policy cannot be fetched"_s));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "test_desktop_notifier.moc"
