// The German UI and the German runbook show no English sentence of ours. A fully populated
// engagement (RunbookFixture) whose newest discovery has many kinds of findings (stored as the
// English CLI stores them) is shown page by page in the German main window and wizard; its German
// runbook is rendered while the program itself speaks English (the CLI under LANG=C). Every text
// read there is searched for the English of the catalogue (see englishPieces()); painted texts
// (timeline axis, day strip, charts) are read from a PDF rendering of the widgets.
#include "RunbookFixture.h"
#include "ShownTexts.h"
#include "TestEnv.h"
#include "discovery/FindingsReport.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/GuiStartup.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "mtasts/PolicyGenerator.h"
#include "reports/ReportsView.h"
#include "runbook/RunbookLanguage.h"
#include "runbook/RunbookWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "services/TimelineData.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"
#include "timeline/TimelineImage.h"
#include "wizard/EngagementWizard.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::render;
using namespace sts::ui;

class TestGermanTexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::RunbookFixture m_fixture;
    std::shared_ptr<storage::Database> m_db;
    const QDateTime m_now{QDate(2026, 12, 8), QTime(10, 0), Qt::UTC};
    QStringList m_english; // the catalogue's English
    int m_pdfs = 0;

    // English words the German UI must not show although they are shorter than a sentence:
    // a DANE state, a stable code, English month abbreviations that German spells otherwise.
    static QStringList englishWords(const QString &text)
    {
        static const QRegularExpression words(
            u"\\b(usable|no-policy|Mar|May|Jun|Jul|Sep|Oct|Dec)\\b"_s);
        QStringList found;
        for (auto it = words.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        return found;
    }
    QString painted(QWidget *widget)
    {
        return test::paintedText(widget, m_dir.filePath(u"painted-%1.pdf"_s.arg(++m_pdfs)));
    }
    static QString report(const QStringList &english, const QString &where)
    {
        return u"English in %1:\n"_s.arg(where) + english.mid(0, 30).join(u'\n');
    }
    Result<RunbookRendering> germanRunbook(qint64 engagementId)
    {
        RunbookOptions options;
        options.language = u"de"_s;
        options.now = m_now;
        RunbookTargets targets;
        targets.document = true;
        return renderRunbook(m_db, engagementId, options, targets);
    }
    // Everything the PDF prints, as text: cover, running header, contents, sections, the list of
    // what is left out (the quoted generated files aside).
    static QStringList textsOf(const runbook::RunbookDocument &d)
    {
        QStringList texts{test::plainTextOf(d.coverHtml), d.headerText, d.tocTitle, d.pageTemplate,
                          d.omittedTitle};
        texts += d.omitted;
        for (const runbook::RunbookSection &s : d.sections)
            texts << s.title << test::plainTextWithoutFiles(s.html);
        return texts;
    }

    // A second engagement, five days into testing: the timeline lists why it is not ready yet.
    qint64 engagementInTesting()
    {
        auto clock = std::make_shared<FixedClock>(m_now.addDays(-5));
        Engagement draft;
        draft.customer = u"Testphase AG"_s;
        draft.domain = *DomainName::fromUserInput(u"testphase.example"_s);
        Result<Engagement> created = EngagementService(m_db, clock, u"tester"_s).create(draft);
        if (!created)
            return 0;
        const mtasts::PolicyVersion testing = mtasts::PolicyGenerator(clock).testing(
            {*mtasts::MxPattern::parse(u"mx.testphase.example"_s)});
        storage::PolicyRepository policies(m_db);
        Result<qint64> row = policies.add(created->id, testing);
        RolloutService rollout(m_db, clock, u"tester"_s);
        if (!row || !policies.markPublished(*row, clock->now()) ||
            !rollout.markPrepared(created->id) || !rollout.startTesting(created->id, testing.id))
            return 0;
        return created->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(test::haveProgram(u"pdftotext"_s), "pdftotext is needed");
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_german_texts"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"german.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        m_db = *db;
        QVERIFY2(m_fixture.populate(m_db, m_dir.path(), m_now), qPrintable(m_fixture.error));
        // The newest discovery, as `stsdesk-cli discover --engagement` stores it.
        storage::DiscoverySnapshot snapshot;
        snapshot.engagementId = m_fixture.engagementId;
        snapshot.report = test::reportWithManyFindings(m_fixture.domain, m_now.addSecs(-3600));
        QVERIFY(storage::DiscoveryRepository(m_db).save(snapshot, u"cli"_s));

        m_english = test::englishPieces(test::sourceDir() + u"/translations/stsdesk_de.ts"_s);
        QVERIFY2(m_english.size() > 500, qPrintable(QString::number(m_english.size())));
        // The search finds what it looks for: an English finding as older versions showed it.
        for (const dns::Finding &f : snapshot.report.findings)
            if (f.code == u"mx.cname-target"_s)
                QVERIFY(!test::englishIn({f.text(TextLanguage::English)}, m_english).isEmpty());
    }

    // The CLI speaks English (LANG=C); `runbook --language de` must still be German throughout.
    void germanRunbookWhileTheProgramSpeaksEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Result<RunbookRendering> rendered = germanRunbook(m_fixture.engagementId);
        QVERIFY2(rendered.ok(), rendered ? "" : qPrintable(rendered.error().message));
        QVERIFY(rendered->document);
        QVERIFY(!rendered->pdf.isEmpty());
        const QStringList texts = textsOf(*rendered->document);
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"Offene Befunde"_s), "not the German runbook?");
        QVERIFY2(all.contains(u"(PKIX)"_s), "the newest discovery's findings are missing");
        const QStringList english = test::englishIn(texts, m_english) + englishWords(all);
        QVERIFY2(english.isEmpty(), qPrintable(report(english, u"the runbook"_s)));

        // The timeline picture: its words and dates are German (painted, so compared with a
        // painting of the German timeline).
        QVERIFY(rendered->document->figures().contains(u"timeline"_s));
        const QImage timeline = rendered->figures.value(u"timeline"_s);
        QVERIFY(!timeline.isNull());
        const runbook::RunbookLanguage german(u"de"_s);
        Result<TimelineData> data =
            buildTimelineData(m_db, m_fixture.engagementId, m_now.date(), german.text());
        QVERIFY(data.ok());
        const auto paintedIn = [&](const QLocale &locale) {
            return renderTimelineImage(*data, timeline.deviceIndependentSize().toSize(),
                                       timeline.devicePixelRatio(), locale, german.text());
        };
        QVERIFY(paintedIn(QLocale(QLocale::German, QLocale::Germany)) == timeline);
        QVERIFY(paintedIn(QLocale(QLocale::English, QLocale::UnitedStates)) != timeline);
    }

    // An engagement without a policy yet: the runbook says why its records are missing.
    void germanRunbookOfANewEngagement()
    {
        Engagement draft;
        draft.customer = u"Neukunde GmbH"_s;
        draft.domain = *DomainName::fromUserInput(u"neu.example"_s);
        Result<Engagement> created =
            EngagementService(m_db, std::make_shared<FixedClock>(m_now), u"tester"_s).create(draft);
        QVERIFY(created.ok());
        Result<RunbookRendering> rendered = germanRunbook(created->id);
        QVERIFY2(rendered.ok(), rendered ? "" : qPrintable(rendered.error().message));
        const QStringList texts = textsOf(*rendered->document);
        const QStringList english =
            test::englishIn(texts, m_english) + englishWords(texts.join(u'\n'));
        QVERIFY2(english.isEmpty(), qPrintable(report(english, u"the runbook"_s)));
        QVERIFY2(rendered->omitted.join(u'\n').contains(u"DNS-Einträge"_s),
                 qPrintable(rendered->omitted.join(u'\n')));
    }

    void germanPages()
    {
        QCOMPARE(installTranslators(*qApp, u"de"_s), u"de"_s);
        MainWindow window(std::make_unique<Workspace>(m_db, std::make_shared<FixedClock>(m_now)));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy reportsShown(window.engagementView()->reportsView(), &ReportsView::dataShown);
        window.openEngagement(m_fixture.engagementId);

        QStringList texts, english;
        // Sections with painted text (timeline axis, day strip, charts) are also read from a
        // rendering; wizard pages paint nothing of their own but show generated files.
        const auto read = [&](QWidget *root, const QString &where, bool paints = false) {
            QStringList shown = test::shownTexts(root);
            if (paints)
                shown << painted(root);
            texts += shown;
            english += test::englishIn(shown, m_english);
            for (const QString &word : englishWords(shown.join(u'\n')))
                english << where + u": "_s + word;
        };
        EngagementView *view = window.engagementView();
        read(&window, u"overview"_s, true);
        view->setCurrentSection(EngagementView::TimelineSection);
        QTest::qWait(50);
        read(&window, u"timeline"_s, true);
        view->setCurrentSection(EngagementView::ReportsSection);
        QTRY_VERIFY_WITH_TIMEOUT(reportsShown.count() > 0, 60000);
        read(&window, u"reports"_s, true);
        const qint64 testing = engagementInTesting();
        QVERIFY(testing > 0);
        window.openEngagement(testing);
        view->setCurrentSection(EngagementView::TimelineSection);
        QTest::qWait(50);
        read(&window, u"timeline in testing"_s, true);
        window.openEngagement(m_fixture.engagementId);

        EngagementWizard *wizard = window.editEngagement(m_fixture.engagementId);
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QList<int> visited;
        while (!visited.contains(wizard->currentId())) {
            visited << wizard->currentId();
            QTest::qWait(50);
            read(wizard, u"wizard page %1"_s.arg(wizard->currentId()));
            wizard->next();
        }
        QVERIFY2(visited.contains(EngagementWizard::HostingPageId),
                 qPrintable(u"the wizard stopped at page %1"_s.arg(visited.last())));
        // The DANE page follows only where DNSSEC allows DANE; it is shown all the same.
        if (!visited.contains(EngagementWizard::DanePageId)) {
            wizard->setStartId(EngagementWizard::DanePageId);
            wizard->restart();
            QTest::qWait(50);
            read(wizard, u"DANE page"_s);
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(report(english, u"the German UI"_s)));
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"ist ein CNAME"_s), "the mail servers page shows no findings?");
        QVERIFY2(all.contains(u"Dez."_s), "no German date on the timeline?");
        QVERIFY2(all.contains(u"von mindestens 14 Tagen"_s), "no blocking reasons shown?");
        wizard->reject();
    }
};

QTEST_MAIN(TestGermanTexts)
#include "test_german_texts.moc"
