// The rollout timeline for a seeded engagement: bands, day markers, events, zoom, click → date.
#include "LivePolicy.h"
#include "TestEnv.h"
#include "import/Importer.h"
#include "mtasts/PolicyGenerator.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "services/TimelineData.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/PolicyRepository.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineImage.h"
#include "timeline/TimelinePainter.h"
#include "timeline/TimelineView.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::render;
using namespace sts::ui;

// Created 1 Sep, prepared 5 Sep, testing from 10 Sep (policy published the same day); both major
// senders report clean days 10–20 Sep, Google reports failures on 21 Sep, nobody reports on 22 or
// 23 Sep; today is 24 Sep.
static const QDate kToday(2026, 9, 24);

class TestTimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    qint64 m_id = 0;
    TimelineData m_data;

    static std::shared_ptr<FixedClock> at(const QDate &day)
    {
        return std::make_shared<FixedClock>(QDateTime(day, QTime(9, 0), Qt::UTC));
    }
    static bool sameColour(const QColor &a, const QColor &b)
    {
        return std::abs(a.red() - b.red()) < 8 && std::abs(a.green() - b.green()) < 8 &&
               std::abs(a.blue() - b.blue()) < 8;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_db = *db;
        Engagement draft;
        draft.customer = u"Timeline AG"_s;
        draft.domain.ace = u"timeline.example"_s;
        draft.majorSenders = {u"Google"_s, u"Microsoft"_s};
        auto created = EngagementService(m_db, at(QDate(2026, 9, 1)), u"t"_s).create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        QVERIFY(RolloutService(m_db, at(QDate(2026, 9, 5)), u"t"_s).markPrepared(m_id).ok());
        const auto testingClock = at(QDate(2026, 9, 10));
        const Result<QString> policy =
            test::publishTestingPolicy(m_db, m_id, testingClock, u"mx.timeline.example"_s);
        QVERIFY(policy.ok());
        QVERIFY(RolloutService(m_db, testingClock, u"t"_s).startTesting(m_id, *policy).ok());

        sts::test::TlsReportWriter writer(m_dir.filePath(u"reports"_s), u"timeline.example"_s,
                                          u"mx.timeline.example"_s);
        QStringList paths = writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s},
                                                  QDate(2026, 9, 10), QDate(2026, 9, 20));
        paths << writer.write(u"Google LLC"_s, QDate(2026, 9, 21), 90, 10);
        paths << writer.write(u"Microsoft Corporation"_s, QDate(2026, 9, 21), 100, 0);
        auto imported = tlsrpt::Importer(m_db, {}, at(kToday)).importPaths(paths);
        QVERIFY(imported.ok());

        auto data = buildTimelineData(m_db, m_id, kToday);
        QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
        m_data = *data;
    }

    void bandsFollowThePhases()
    {
        QCOMPARE(m_data.first, QDate(2026, 9, 1));
        QCOMPARE(m_data.last, kToday);
        QCOMPARE(m_data.bands.size(), 3);
        QCOMPARE(m_data.bands.at(0).phase, RolloutPhase::Discovery);
        QCOMPARE(m_data.bands.at(0).last, QDate(2026, 9, 4));
        QCOMPARE(m_data.bands.at(1).phase, RolloutPhase::Prepared);
        QCOMPARE(m_data.bands.at(1).first, QDate(2026, 9, 5));
        QCOMPARE(m_data.bands.at(1).last, QDate(2026, 9, 9));
        QCOMPARE(m_data.bands.at(2).phase, RolloutPhase::Testing);
        QCOMPARE(m_data.bands.at(2).first, QDate(2026, 9, 10));
        QCOMPARE(m_data.bands.at(2).last, kToday);
        // 14 days of testing from 10 Sep: ready on 24 Sep at the earliest.
        QCOMPARE(m_data.earliestEnforce, QDate(2026, 9, 24));
    }

    // A log that reaches back before the engagement's creation (a workspace put together from an
    // earlier one, a wrong clock): the timeline starts with it instead of cutting its bands.
    void startsWithAnEarlierLog()
    {
        Engagement draft;
        draft.customer = u"Early AG"_s;
        draft.domain.ace = u"early.example"_s;
        auto created = EngagementService(m_db, at(QDate(2026, 9, 1)), u"t"_s).create(draft);
        QVERIFY(created.ok());
        QVERIFY(
            RolloutService(m_db, at(QDate(2026, 8, 25)), u"t"_s).markPrepared(created->id).ok());
        auto data = buildTimelineData(m_db, created->id, kToday);
        QVERIFY(data.ok());
        QCOMPARE(data->first, QDate(2026, 8, 25));
        QCOMPARE(data->bands.size(), 1);
        QCOMPARE(data->bands.at(0).phase, RolloutPhase::Prepared);
        QCOMPARE(data->bands.at(0).first, QDate(2026, 8, 25));
        QCOMPARE(data->days.first().day, QDate(2026, 8, 25));
    }

    // The status and the timeline read the log through one decoder: an entry this version cannot
    // read (a phase it does not know) changes neither. The status used to take it for a change to
    // Discovery while the timeline stayed in Testing.
    void statusAndTimelineReadTheSameLog()
    {
        Engagement draft;
        draft.customer = u"Later AG"_s;
        draft.domain.ace = u"later.example"_s;
        auto created = EngagementService(m_db, at(QDate(2026, 9, 1)), u"t"_s).create(draft);
        QVERIFY(created.ok());
        const qint64 id = created->id;
        QVERIFY(RolloutService(m_db, at(QDate(2026, 9, 5)), u"t"_s).markPrepared(id).ok());
        // Testing starts with a live testing policy (RolloutService requires it).
        const auto testingClock = at(QDate(2026, 9, 10));
        const Result<QString> policy =
            test::publishTestingPolicy(m_db, id, testingClock, u"mx.later.example"_s);
        QVERIFY(policy.ok());
        QVERIFY(RolloutService(m_db, testingClock, u"t"_s).startTesting(id, *policy).ok());
        storage::EngagementEvent later;
        later.engagementId = id;
        later.at = QDateTime(QDate(2026, 9, 15), QTime(9, 0), Qt::UTC);
        later.kind = u"rollout.phase"_s;
        later.actor = u"a later version"_s;
        later.payload = {
            {u"from"_s, u"testing"_s}, {u"to"_s, u"paused"_s}, {u"policyId"_s, u"p2"_s}};
        QVERIFY(storage::EventLog(m_db).append(later).ok());

        auto status = RolloutService(m_db, at(kToday), u"t"_s).status(id);
        QVERIFY(status.ok());
        auto data = buildTimelineData(m_db, id, kToday);
        QVERIFY(data.ok());
        QCOMPARE(status->phase, RolloutPhase::Testing);
        QCOMPARE(status->policyId, *policy);
        QCOMPARE(data->bands.last().phase, status->phase);
        QCOMPARE(data->bands.last().policyId, status->policyId);
        qsizetype changes = 0;
        for (const TimelineEvent &event : data->events)
            changes += event.kind == TimelineEvent::Kind::PhaseChange ? 1 : 0;
        QCOMPARE(changes, status->history.size());
        QCOMPARE(changes, 2);
    }

    void oneMarkerPerDay()
    {
        QCOMPARE(m_data.days.size(), 23); // 1–23 Sep; today is not complete
        QCOMPARE(m_data.verdict(QDate(2026, 9, 3))->state, DayState::Unknown);
        for (QDate d(2026, 9, 10); d <= QDate(2026, 9, 20); d = d.addDays(1))
            QCOMPARE(m_data.verdict(d)->state, DayState::Clean);
        QCOMPARE(m_data.verdict(QDate(2026, 9, 21))->state, DayState::Failing);
        QCOMPARE(m_data.verdict(QDate(2026, 9, 21))->failuresBySender.value(u"Google"_s), 10);
        QCOMPARE(m_data.verdict(QDate(2026, 9, 22))->state, DayState::Unknown);
        QVERIFY(!m_data.verdict(kToday));
    }

    void eventsAreMarked()
    {
        QList<TimelineEvent::Kind> kinds;
        for (const TimelineEvent &e : m_data.events)
            kinds << e.kind;
        QCOMPARE(kinds.count(TimelineEvent::Kind::PhaseChange), 2);
        QCOMPARE(kinds.count(TimelineEvent::Kind::PolicyPublished), 1);
        const auto published =
            std::find_if(m_data.events.cbegin(), m_data.events.cend(),
                         [](auto &e) { return e.kind == TimelineEvent::Kind::PolicyPublished; });
        QCOMPARE(published->day, QDate(2026, 9, 10));
    }

    void paintedMarkersAndBands()
    {
        TimelineView view;
        view.resize(1000, 200);
        view.setData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitAll();
        TimelineCanvas *canvas = view.canvas();
        const QImage image = canvas->grab().toImage();
        auto colourIn = [&](const QDate &day) {
            const QRect r = canvas->dayRect(day);
            return image.pixelColor(r.left() + 2, r.center().y() + r.height() / 3);
        };
        QVERIFY(
            sameColour(colourIn(QDate(2026, 9, 12)), TimelinePainter::stateColor(DayState::Clean)));
        QVERIFY(sameColour(colourIn(QDate(2026, 9, 21)),
                           TimelinePainter::stateColor(DayState::Failing)));
        QVERIFY(!sameColour(colourIn(QDate(2026, 9, 22)),
                            TimelinePainter::stateColor(DayState::Failing)));
        // The band row above a testing day is painted in the testing colour.
        const QRect testingDay = canvas->dayRect(QDate(2026, 9, 15));
        const int bandY = TimelinePainter::kPadding * 2 + TimelinePainter::kAxisHeight + 2;
        QVERIFY(sameColour(image.pixelColor(testingDay.center().x(), bandY),
                           TimelinePainter::phaseColor(RolloutPhase::Testing)));
        const QRect preparedDay = canvas->dayRect(QDate(2026, 9, 6));
        QVERIFY(sameColour(image.pixelColor(preparedDay.center().x(), bandY),
                           TimelinePainter::phaseColor(RolloutPhase::Prepared)));
        if (const QString dir = qEnvironmentVariable("STSDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            view.grab().save(dir + u"/timeline-view.png"_s);
    }

    void clickingADayEmitsItsDate()
    {
        TimelineView view;
        view.resize(1000, 200);
        view.setData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy spy(&view, &TimelineView::dayActivated);
        TimelineCanvas *canvas = view.canvas();
        for (const QDate &day : {QDate(2026, 9, 21), QDate(2026, 9, 11)}) {
            QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->dayRect(day).center());
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.takeFirst().at(0).toDate(), day);
        }
        // Today has no verdict yet, and a click outside the day row opens nothing.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->dayRect(kToday).center());
        QTest::mouseClick(canvas, Qt::LeftButton, {},
                          canvas->dayRect(QDate(2026, 9, 21)).center() - QPoint(0, 40));
        QCOMPARE(spy.size(), 0);
    }

    void zoomAndScroll()
    {
        TimelineView view;
        view.resize(800, 200);
        view.setData(m_data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineCanvas *canvas = view.canvas();
        const double fitted = canvas->pixelsPerDay();
        QVERIFY(canvas->contentWidth() <= canvas->width());
        view.findChild<QToolButton *>(u"zoomIn"_s)->click();
        QVERIFY(canvas->pixelsPerDay() > fitted);
        // Ctrl+wheel zooms around the cursor: the day under it stays under it.
        const QDate anchor(2026, 9, 12);
        const QPoint at = canvas->dayRect(anchor).center();
        QWheelEvent wheel(at, canvas->mapToGlobal(at), {}, {0, 240}, Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->pixelsPerDay() > fitted * 1.5);
        QVERIFY(canvas->dayRect(anchor).contains(at));
        // Zoomed in, the timeline scrolls.
        QVERIFY(canvas->contentWidth() > canvas->width());
        const double before = canvas->scrollX();
        QWheelEvent scroll(at, canvas->mapToGlobal(at), {}, {0, -120}, Qt::NoButton, {},
                           Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &scroll);
        QVERIFY(canvas->scrollX() > before);
        view.findChild<QToolButton *>(u"zoomFit"_s)->click();
        QCOMPARE(canvas->scrollX(), 0.0);
        QVERIFY(canvas->contentWidth() <= canvas->width());
        view.findChild<QToolButton *>(u"zoomOut"_s)->click();
        QVERIFY(canvas->pixelsPerDay() < fitted);
    }

    // The first day of an engagement: discovery, prepared and testing one day each, as narrow as
    // a day at the fitted zoom. Every phase name is readable in full, none covers another, and the
    // today tag covers none of them nor an event's name.
    static TimelineData oneBusyDay()
    {
        TimelineData data;
        data.first = QDate(2026, 12, 5);
        data.last = QDate(2026, 12, 7);
        data.today = data.last;
        data.bands = {{RolloutPhase::Discovery, data.first, data.first, {}},
                      {RolloutPhase::Prepared, data.first.addDays(1), data.first.addDays(1), {}},
                      {RolloutPhase::Testing, data.last, data.last, u"20261207141632"_s}};
        data.events = {
            {TimelineEvent::Kind::PhaseChange, data.last, u"Testing"_s, {}},
            {TimelineEvent::Kind::PolicyPublished, data.last, u"Policy published"_s, {}}};
        return data;
    }

    void phaseNamesAreNeverClipped()
    {
        const TimelineData data = oneBusyDay();
        const QFont font;
        const QFontMetrics metrics(font);
        const int width = 880;
        for (const double perDay : {14.0, 48.0}) {
            const TimelinePainter painter(data, perDay, 0);
            const QList<TimelinePainter::BandLabel> labels = painter.bandLabels(metrics, width);
            QCOMPARE(labels.size(), 3);
            for (int i = 0; i < labels.size(); ++i) {
                const auto &label = labels.at(i);
                // The whole name, never "Test…".
                QVERIFY2(label.text.startsWith(displayName(data.bands.at(i).phase)),
                         qPrintable(label.text));
                QVERIFY(!label.text.contains(u"…"_s));
                QVERIFY(label.rect.width() >= metrics.horizontalAdvance(label.text) - 0.5);
                QVERIFY(label.rect.right() <= width);
                if (i > 0)
                    QVERIFY(!label.rect.intersects(labels.at(i - 1).rect));
                // Inside its band, or on a tag that starts at it.
                const double bandLeft = painter.dayLeft(data.bands.at(i).first);
                const double bandRight = painter.dayLeft(data.bands.at(i).last.addDays(1));
                QVERIFY(label.rect.left() >= bandLeft);
                if (label.inside)
                    QVERIFY(label.rect.right() <= bandRight);
            }
            // A 14-pixel band cannot hold "Discovery": it gets a tag beside it.
            if (perDay < 20)
                QVERIFY(!labels.first().inside);

            const QRectF today = painter.todayLabelRect(metrics, width);
            QVERIFY(today.isValid());
            QVERIFY(!today.intersects(painter.earliestEnforceLabelRect(metrics, width)));
            for (const auto &label : labels)
                QVERIFY(!today.intersects(label.rect));
            for (int i = 0; i < data.events.size(); ++i) {
                const QRectF name = painter.eventLabelRect(i);
                const QRectF used(name.left(), name.top(),
                                  metrics.horizontalAdvance(data.events.at(i).label),
                                  name.height());
                QVERIFY(!today.intersects(used));
            }
        }
    }

    // Zooming out of a short rollout shows the weeks ahead on the axis, not the same days
    // smaller; at the limits the buttons say they can do no more.
    void zoomChangesWhatIsShown()
    {
        TimelineView view;
        view.resize(900, 200);
        view.setData(oneBusyDay());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelineCanvas *canvas = view.canvas();
        const auto lastShown = [canvas] {
            return TimelinePainter(canvas->data(), canvas->pixelsPerDay(), canvas->scrollX())
                .axisDayAt(canvas->width() - 1);
        };
        const QDate fitted = lastShown();
        auto *zoomIn = view.findChild<QToolButton *>(u"zoomIn"_s);
        auto *zoomOut = view.findChild<QToolButton *>(u"zoomOut"_s);
        QCOMPARE(canvas->pixelsPerDay(), TimelineCanvas::kMaxPixelsPerDay);
        QVERIFY(!zoomIn->isEnabled());
        zoomOut->click();
        QVERIFY(zoomIn->isEnabled());
        QVERIFY(lastShown() > fitted);
        while (zoomOut->isEnabled())
            zoomOut->click();
        QCOMPARE(canvas->pixelsPerDay(), TimelineCanvas::kMinPixelsPerDay);
        QVERIFY(lastShown() > fitted.addDays(300));
    }

    void offscreenImageForTheRunbook()
    {
        const QImage image = renderTimelineImage(m_db, m_id, QSize(900, 180), kToday);
        QCOMPARE(image.size(), QSize(900, 180));
        const double perDay = TimelinePainter::fitPixelsPerDay(900, 24);
        const int bandY = TimelinePainter::kPadding * 2 + TimelinePainter::kAxisHeight + 2;
        QVERIFY(sameColour(image.pixelColor(int(perDay * 14.5), bandY),
                           TimelinePainter::phaseColor(RolloutPhase::Testing)));
        QVERIFY(renderTimelineImage(m_db, 999999, QSize(900, 180), kToday).isNull());

        // Twice the pixels for print: the same picture, each logical pixel a 2x2 block.
        const QImage sharp = renderTimelineImage(m_db, m_id, QSize(900, 180), kToday, 2.0);
        QCOMPARE(sharp.size(), QSize(1800, 360));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QVERIFY(sameColour(sharp.pixelColor(int(perDay * 14.5) * 2, bandY * 2),
                           TimelinePainter::phaseColor(RolloutPhase::Testing)));
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timeline_view.moc"
