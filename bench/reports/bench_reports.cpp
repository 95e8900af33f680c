// The Reports view for an engagement with a year of reports from 50 senders: the aggregate
// queries (run off the GUI thread in the app) and the charts and tables built from them (GUI
// thread). Issue 6 asks for < 100 ms for the charts.
#include "import/Importer.h"
#include "mainwindow/Workspace.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsLoader.h"
#include "reports/ReportsView.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/ReportQueries.h"
#include "storage/Database.h"

#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
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

static void print(const char *what, const QList<double> &ms)
{
    std::printf("%-44s median %7.1f ms (min %.1f, max %.1f, %lld runs)\n", what, median(ms),
                *std::min_element(ms.cbegin(), ms.cend()),
                *std::max_element(ms.cbegin(), ms.cend()), qint64(ms.size()));
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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
    const QDate last(2026, 12, 31);
    const QDate first = last.addDays(1 - days);
    auto clock = std::make_shared<FixedClock>(QDateTime(last, QTime(8, 0), Qt::UTC));
    Engagement draft;
    draft.customer = u"Bench"_s;
    draft.domain.ace = u"bench.example"_s;
    auto created = EngagementService(*db, clock, u"bench"_s).create(draft);
    if (!created) {
        std::fprintf(stderr, "seeding failed\n");
        return 1;
    }

    // Every sender reports every day; about one report in five has failures, of five types
    // spread over three MX hosts.
    const QStringList types{u"certificate-host-mismatch"_s, u"certificate-expired"_s,
                            u"starttls-not-supported"_s, u"sts-policy-fetch-error"_s,
                            u"validation-failure"_s};
    QList<sts::test::TlsReportWriter> writers;
    for (int mx = 1; mx <= 3; ++mx)
        writers.append(sts::test::TlsReportWriter(dir.filePath(u"reports%1"_s.arg(mx)),
                                                  u"bench.example"_s,
                                                  u"mx%1.bench.example"_s.arg(mx)));
    QStringList paths;
    int n = 0;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        for (int i = 0; i < senders; ++i, ++n) {
            const bool fails = n % 5 == 0;
            paths << writers[n % 3].write(u"Sender %1 GmbH"_s.arg(i), d, 1000 + i,
                                          fails ? 1 + n % 17 : 0, types.at((n / 5) % 5));
        }
    }
    QElapsedTimer importTimer;
    importTimer.start();
    auto imported = tlsrpt::Importer(*db, {}, clock).importPaths(paths);
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    std::printf("seeded %lld reports (%d days x %d senders) in %lld ms\n", qint64(paths.size()),
                days, senders, importTimer.elapsed());

    ui::Workspace workspace(*db, clock);
    ui::ReportsView view;
    view.setWorkspace(&workspace);
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents();

    QList<double> queryMs, chartsMs, viewMs, paintMs;
    ui::ReportsData data;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        data = tlsrpt::ReportQueries(ServiceContext{*db, clock, {}}).overview(created->id);
        queryMs << timer.nsecsElapsed() / 1e6;
        if (!data.error.isEmpty() || data.days.size() != qsizetype(days) * senders) {
            std::fprintf(stderr, "unexpected data: %lld rows %s\n", qint64(data.days.size()),
                         qPrintable(data.error));
            return 1;
        }

        timer.restart();
        delete ui::reportcharts::dailyResultsChart(data.days, data.failures, first, last);
        delete ui::reportcharts::senderChart(data.days);
        delete ui::reportcharts::mxHostChart(data.failures);
        chartsMs << timer.nsecsElapsed() / 1e6;

        // What the GUI thread does when the loader delivers: filters, three charts, two tables.
        timer.restart();
        view.setData(data);
        viewMs << timer.nsecsElapsed() / 1e6;

        timer.restart();
        const QPixmap frame = view.grab(); // layout and the first paint of everything visible
        paintMs << timer.nsecsElapsed() / 1e6;
        if (frame.isNull())
            return 1;
    }
    std::printf("%lld daily rows, %lld failure rows\n", qint64(data.days.size()),
                qint64(data.failures.size()));
    print("aggregate queries (worker thread)", queryMs);
    print("three charts built", chartsMs);
    print("view: filters + charts + tables (GUI thread)", viewMs);
    print("first paint of the view (grab)", paintMs);
    const bool pass = median(viewMs) < 100;
    std::printf("charts and tables: %s (target < 100 ms)\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
