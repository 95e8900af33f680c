// The "Policy hosting…" dialog of the main window (issue 19): hosted customers with their live
// policy ids and pending removals, the policy host name, and "Write configuration…" running the
// same sync as `stsdesk-cli hosting sync` off the GUI thread, showing what changed.
#include "ChildLookup.h"
#include "LivePolicy.h"
#include "WizardTestSupport.h" // tests/ui/wizard
#include "mainwindow/MainWindow.h"
#include "mainwindow/PolicyHostingDialog.h"
#include "mainwindow/Workspace.h"
#include "services/PolicyHostingSync.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

class TestPolicyHostingDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    std::unique_ptr<Workspace> m_workspace;
    int m_counter = 0;

    std::unique_ptr<Workspace> freshWorkspace()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"gui-%1.sqlite"_s.arg(++m_counter));
        auto db = storage::Database::open(location);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::make_unique<Workspace>(*db, m_clock);
    }
    qint64 hosted(Workspace *workspace, const QString &domain, const QString &id)
    {
        Engagement draft;
        draft.customer = domain.section(u'.', 0, 0) + u" AG"_s;
        draft.domain.ace = domain;
        draft.consultant = u"consultant"_s;
        Result<Engagement> created = workspace->engagements().create(draft);
        if (!created ||
            !test::makeLivePolicy(workspace->databasePtr(), created->id, id,
                                  mtasts::PolicyMode::Testing, m_clock->now(), u"mail."_s + domain))
            return 0;
        return created->id;
    }
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace();
        QVERIFY(hosted(m_workspace.get(), u"alpha.example"_s, u"20261201090000"_s));
        const qint64 beta = hosted(m_workspace.get(), u"beta.example"_s, u"20261201090001"_s);
        QVERIFY(beta);
        // Served once, then archived: a removal is pending.
        services::HostingSyncOptions first;
        first.outDir = m_dir.filePath(u"earlier"_s);
        first.reloadCommand = u"true"_s;
        QVERIFY(services::PolicyHostingSync(m_workspace->context()).sync(first).ok());
        QVERIFY(m_workspace->engagements().archive(beta).ok());
    }

    void showsCustomersAndPendingRemovals()
    {
        PolicyHostingDialog dialog(m_workspace.get());
        auto *table = child<QTableWidget>(&dialog, u"customers"_s);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), u"alpha.example"_s);
        QCOMPARE(table->item(0, 2)->text(), u"hosted"_s);
        QCOMPARE(table->item(0, 3)->text(), u"20261201090000"_s);
        QCOMPARE(table->item(1, 1)->text(), u"beta.example"_s);
        QVERIFY(table->item(1, 2)->text().startsWith(u"removal pending"_s));
        QVERIFY2(child<QLabel>(&dialog, u"summary"_s)->text().contains(u"removals pending: 1."_s),
                 qPrintable(child<QLabel>(&dialog, u"summary"_s)->text()));
    }

    void savesTheHostName()
    {
        PolicyHostingDialog dialog(m_workspace.get());
        auto *name = child<QLineEdit>(&dialog, u"hostName"_s);
        QVERIFY(name->text().isEmpty());
        name->setText(u"MTA-STS.Consultant.Example"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveHostName"_s), Qt::LeftButton);
        QCOMPARE(name->text(), u"mta-sts.consultant.example"_s);
        QCOMPARE(*services::PolicyHostingSync(m_workspace->context()).hostName(),
                 u"mta-sts.consultant.example"_s);
        name->setText(u"not a host!"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"saveHostName"_s), Qt::LeftButton);
        QVERIFY(child<QPlainTextEdit>(&dialog, u"result"_s)
                    ->toPlainText()
                    .contains(u"not a host name"_s));
        QCOMPARE(*services::PolicyHostingSync(m_workspace->context()).hostName(),
                 u"mta-sts.consultant.example"_s);
        // Opened again: the stored name.
        PolicyHostingDialog again(m_workspace.get());
        QCOMPARE(child<QLineEdit>(&again, u"hostName"_s)->text(), u"mta-sts.consultant.example"_s);
    }

    void writesThroughTheFolderChooserAndShowsWhatChanged()
    {
        const QString folder = m_dir.filePath(u"host"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString marker = m_dir.filePath(u"reloads"_s);
        PolicyHostingDialog dialog(m_workspace.get());
        child<QLineEdit>(&dialog, u"reloadCommand"_s)->setText(u"echo reload >> "_s + marker);
        QSignalSpy written(&dialog, &PolicyHostingDialog::written);
        bool seen = false;
        test::whenModal<QFileDialog>(
            [folder](QFileDialog *chooser) {
                chooser->setDirectory(folder);
                if (auto *name = chooser->findChild<QLineEdit *>(u"fileNameEdit"_s))
                    name->setText(folder);
                static_cast<QDialog *>(chooser)->accept();
            },
            &seen);
        QTest::mouseClick(child<QPushButton>(&dialog, u"writeConfiguration"_s), Qt::LeftButton);
        QVERIFY(seen);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
        QCOMPARE(written.first().first().toBool(), true);
        const QString result = child<QPlainTextEdit>(&dialog, u"result"_s)->toPlainText();
        QVERIFY2(result.contains(u"added policies/alpha.example/.well-known/mta-sts.txt"_s),
                 qPrintable(result));
        QVERIFY(result.contains(u"added policies/beta.example/.well-known/mta-sts.txt"_s));
        QVERIFY(result.contains(u"Reloaded."_s));
        QVERIFY(QFileInfo::exists(folder + u"/nginx/mta-sts-hosting.conf"_s));
        QFile policy(folder + u"/policies/beta.example/.well-known/mta-sts.txt"_s);
        QVERIFY(policy.open(QIODevice::ReadOnly));
        QVERIFY(policy.readAll().contains("mode: none")); // the archived customer retires
        auto *table = child<QTableWidget>(&dialog, u"customers"_s);
        QVERIFY(table->item(1, 2)->text().startsWith(u"retiring"_s));
        QVERIFY(!table->item(1, 4)->text().isEmpty());

        // Again into the same folder: nothing changes, nothing is reloaded.
        dialog.writeTo(folder);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 20000);
        QVERIFY(child<QPlainTextEdit>(&dialog, u"result"_s)
                    ->toPlainText()
                    .startsWith(u"Nothing changed"_s));
        QFile reloads(marker);
        QVERIFY(reloads.open(QIODevice::ReadOnly));
        QCOMPARE(reloads.readAll(), QByteArray("reload\n"));
    }

    void mainWindowOpensIt()
    {
        MainWindow window(freshWorkspace());
        auto *action = window.findChild<QAction *>(u"actionPolicyHosting"_s);
        QVERIFY(action);
        bool seen = false;
        test::whenModal<PolicyHostingDialog>([](PolicyHostingDialog *d) { d->reject(); }, &seen);
        action->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestPolicyHostingDialog)
#include "test_policy_hosting_dialog.moc"
