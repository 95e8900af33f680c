// Switching the language in Settings applies at once: the menus, the open engagement (in the
// section it was in) and a wizard opened afterwards speak the new language, with no restart.
#include "ShownTexts.h"
#include "TestEnv.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/GuiStartup.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SettingsDialog.h"
#include "mainwindow/Workspace.h"
#include "wizard/EngagementWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_english;

    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    static QStringList sectionNames(MainWindow &window)
    {
        auto *navigation = window.findChild<QListWidget *>(u"sectionNavigation"_s);
        QStringList names;
        for (int i = 0; navigation && i < navigation->count(); ++i)
            names << navigation->item(i)->text();
        return names;
    }

    // Chooses `language` in the Settings dialog, opened from the window's menu, and saves.
    static void chooseInSettings(MainWindow &window, const QString &language)
    {
        QTimer::singleShot(0, &window, [language] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                qFatal("the Settings dialog did not open");
            auto *box = dialog->findChild<QComboBox *>(u"settingsLanguage"_s);
            box->setCurrentIndex(box->findData(language));
            dialog->accept();
        });
        window.findChild<QAction *>(u"actionSettings"_s)->trigger();
    }

    QStringList englishShown(QWidget *root) const
    {
        return test::englishIn(test::shownTexts(root), m_english);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_english = test::englishPieces(test::sourceDir() + u"/translations/stsdesk_de.ts"_s);
        QVERIFY(!m_english.isEmpty());
        AppSettings::setLanguage(u"en"_s);
        installTranslators(*qApp, u"en"_s);
    }

    void languageAppliesWithoutRestart()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"language.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        auto workspace = std::make_unique<Workspace>(*db, Clock::system());
        Engagement draft;
        draft.customer = u"Beispiel AG"_s;
        draft.domain = *DomainName::fromUserInput(u"example.com"_s);
        Result<Engagement> created = workspace->engagements().create(draft);
        QVERIFY(created.ok());

        MainWindow window(std::move(workspace));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openEngagement(created->id);
        window.engagementView()->setCurrentSection(EngagementView::TimelineSection);
        QVERIFY(menuTitles(window).contains(u"&File"_s));
        QVERIFY(sectionNames(window).contains(u"Timeline"_s));

        chooseInSettings(window, u"de"_s);
        QCOMPARE(AppSettings::language(), u"de"_s);
        QVERIFY2(menuTitles(window).contains(u"&Datei"_s),
                 qPrintable(menuTitles(window).join(u' ')));
        QVERIFY(!menuTitles(window).contains(u"&File"_s));
        QVERIFY2(sectionNames(window).contains(u"Zeitachse"_s),
                 qPrintable(sectionNames(window).join(u' ')));
        // The same engagement, in the same section.
        QCOMPARE(window.engagementList()->currentId(), created->id);
        QCOMPARE(window.engagementView()->currentSection(), EngagementView::TimelineSection);
        // Nothing of ours is left in English: the window (timeline shown) ...
        QStringList english = englishShown(&window);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        // ... nor in a wizard opened now.
        EngagementWizard *wizard = window.editEngagement(created->id);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        english = englishShown(wizard);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        wizard->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());

        // Switched from inside an open wizard ("DNS settings…" on Mail servers): the wizard is
        // there again, on the same page, in the new language.
        wizard = window.editEngagement(created->id);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QVERIFY(wizard->goToPage(EngagementWizard::MailServersPageId));
        QTimer::singleShot(0, &window, [] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                qFatal("the Settings dialog did not open from the wizard");
            auto *box = dialog->findChild<QComboBox *>(u"settingsLanguage"_s);
            box->setCurrentIndex(box->findData(u"en"_s));
            dialog->accept();
        });
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"lookupSettingsButton"_s),
                          Qt::LeftButton);
        QCOMPARE(AppSettings::language(), u"en"_s);
        EngagementWizard *again = nullptr;
        QTRY_VERIFY((again = [&window]() -> EngagementWizard * {
                        for (EngagementWizard *w : window.findChildren<EngagementWizard *>())
                            if (w->isVisible())
                                return w;
                        return nullptr;
                    }()) != nullptr);
        QCOMPARE(again->engagementId(), created->id);
        QCOMPARE(again->currentId(), int(EngagementWizard::MailServersPageId));
        QCOMPARE(again->windowTitle(), u"Engagement — Beispiel AG (example.com)"_s); // was German
        again->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(menuTitles(window).contains(u"&File"_s));
        QVERIFY(sectionNames(window).contains(u"Timeline"_s));
        QCOMPARE(window.engagementList()->currentId(), created->id);
        QCOMPARE(window.engagementView()->currentSection(), EngagementView::TimelineSection);
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "test_language_switch.moc"
