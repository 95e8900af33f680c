#include "ChildLookup.h"
#include "LivePolicy.h"
#include "WizardTestSupport.h" // tests/ui/wizard
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "reports/TlsReportWriter.h"
#include "services/RolloutService.h"
#include "timeline/DayStrip.h"
#include "timeline/RolloutView.h"
#include "wizard/BasicsPage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/WizardStepList.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;

    std::unique_ptr<Workspace> freshWorkspace()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"gui-%1.sqlite"_s.arg(++m_counter));
        auto db = storage::Database::open(location);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        return std::make_unique<Workspace>(*db, std::make_shared<FixedClock>(QDateTime(
                                                    QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)));
    }

    // Types like a person; QTest synthesises key events for Latin-1 only, so the rest is inserted.
    static void type(QLineEdit *edit, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, c.toLatin1());
            else
                edit->insert(QString(c));
        }
    }

    // Fills the wizard's first page the way a person would: typing into the fields.
    void createThroughWizard(const QString &customer, const QString &domain)
    {
        EngagementWizard *wizard = m_window->newEngagement();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        type(child<QLineEdit>(wizard, u"customer"_s), customer);
        QLineEdit *domainEdit = child<QLineEdit>(wizard, u"domain"_s);
        type(domainEdit, domain);
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QVERIFY(finish->isEnabled());
        QSignalSpy accepted(wizard, &QWizard::accepted);
        QTest::mouseClick(finish, Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_window = std::make_unique<MainWindow>(freshWorkspace());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void wizardCreatesEngagementThatAppearsInList()
    {
        QCOMPARE(m_window->engagementList()->count(), 0);
        createThroughWizard(u"Müller GmbH"_s, u"müller.de"_s);

        EngagementListPanel *list = m_window->engagementList();
        QCOMPARE(list->count(), 1);
        const qint64 id = list->currentId();
        QVERIFY(id > 0);
        const QString shown =
            child<QListView>(list, u"engagementList"_s)->currentIndex().data().toString();
        QVERIFY2(shown.contains(u"Müller GmbH"_s) && shown.contains(u"müller.de"_s),
                 qPrintable(shown));
        QCOMPARE(child<QLabel>(m_window.get(), u"engagementTitle"_s)->text(), u"Müller GmbH"_s);

        Result<Engagement> stored = m_window->workspace()->engagements().get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->domain.ace, u"xn--mller-kva.de"_s);
        QCOMPARE(stored->majorSenders, Engagement::defaultMajorSenders());
    }

    void invalidDomainKeepsFinishDisabledAndSaysWhy()
    {
        EngagementWizard *wizard = m_window->newEngagement();
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QTest::keyClicks(child<QLineEdit>(wizard, u"customer"_s), u"Acme"_s);
        QLineEdit *domain = child<QLineEdit>(wizard, u"domain"_s);
        QLabel *feedback = child<QLabel>(wizard, u"domainFeedback"_s);

        QTest::keyClicks(domain, u"192.0.2.7"_s);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY2(feedback->text().contains(u"IP address"_s), qPrintable(feedback->text()));

        domain->clear();
        QTest::keyClicks(domain, u"intranet"_s);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());

        domain->clear();
        QTest::keyClicks(domain, u"acme.example"_s);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        // Cancel asks about what was typed; discarded, nothing is created.
        bool asked = false;
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); }, &asked);
        wizard->reject();
        QVERIFY(asked);
        QCOMPARE(m_window->engagementList()->count(), 0);
    }

    void editingThroughWizardUpdatesTheEngagement()
    {
        createThroughWizard(u"Acme"_s, u"acme.example"_s);
        const qint64 id = m_window->engagementList()->currentId();
        EngagementWizard *wizard = m_window->editEngagement(id);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        auto *profile = child<QComboBox>(wizard, u"profile"_s);
        profile->setCurrentIndex(profile->findData(u"bsi-tr-03108"_s));
        QLineEdit *senders = child<QLineEdit>(wizard, u"majorSenders"_s);
        senders->setText(u"Google, Mail.ru"_s);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        Result<Engagement> stored = m_window->workspace()->engagements().get(id);
        QCOMPARE(stored->profile, Profile::BsiTr03108);
        QCOMPARE(stored->majorSenders, (QStringList{u"Google"_s, u"Mail.ru"_s}));
        QCOMPARE(m_window->engagementList()->count(), 1);
    }

    // The overview shows the wizard's steps with their state from what is stored, not a static
    // list, and follows a change (a scan stored) without reopening.
    void overviewShowsWizardStepStates()
    {
        createThroughWizard(u"Beispiel AG"_s, u"beispiel.test"_s);
        const qint64 id = m_window->engagementList()->currentId();
        auto *steps = child<WizardStepList>(m_window.get(), u"overviewStepList"_s);
        QCOMPARE(steps->count(), services::kWizardStepCount);
        QCOMPARE(steps->stateOf(services::WizardStep::Basics), services::StepState::Done);
        QCOMPARE(steps->stateOf(services::WizardStep::MailServers),
                 services::StepState::NotStarted);
        QVERIFY(
            steps->itemOf(services::WizardStep::MailServers)->text().contains(u"not started"_s));
        test::storeScan(m_window->workspace(), id, u"beispiel.test"_s, true);
        m_window->workspace()->notifyChanged(id);
        QCOMPARE(steps->stateOf(services::WizardStep::MailServers), services::StepState::Done);
        QCOMPARE(steps->stateOf(services::WizardStep::Dnssec), services::StepState::NeedsAttention);
        QVERIFY(steps->itemOf(services::WizardStep::Dnssec)->text().contains(u"needs attention"_s));
        // The overview has room to say why, not only that.
        QVERIFY2(steps->itemOf(services::WizardStep::MailServers)->text().contains(u"done · "_s),
                 qPrintable(steps->itemOf(services::WizardStep::MailServers)->text()));

        // A click on a step opens the wizard on that step's page.
        QTest::mouseClick(
            steps->viewport(), Qt::LeftButton, {},
            steps->visualItemRect(steps->itemOf(services::WizardStep::Dnssec)).center());
        EngagementWizard *wizard = nullptr;
        for (EngagementWizard *shown : m_window->findChildren<EngagementWizard *>())
            wizard = shown->isVisible() ? shown : wizard; // the one of the creation is closed
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DnssecPageId));
        wizard->reject();
    }

    // Next on the first page creates the engagement; from then on Finish saves, it does not
    // offer to create the customer a second time.
    void finishSaysSaveOnceCreated()
    {
        EngagementWizard *wizard = m_window->newEngagement();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), u"&Create"_s);
        type(child<QLineEdit>(wizard, u"customer"_s), u"Schritt AG"_s);
        type(child<QLineEdit>(wizard, u"domain"_s), u"schritt.test"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(EngagementWizard::MailServersPageId));
        QCOMPARE(wizard->button(QWizard::FinishButton)->text(), u"&Save"_s);
        wizard->reject();
    }

    void archiveHidesAndUndoBringsBack()
    {
        createThroughWizard(u"Acme"_s, u"acme.example"_s);
        createThroughWizard(u"Beta"_s, u"beta.example"_s);
        EngagementListPanel *list = m_window->engagementList();
        QCOMPARE(list->count(), 2);
        const qint64 beta = list->currentId();

        m_window->archiveCurrent();
        QCOMPARE(list->count(), 1);
        QVERIFY(m_window->workspace()->engagements().get(beta)->archived);

        list->setShowArchived(true);
        QCOMPARE(list->count(), 2);
        list->setShowArchived(false);

        m_window->undoStack()->undo();
        QCOMPARE(list->count(), 2);
        QVERIFY(!m_window->workspace()->engagements().get(beta)->archived);
        m_window->undoStack()->redo();
        QCOMPARE(list->count(), 1);
    }

    void renameIsUndoable()
    {
        createThroughWizard(u"Acme"_s, u"acme.example"_s);
        const qint64 id = m_window->engagementList()->currentId();
        m_window->renameCurrent(u"Acme Holding"_s);
        QCOMPARE(m_window->workspace()->engagements().get(id)->customer, u"Acme Holding"_s);
        QCOMPARE(child<QLabel>(m_window.get(), u"engagementTitle"_s)->text(), u"Acme Holding"_s);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->workspace()->engagements().get(id)->customer, u"Acme"_s);
    }

    void searchFiltersTheList()
    {
        createThroughWizard(u"Acme"_s, u"acme.example"_s);
        createThroughWizard(u"Beta"_s, u"beta.example"_s);
        QLineEdit *search = child<QLineEdit>(m_window.get(), u"engagementSearch"_s);
        QTest::keyClicks(search, u"beta"_s);
        QCOMPARE(m_window->engagementList()->count(), 1);
        search->clear();
        QCOMPARE(m_window->engagementList()->count(), 2);
    }

    void placeholderSectionsAreDisabled()
    {
        createThroughWizard(u"Acme"_s, u"acme.example"_s);
        EngagementView *view = m_window->engagementView();
        QVERIFY(view->isSectionEnabled(EngagementView::WizardSection));
        QVERIFY(view->isSectionEnabled(EngagementView::TimelineSection));
        QVERIFY(view->isSectionEnabled(EngagementView::ReportsSection));
        QVERIFY(view->isSectionEnabled(EngagementView::RunbookSection));
    }

    void importedReportsFillTheTimeline()
    {
        // Testing started 15 October; every major sender reported clean days up to 1 November.
        Engagement draft;
        draft.customer = u"Rollout AG"_s;
        draft.domain.ace = u"rollout.example"_s;
        Result<Engagement> created = m_window->workspace()->engagements().create(draft);
        QVERIFY(created.ok());
        auto then =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 10, 15), QTime(0, 0), Qt::UTC));
        // Testing starts with a live testing policy (RolloutService requires it).
        const auto db = m_window->workspace()->databasePtr();
        const Result<QString> policy =
            sts::test::publishTestingPolicy(db, created->id, then, u"mx.rollout.example"_s);
        QVERIFY(policy.ok());
        QVERIFY(RolloutService(db, then, u"t"_s).startTesting(created->id, *policy).ok());
        m_window->workspace()->notifyChanged(created->id);
        m_window->engagementView()->setCurrentSection(EngagementView::TimelineSection);

        RolloutView *timeline = m_window->engagementView()->rolloutView();
        QVERIFY2(timeline->bannerText().contains(u"Not ready for enforce"_s),
                 qPrintable(timeline->bannerText()));
        sts::test::TlsReportWriter writer(m_dir.filePath(u"reports"_s), u"rollout.example"_s,
                                          u"mx.rollout.example"_s);
        timeline->importPaths(
            writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s},
                                  QDate(2026, 10, 15), QDate(2026, 11, 1)));
        QTRY_VERIFY_WITH_TIMEOUT(timeline->lastImportSummary() != u"Importing…"_s, 60000);
        QVERIFY2(timeline->lastImportSummary().contains(u"Imported 54"_s),
                 qPrintable(timeline->lastImportSummary()));
        // The workspace clock says 2 November: 18 days of testing, the last 7 clean.
        QVERIFY2(timeline->bannerText().contains(u"Ready for enforce since"_s),
                 qPrintable(timeline->bannerText()));
        auto *strip = m_window->findChild<DayStrip *>(u"dayStrip"_s);
        QVERIFY(strip);
        QCOMPARE(strip->days().size(), 18);
        QVERIFY(std::all_of(strip->days().cbegin(), strip->days().cend(),
                            [](const DayVerdict &d) { return d.state == DayState::Clean; }));
    }

    // The window opens at 1240 x 760 to fit a 1366 x 768 laptop: no page may ask for more
    // height than that (the stack takes the tallest page's minimum).
    void windowFitsALaptopScreen()
    {
        MainWindow window(freshWorkspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList tall;
        for (QWidget *w : window.findChildren<QWidget *>())
            if (w->minimumSizeHint().height() > 560)
                tall << u"%1 %2: %3"_s
                            .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                            .arg(w->minimumSizeHint().height());
        tall << u"window: %1"_s.arg(window.minimumSizeHint().height());
        QVERIFY2(window.minimumSizeHint().height() <= 760, qPrintable(tall.join(u'\n')));
        QVERIFY2(window.height() <= 768, qPrintable(tall.join(u'\n')));
    }

    void germanTranslationIsEmbedded()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/stsdesk_de.qm"_s));
        QCoreApplication::installTranslator(&german);
        MainWindow window(freshWorkspace());
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(menus.contains(u"&Datei"_s), qPrintable(menus.join(u", "_s)));
        QVERIFY2(menus.contains(u"&Hilfe"_s), qPrintable(menus.join(u", "_s)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
