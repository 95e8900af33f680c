// Engagement › Weekly Summary… as a consultant meets it: the menu opens the dialog for the open
// engagement, wrong addresses are refused with a problem that names them and store nothing, the
// addresses are stored through NotificationSettings (what `notify weekly --all` reads), reopened
// the dialog shows them, and emptying the list stops the summary. On the code before there was no
// such action: the test finds it by object name, so it builds there and fails.
#include "TestEnv.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "services/NotificationSettings.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestWeeklyRecipientsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_id = 0;

    QDialog *dialog() const { return m_window->findChild<QDialog *>(u"weeklyRecipientsDialog"_s); }
    template <typename T> T *field(const QString &name) const
    {
        return dialog() ? dialog()->findChild<T *>(name) : nullptr;
    }
    QString status() const
    {
        QLabel *label = field<QLabel>(u"weeklyStatus"_s);
        return label ? label->text() : QString();
    }
    QStringList stored() const
    {
        Result<QStringList> list =
            NotificationSettings(m_window->workspace()->context()).weeklyRecipients(m_id);
        return list ? *list : QStringList{u"(error)"_s};
    }
    void openFromMenu()
    {
        auto *action = m_window->findChild<QAction *>(u"actionWeeklySummary"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        QVERIFY(dialog());
        QTRY_VERIFY(dialog()->isVisible());
    }
    void closeDialog()
    {
        dialog()->close();
        QTRY_VERIFY(!dialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<ServiceContext> context =
            openWorkspace(m_dir.filePath(u"gui.sqlite"_s), Clock::system(), u"tester"_s);
        QVERIFY(context.ok());
        m_window = std::make_unique<MainWindow>(std::make_unique<Workspace>(*context));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // Without an open engagement there is nothing to set.
        auto *action = m_window->findChild<QAction *>(u"actionWeeklySummary"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        Engagement draft;
        draft.customer = u"Beispiel AG"_s;
        draft.domain = DomainName::fromUserInput(u"example.com"_s).value();
        Result<Engagement> created = m_window->workspace()->engagements().create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        m_window->workspace()->notifyChanged(m_id);
    }

    void cleanupTestCase() { m_window.reset(); }

    void wrongAddressesAreRefused()
    {
        openFromMenu();
        QVERIFY(field<QPlainTextEdit>(u"weeklyRecipients"_s)->toPlainText().isEmpty());
        field<QPlainTextEdit>(u"weeklyRecipients"_s)
            ->setPlainText(u"security@example.com\nnot-an-address"_s);
        QTest::mouseClick(field<QPushButton>(u"weeklySave"_s), Qt::LeftButton);
        QVERIFY2(status().contains(u"not a mail address"_s) &&
                     status().contains(u"“not-an-address”"_s),
                 qPrintable(status()));
        QVERIFY(stored().isEmpty());
    }

    void addressesRoundTrip()
    {
        field<QPlainTextEdit>(u"weeklyRecipients"_s)
            ->setPlainText(u"security@example.com\n it-lead@example.com, security@example.com"_s);
        QTest::mouseClick(field<QPushButton>(u"weeklySave"_s), Qt::LeftButton);
        QVERIFY2(status().startsWith(u"Saved"_s), qPrintable(status()));
        QCOMPARE(stored(), (QStringList{u"security@example.com"_s, u"it-lead@example.com"_s}));
        closeDialog();
        openFromMenu();
        QCOMPARE(field<QPlainTextEdit>(u"weeklyRecipients"_s)->toPlainText(),
                 u"security@example.com\nit-lead@example.com"_s);
    }

    void anEmptyListStopsTheSummary()
    {
        field<QPlainTextEdit>(u"weeklyRecipients"_s)->clear();
        QTest::mouseClick(field<QPushButton>(u"weeklySave"_s), Qt::LeftButton);
        QCOMPARE(status(), u"Saved: no weekly summary is sent."_s);
        QVERIFY(stored().isEmpty());
        closeDialog();
    }
};

QTEST_MAIN(TestWeeklyRecipientsDialog)
#include "test_weekly_recipients_dialog.moc"
