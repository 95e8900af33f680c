// Runbook rendering speed: an engagement with `days` of reports from `senders` sending
// organisations (default 90 × 50), rendered to PDF in-process (offscreen). Target: < 2 s.
#include "RunbookFixture.h"
#include "runbook/RunbookWriter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int days = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 90;
    const int senderCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;

    QTemporaryDir dir;
    sts::storage::DatabaseLocation location;
    location.sqlitePath = dir.filePath(u"bench.sqlite"_s);
    auto db = sts::storage::Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return 1;
    }
    sts::test::RunbookFixture fixture;
    fixture.reportDays = days;
    fixture.senders.clear();
    for (int i = 0; i < senderCount; ++i)
        fixture.senders.append(
            i < 3 ? QStringList{u"Google LLC"_s, u"Microsoft Corporation"_s, u"Yahoo Inc."_s}[i]
                  : u"Sender %1 GmbH"_s.arg(i));
    QElapsedTimer setup;
    setup.start();
    if (!fixture.populate(*db, dir.path(), QDateTime::currentDateTimeUtc())) {
        std::fprintf(stderr, "fixture: %s\n", qPrintable(fixture.error));
        return 1;
    }
    std::printf("fixture: %d days x %d senders stored in %lld ms\n", days, senderCount,
                setup.elapsed());

    for (const QString &language : {u"en"_s, u"de"_s}) {
        qint64 best = -1;
        qint64 size = 0;
        for (int run = 0; run < 3; ++run) {
            sts::ui::RunbookOptions options;
            options.language = language;
            options.bsiChecklist = true;
            QElapsedTimer timer;
            timer.start();
            sts::Result<QByteArray> pdf =
                sts::ui::renderRunbookPdf(*db, fixture.engagementId, options);
            const qint64 ms = timer.elapsed();
            if (!pdf) {
                std::fprintf(stderr, "%s\n", qPrintable(pdf.error().describe()));
                return 1;
            }
            size = pdf->size();
            best = best < 0 ? ms : std::min(best, ms);
            std::printf("runbook %s run %d: %lld ms\n", qPrintable(language), run + 1, ms);
        }
        std::printf("runbook %s: best %lld ms, %lld KiB (target < 2000 ms): %s\n",
                    qPrintable(language), best, size / 1024, best < 2000 ? "PASS" : "FAIL");
    }
    return 0;
}
