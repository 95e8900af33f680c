// Timeline data (and its offscreen picture) for an engagement with a year of reports from 50
// senders. Issue 6 asks for < 100 ms for the data.
#include "import/Importer.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "services/TimelineData.h"
#include "storage/Database.h"
#include "timeline/TimelineImage.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace sts;

static double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int days = argc > 1 ? std::atoi(argv[1]) : 365;
    const int senders = argc > 2 ? std::atoi(argv[2]) : 50;

    QTemporaryDir dir;
    storage::DatabaseLocation location;
    location.sqlitePath = dir.filePath(u"bench.sqlite"_s);
    auto db = storage::Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const QDate today(2026, 12, 31);
    const QDate first = today.addDays(-days);
    auto clock = std::make_shared<FixedClock>(QDateTime(first, QTime(8, 0), Qt::UTC));
    Engagement draft;
    draft.customer = u"Bench"_s;
    draft.domain.ace = u"bench.example"_s;
    auto created = EngagementService(*db, clock, u"bench"_s).create(draft);
    if (!created || !RolloutService(*db, clock, u"bench"_s).startTesting(created->id, u"1"_s)) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }

    QStringList organisations;
    for (int i = 0; i < senders; ++i)
        organisations << (i < 3 ? QStringList{u"Google LLC"_s, u"Microsoft Corporation"_s,
                                              u"Yahoo Inc."_s}
                                      .at(i)
                                : u"Sender %1 GmbH"_s.arg(i));
    sts::test::TlsReportWriter writer(dir.filePath(u"reports"_s), u"bench.example"_s,
                                      u"mx.bench.example"_s);
    QStringList paths;
    for (QDate d = first; d < today; d = d.addDays(1))
        for (int i = 0; i < senders; ++i)
            paths << writer.write(organisations.at(i), d, 1000,
                                  (d.day() % 9 == 0 && i % 7 == 0) ? 3 : 0);
    QElapsedTimer importTimer;
    importTimer.start();
    auto imported = tlsrpt::Importer(*db, {}, clock).importPaths(paths);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    std::printf("seeded %lld reports (%d days x %d senders) in %lld ms\n", qint64(paths.size()),
                days, senders, importTimer.elapsed());

    QList<double> dataMs, imageMs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto data = buildTimelineData(*db, created->id, today);
        dataMs << timer.nsecsElapsed() / 1e6;
        if (!data || data->days.size() != days) {
            std::fprintf(stderr, "unexpected timeline data\n");
            return 1;
        }
        timer.restart();
        const QImage image = render::renderTimelineImage(*db, created->id, QSize(1600, 200), today);
        imageMs << timer.nsecsElapsed() / 1e6;
        if (image.isNull())
            return 1;
    }
    std::printf(
        "timeline data: median %.1f ms (min %.1f, max %.1f) over %lld runs; target < 100 ms: %s\n",
        median(dataMs), *std::min_element(dataMs.cbegin(), dataMs.cend()),
        *std::max_element(dataMs.cbegin(), dataMs.cend()), qint64(dataMs.size()),
        median(dataMs) < 100 ? "PASS" : "FAIL");
    std::printf("timeline data + 1600x200 image: median %.1f ms\n", median(imageMs));
    return median(dataMs) < 100 ? 0 : 1;
}
