// Changes made elsewhere (stsdesk-cli in another process, a colleague on a shared PostgreSQL
// workspace) appear in an open main window without a restart, keep its selection and section,
// and wait while a modal dialog is open.
#include "TestEnv.h"
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "postgres/PostgresServer.h"
#include "runbook/RunbookView.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::cliPath;
using sts::test::runTool;
using sts::test::ToolRun;

class TestLiveWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PostgresServer m_postgres; // started by the first PostgreSQL row, once
    int m_databases = 0;

    QString freshDatabase(bool postgres)
    {
        ++m_databases;
        if (!postgres)
            return m_dir.filePath(u"live-%1.sqlite"_s.arg(m_databases));
        if (!m_postgres.isRunning()) {
            const QString problem = m_postgres.start();
            if (!problem.isEmpty())
                qFatal("PostgreSQL lab: %s", qPrintable(problem));
        }
        QString error;
        const QString url = m_postgres.createDatabase(u"live%1"_s.arg(m_databases), &error);
        if (url.isEmpty())
            qFatal("PostgreSQL lab: %s", qPrintable(error));
        return url;
    }

    static std::unique_ptr<Workspace> workspaceAt(const QString &database)
    {
        Result<ServiceContext> context =
            sts::openWorkspace(database, Clock::system(), actorName(Face::Gui));
        if (!context)
            qFatal("%s", qPrintable(context.error().message));
        return std::make_unique<Workspace>(std::move(*context));
    }

    static qint64 createIn(Workspace &workspace, const QString &customer, const QString &domain)
    {
        Engagement draft;
        draft.customer = customer;
        draft.domain = *DomainName::fromUserInput(domain);
        Result<Engagement> created = workspace.engagements().create(draft);
        return created ? created->id : 0;
    }

    // stsdesk-cli in its own process, on the same workspace.
    static ToolRun cli(const QString &database, const QStringList &args)
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, database}, 60000);
    }

    static QString title(MainWindow &window)
    {
        return window.findChild<QLabel *>(u"engagementTitle"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
    }

    // The LISTEN connection dies (a server restart, an administrator ending idle sessions): the
    // window opens it again and later changes still appear.
    void lostListenerIsOpenedAgain()
    {
        qputenv("STSDESK_LISTEN_CHECK_MS", "200");
        const QString database = freshDatabase(true);
        MainWindow window(workspaceAt(database));
        qunsetenv("STSDESK_LISTEN_CHECK_MS");
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.engagementList()->count(), 0);

        const ToolRun ended = m_postgres.psql(
            u"postgres"_s, u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                           "WHERE query LIKE 'LISTEN%' AND datname = 'live%1'"_s.arg(m_databases));
        QVERIFY2(ended.exitCode == 0, qPrintable(ended.describe()));
        // One listener ended ("count" is 1 on a line of its own).
        QVERIFY2(QString::fromUtf8(ended.out).split(u'\n').contains(u"1"_s) ||
                     QString::fromUtf8(ended.out).split(u'\n').contains(u"     1"_s),
                 qPrintable(ended.describe()));

        QTest::qWait(1000); // the watchdog notices and listens again
        ToolRun created = cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s,
                                         u"Gamma AG"_s, u"--domain"_s, u"gamma.example"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(window.engagementList()->count(), 1, 10000);
    }

    void changesMadeElsewhereAppear_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void changesMadeElsewhereAppear()
    {
        QFETCH(bool, postgres);
        const QString database = freshDatabase(postgres);
        std::unique_ptr<Workspace> workspace = workspaceAt(database);
        const qint64 alpha = createIn(*workspace, u"Alpha AG"_s, u"alpha.example"_s);
        QVERIFY(alpha > 0);
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openEngagement(alpha);
        auto *runbook = window.findChild<RunbookView *>();
        QVERIFY(runbook);
        QSignalSpy rendered(runbook, &RunbookView::finished);
        window.engagementView()->setCurrentSection(EngagementView::RunbookSection);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() == 1 && !runbook->isBusy(), 60000);
        QCOMPARE(window.engagementList()->count(), 1);

        // Another process adds an engagement: the list shows it, the open one stays open.
        ToolRun created = cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s,
                                         u"Beta GmbH"_s, u"--domain"_s, u"beta.example"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(window.engagementList()->count(), 2, 10000);
        QCOMPARE(window.engagementList()->currentId(), alpha);
        QCOMPARE(title(window), u"Alpha AG"_s);

        // ...and renames the open one: the header follows, the section stays, and the runbook
        // preview is rendered again from the new data.
        const int before = rendered.count();
        ToolRun renamed = cli(database, {u"engagement"_s, u"rename"_s, QString::number(alpha),
                                         u"Alpha Renamed AG"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.describe()));
        QTRY_COMPARE_WITH_TIMEOUT(title(window), u"Alpha Renamed AG"_s, 10000);
        QCOMPARE(window.engagementList()->currentId(), alpha);
        QCOMPARE(window.engagementView()->currentSection(), EngagementView::RunbookSection);
        QTRY_VERIFY_WITH_TIMEOUT(rendered.count() > before && !runbook->isBusy(), 60000);
        QVERIFY(rendered.last().at(0).toBool());
    }

    // A modal dialog's edits were made against what it showed: nothing reloads under it, and the
    // change shows once it has closed.
    void changesWaitForAnOpenDialog()
    {
        const QString database = freshDatabase(false);
        std::unique_ptr<Workspace> workspace = workspaceAt(database);
        const qint64 alpha = createIn(*workspace, u"Alpha AG"_s, u"alpha.example"_s);
        MainWindow window(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openEngagement(alpha);
        QSignalSpy seen(window.workspace()->externalChanges(), &ChangeFeed::changed);

        auto *dialog = new QDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *edit = new QLineEdit(dialog);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        edit->setText(u"typed by the consultant"_s);

        ToolRun renamed =
            cli(database, {u"engagement"_s, u"rename"_s, QString::number(alpha), u"Later AG"_s});
        QVERIFY2(renamed.exitCode == 0, qPrintable(renamed.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(seen.count() > 0, 10000);
        QCOMPARE(seen.first().at(0).toLongLong(), alpha);
        QCOMPARE(title(window), u"Alpha AG"_s);
        QCOMPARE(edit->text(), u"typed by the consultant"_s);

        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(title(window), u"Later AG"_s, 10000);
        QCOMPARE(window.engagementList()->currentId(), alpha);
    }
};

QTEST_MAIN(TestLiveWorkspace)
#include "test_live_workspace.moc"
