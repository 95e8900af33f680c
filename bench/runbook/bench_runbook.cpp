// Runbook rendering speed: an engagement with `days` of reports from `senders` sending
// organisations (default 90 × 50), rendered to PDF in-process (offscreen). Target: < 2 s.
// With a third argument the last English and German PDFs are written into that folder, to look
// at the pages (pdftoppm -png -r 60) before and after a change to the rendering.
#include "RunbookFixture.h"
#include "runbook/RunbookWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int days = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 90;
    const int senderCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 50;
    const QString outDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();

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
        QByteArray last;
        for (int run = 0; run < 3; ++run) {
            sts::runbook::RunbookOptions options;
            options.language = language;
            options.bsiChecklist = true;
            QElapsedTimer timer;
            timer.start();
            sts::Result<QByteArray> pdf =
                sts::render::renderRunbookPdf(*db, fixture.engagementId, options);
            const qint64 ms = timer.elapsed();
            if (!pdf) {
                std::fprintf(stderr, "%s\n", qPrintable(pdf.error().describe()));
                return 1;
            }
            last = *pdf;
            best = best < 0 ? ms : std::min(best, ms);
            std::printf("runbook %s run %d: %lld ms\n", qPrintable(language), run + 1, ms);
        }
        std::printf("runbook %s: best %lld ms, %lld KiB (target < 2000 ms): %s\n",
                    qPrintable(language), best, last.size() / 1024, best < 2000 ? "PASS" : "FAIL");
        if (!outDir.isEmpty()) {
            QFile file(QDir(outDir).filePath(u"runbook-%1.pdf"_s.arg(language)));
            if (!file.open(QIODevice::WriteOnly) || file.write(last) != last.size()) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
    }
    return 0;
}
