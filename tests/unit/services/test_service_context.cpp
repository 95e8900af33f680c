// The context every use case is built from: the actor rule, opening a workspace by URL, and a
// connection of its own for a worker thread.
#include "ServiceFixture.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace sts;

class TestServiceContext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorRule_data()
    {
        QTest::addColumn<int>("face");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("actor");
        QTest::newRow("gui") << int(Face::Gui) << u"anna"_s << u"anna"_s;
        QTest::newRow("gui, no login") << int(Face::Gui) << QString() << u"stsdesk"_s;
        QTest::newRow("cli") << int(Face::Cli) << u"anna"_s << u"stsdesk-cli (anna)"_s;
        QTest::newRow("cli, no login") << int(Face::Cli) << u"  "_s << u"stsdesk-cli"_s;
    }
    void actorRule()
    {
        QFETCH(int, face);
        QFETCH(QString, login);
        QFETCH(QString, actor);
        QCOMPARE(actorName(Face(face), login), actor);
    }

    void opensAWorkspaceByPath()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        QCOMPARE(f.context.actor, u"tester"_s);
        QCOMPARE(f.context.clock->now(), f.clock->now());
        QVERIFY(QFileInfo::exists(f.dir.filePath(u"ws.sqlite"_s)));
        QVERIFY(f.context.workspaceName().contains(u"ws.sqlite"_s));
        // The same file opened again holds what the first context stored.
        auto again =
            openWorkspace(u"sqlite://"_s + f.dir.filePath(u"ws.sqlite"_s), f.clock, u"other"_s);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(EngagementService(*again).get(f.engagementId));
    }

    void refusesAMalformedUrl()
    {
        const QString url = u"postgresql://user@/nodatabase"_s;
        QVERIFY(!checkWorkspaceUrl(url));
        auto opened = openWorkspace(url, Clock::system(), u"tester"_s);
        QVERIFY(!opened);
        QCOMPARE(opened.error().message, checkWorkspaceUrl(url).error().message);
        QVERIFY(checkWorkspaceUrl(QString())); // the default file
        QVERIFY(checkWorkspaceUrl(u"/tmp/some.sqlite"_s));
        QVERIFY(defaultWorkspacePath().endsWith(u"workspace.sqlite"_s));
    }

    void workerGetsItsOwnConnection()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        const ServiceContext gui = f.context;
        auto result = QtConcurrent::run([gui, id = f.engagementId]() -> QString {
                          Result<ServiceContext> mine = gui.forThisThread();
                          if (!mine)
                              return mine.error().message;
                          if (mine->database == gui.database)
                              return u"shared the GUI thread's connection"_s;
                          if (mine->actor != gui.actor || mine->clock != gui.clock)
                              return u"lost the actor or the clock"_s;
                          Result<Engagement> read = EngagementService(*mine).get(id);
                          return read ? QString() : read.error().message;
                      }).result();
        QVERIFY2(result.isEmpty(), qPrintable(result));
    }
};

QTEST_GUILESS_MAIN(TestServiceContext)
#include "test_service_context.moc"
