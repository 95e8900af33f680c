// stsdesk-cli rollout exclude-sender / include-sender: a major sender that does not send to the
// customer, marked with a reason, stops blocking readiness; the status shows who said so and why.
#include "TestEnv.h"
#include "import/Importer.h"
#include "mtasts/PolicyGenerator.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "storage/PolicyRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;

class TestCliRollout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_id;

    ToolRun cli(const QStringList &args) const
    {
        return runTool(cliPath(), args + QStringList{u"--database"_s, m_database}, 60000);
    }

private Q_SLOTS:
    // Testing for 20 days (the CLI runs on the real clock): Google and Microsoft report the live
    // policy every day, Yahoo never does.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
        m_database = m_dir.filePath(u"cli.sqlite"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_database;
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        auto clock = std::make_shared<FixedClock>(
            QDateTime(today.addDays(-20), QTime(0, 0), QTimeZone::utc()));
        Engagement draft;
        draft.customer = u"Scope GmbH"_s;
        draft.domain.ace = u"scope.example"_s;
        draft.majorSenders = {u"Google"_s, u"Microsoft"_s, u"Yahoo"_s};
        Result<Engagement> created = EngagementService(*db, clock, u"t"_s).create(draft);
        QVERIFY(created.ok());
        m_id = QString::number(created->id);
        const mtasts::PolicyVersion testing = mtasts::PolicyGenerator(clock).testing(
            {*mtasts::MxPattern::parse(u"mx.scope.example"_s)});
        storage::PolicyRepository policies(*db);
        Result<qint64> row = policies.add(created->id, testing);
        QVERIFY(row.ok());
        QVERIFY(policies.markPublished(*row, clock->now()).ok());
        QVERIFY(RolloutService(*db, clock, u"t"_s).startTesting(created->id, testing.id).ok());
        TlsReportWriter writer(m_dir.filePath(u"reports"_s), u"scope.example"_s,
                               u"mx.scope.example"_s);
        QVERIFY(
            tlsrpt::Importer(*db, {}, clock)
                .importPaths(writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s},
                                                   today.addDays(-20), today.addDays(-1)))
                .ok());
        db->reset();
    }

    void excludeAndIncludeASender()
    {
        ToolRun blocked = cli({u"rollout"_s, u"status"_s, m_id});
        QVERIFY2(blocked.exitCode == 0, qPrintable(blocked.describe()));
        QVERIFY2(blocked.out.contains("no report from Yahoo"), qPrintable(blocked.describe()));

        // The reason is required; only a major sender can be excluded.
        QCOMPARE(cli({u"rollout"_s, u"exclude-sender"_s, m_id, u"Yahoo"_s}).exitCode, 2);
        QCOMPARE(cli({u"rollout"_s, u"exclude-sender"_s, m_id}).exitCode, 2);
        ToolRun unknown =
            cli({u"rollout"_s, u"exclude-sender"_s, m_id, u"Mail.ru"_s, u"--reason"_s, u"x"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("not a major sender"), qPrintable(unknown.describe()));

        ToolRun excluded =
            cli({u"rollout"_s, u"exclude-sender"_s, m_id, u"yahoo"_s, u"--reason"_s,
                 u"No Yahoo mail in the customer's MX logs since 2024"_s, u"--json"_s});
        QVERIFY2(excluded.exitCode == 0, qPrintable(excluded.describe()));
        const QJsonObject status = QJsonDocument::fromJson(excluded.out).object();
        QCOMPARE(status.value(u"readyForEnforce"_s).toBool(), true);
        const QJsonArray senders = status.value(u"excludedSenders"_s).toArray();
        QCOMPARE(senders.size(), 1);
        QCOMPARE(senders.first().toObject().value(u"sender"_s).toString(), u"Yahoo"_s);
        QCOMPARE(senders.first().toObject().value(u"reason"_s).toString(),
                 u"No Yahoo mail in the customer's MX logs since 2024"_s);
        QVERIFY(!senders.first().toObject().value(u"actor"_s).toString().isEmpty());

        ToolRun shown = cli({u"status"_s, m_id});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QVERIFY2(shown.out.contains("Ready for enforce"), qPrintable(shown.describe()));
        QVERIFY2(shown.out.contains("Yahoo — No Yahoo mail in the customer's MX logs since 2024"),
                 qPrintable(shown.describe()));

        QCOMPARE(cli({u"rollout"_s, u"include-sender"_s, m_id, u"Google"_s}).exitCode, 1);
        ToolRun included = cli({u"rollout"_s, u"include-sender"_s, m_id, u"Yahoo"_s, u"--json"_s});
        QVERIFY2(included.exitCode == 0, qPrintable(included.describe()));
        const QJsonObject after = QJsonDocument::fromJson(included.out).object();
        QCOMPARE(after.value(u"readyForEnforce"_s).toBool(), false);
        QVERIFY(after.value(u"excludedSenders"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliRollout)
#include "test_cli_rollout.moc"
