// Report sources and their cursors: a kind of source the workspace has never seen (a feed of
// numbered reports, defined only here) implements ReportSource, and its cursor is stored after
// each batch and resumed by the next sync, beside the IMAP cursors, with nothing in storage
// written for it. The files, watched-folder and IMAP sources run the same way (test_report_import,
// test_watched_folder, test_tlsrpt_imap).
#include "ServiceFixture.h"
#include "import/ReportSource.h"
#include "services/ReportImport.h"
#include "services/ReportQueries.h"
#include "storage/SourceCursors.h"
#include "tlsrpt/InputExtractor.h"

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

// Reports feed-1 … feed-N for lab.test, one per day, handed out `perBatch` at a time from the
// number after its cursor; the cursor is the last number of a batch.
class NumberedFeed : public tlsrpt::ReportSource
{
public:
    explicit NumberedFeed(int available, QString id = u"feed-1"_s)
        : m_available(available), m_id(std::move(id))
    {}

    QString kind() const override { return u"test-feed"_s; }
    QString id() const override { return m_id; }

    Status open(const QString &cursor) override
    {
        openedAt = cursor;
        m_next = cursor.isEmpty() ? 1 : cursor.toInt() + 1;
        return Status::success();
    }

    Result<std::optional<tlsrpt::SourceBatch>> next() override
    {
        if (m_next > m_available)
            return std::optional<tlsrpt::SourceBatch>();
        if (m_next == failAt)
            return Error{u"feed.broken"_s, u"the feed broke at %1"_s.arg(m_next)};
        tlsrpt::SourceBatch batch;
        const int last = qMin(m_available, m_next + perBatch - 1);
        for (; m_next <= last; ++m_next)
            batch.inputs << tlsrpt::InputExtractor().extractBytes(
                report(m_next), tlsrpt::Origin{u"feed://"_s + m_id, {}, {}, u"#%1"_s.arg(m_next)});
        batch.cursor = QString::number(last);
        return std::optional<tlsrpt::SourceBatch>(std::move(batch));
    }

    Status imported(const tlsrpt::SourceBatch &batch, const tlsrpt::ImportSummary &) override
    {
        followedUp << batch.cursor;
        if (cancelAfterFirst)
            cancelAfterFirst->store(true);
        return Status::success();
    }

    void close() override { closed = true; }

    int perBatch = 2;
    int failAt = 0;
    std::atomic_bool *cancelAfterFirst = nullptr;
    QString openedAt;
    QStringList followedUp;
    bool closed = false;

private:
    static QByteArray report(int n)
    {
        return uR"({"organization-name": "Feed Sender", "report-id": "feed-%1",
            "date-range": {"start-datetime": "%2T00:00:00Z", "end-datetime": "%2T23:59:59Z"},
            "policies": [{"policy": {"policy-type": "sts", "policy-domain": "lab.test"},
                          "summary": {"total-successful-session-count": %1,
                                      "total-failure-session-count": 0}}]})"_s.arg(n)
            .arg(QDate(2026, 4, 1).addDays(n).toString(Qt::ISODate))
            .toUtf8();
    }

    int m_available;
    QString m_id;
    int m_next = 1;
};

} // namespace

class TestReportSources : public QObject
{
    Q_OBJECT

    static QString cursorOf(const test::ServiceFixture &f, const QString &kind, const QString &id)
    {
        Result<QString> cursor = storage::SourceCursors(f.context.database).cursor(kind, id);
        return cursor ? *cursor : u"(error)"_s;
    }

    static qsizetype storedReports(const test::ServiceFixture &f)
    {
        return tlsrpt::ReportQueries(f.context).storedReports({})->size();
    }

private Q_SLOTS:
    void newKindIsStoredAndResumed()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        NumberedFeed first(5);
        Result<tlsrpt::ImportSummary> s = tlsrpt::ReportImport(f.context).sync(first);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().describe()));
        QCOMPARE(first.openedAt, QString()); // never synced
        QCOMPARE(s->files, 5);
        QCOMPARE(s->imported, 5);
        QCOMPARE(first.followedUp, (QStringList{u"2"_s, u"4"_s, u"5"_s}));
        QVERIFY(first.closed);
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-1"_s), u"5"_s);

        // Two more reports later: the next sync starts after the cursor and reads only those.
        NumberedFeed later(7);
        s = tlsrpt::ReportImport(f.context).sync(later);
        QVERIFY(s.ok());
        QCOMPARE(later.openedAt, u"5"_s);
        QCOMPARE(s->files, 2);
        QCOMPARE(s->imported, 2);
        QCOMPARE(s->duplicates, 0);
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-1"_s), u"7"_s);
        QCOMPARE(storedReports(f), 7);
        // Where the source says a report came from is what the workspace shows.
        const QList<tlsrpt::StoredReportInfo> reports =
            *tlsrpt::ReportQueries(f.context).storedReports({});
        QCOMPARE(reports.last().origin, u"feed://feed-1 › #7"_s);
    }

    void cursorsOfSourcesAreApart()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        NumberedFeed one(3, u"feed-1"_s);
        NumberedFeed two(1, u"feed-2"_s);
        QVERIFY(tlsrpt::ReportImport(f.context).sync(one).ok());
        QVERIFY(tlsrpt::ReportImport(f.context).sync(two).ok());
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-1"_s), u"3"_s);
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-2"_s), u"1"_s);
        // Another kind with the same id is another source.
        QCOMPARE(cursorOf(f, u"imap"_s, u"feed-1"_s), QString());
    }

    // A cancel between batches: what is in stays, and the cursor covers exactly that.
    void cancelledSyncResumesAfterWhatIsIn()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        std::atomic_bool cancel{false};
        NumberedFeed feed(5);
        feed.cancelAfterFirst = &cancel;
        Result<tlsrpt::ImportSummary> s = tlsrpt::ReportImport(f.context).sync(feed, &cancel);
        QVERIFY(s.ok());
        QVERIFY(s->cancelled);
        QCOMPARE(s->imported, 2);
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-1"_s), u"2"_s);

        NumberedFeed again(5);
        s = tlsrpt::ReportImport(f.context).sync(again);
        QVERIFY(s.ok());
        QCOMPARE(again.openedAt, u"2"_s);
        QCOMPARE(s->imported, 3);
        QCOMPARE(storedReports(f), 5);
    }

    // A source that fails mid-way: the batches before stay imported with their cursor; the
    // failing one is neither stored nor followed up.
    void failureKeepsTheCursorOfTheLastBatchIn()
    {
        test::ServiceFixture f;
        QVERIFY(f.open());
        NumberedFeed feed(6);
        feed.failAt = 5;
        Result<tlsrpt::ImportSummary> s = tlsrpt::ReportImport(f.context).sync(feed);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"feed.broken"_s);
        QCOMPARE(feed.followedUp, (QStringList{u"2"_s, u"4"_s}));
        QCOMPARE(cursorOf(f, u"test-feed"_s, u"feed-1"_s), u"4"_s);
        QCOMPARE(storedReports(f), 4);
    }
};

QTEST_GUILESS_MAIN(TestReportSources)
#include "test_report_sources.moc"
