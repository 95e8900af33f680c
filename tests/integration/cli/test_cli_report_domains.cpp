// Reports for a domain no engagement holds, through the built stsdesk-cli on SQLite and on a real
// PostgreSQL server (migration 0014 on both): the import says where they are, `reports
// unassigned` lists them per domain, `engagement add-domain` gives the domain and its stored
// reports to an engagement (later imports land there too), `engagement remove-domain` takes it
// back. Before, `import` counted them as imported and nothing showed them again.
#include "TestEnv.h"
#include "postgres/EngineWorkspaces.h"
#include "reports/TlsReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts::test;

class TestCliReportDomains : public QObject
{
    Q_OBJECT

    EngineWorkspaces m_engines;
    TlsReportWriter m_other{m_engines.filePath(u"other"_s), u"other.example"_s,
                            u"mx.other.example"_s};

    static ToolRun cli(const QString &database, const QStringList &args)
    {
        return EngineWorkspaces::cli(database, args);
    }
    static QJsonObject json(const ToolRun &run)
    {
        return QJsonDocument::fromJson(run.out).object();
    }
    static int storedReports(const QString &database, qint64 id)
    {
        const ToolRun listed =
            cli(database, {u"report"_s, u"list"_s, QString::number(id), u"--json"_s});
        return int(QJsonDocument::fromJson(listed.out).array().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_engines.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void assignAndRemove_data() { m_engines.addRows(u"domains"_s); }
    void assignAndRemove()
    {
        QFETCH(QString, database);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const ToolRun created =
            cli(database, {u"engagement"_s, u"create"_s, u"--customer"_s, u"Beispiel AG"_s,
                           u"--domain"_s, u"example.com"_s, u"--json"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const qint64 id = json(created).value(u"id"_s).toInteger();
        const QString idText = QString::number(id);

        const QStringList inputs{
            m_other.writeAs(tag + u"-1"_s, u"Google LLC"_s, QDate(2026, 11, 30), 40, 2),
            m_other.writeAs(tag + u"-2"_s, u"Microsoft Corporation"_s, QDate(2026, 12, 1), 30, 0)};
        const ToolRun imported = cli(database, QStringList{u"import"_s} + inputs);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QString importText = QString::fromUtf8(imported.out);
        QVERIFY2(importText.contains(u"For domains no engagement holds: 2"_s) &&
                     importText.contains(u"stsdesk-cli reports unassigned"_s),
                 qPrintable(importText));

        const ToolRun unassigned = cli(database, {u"reports"_s, u"unassigned"_s, u"--json"_s});
        QVERIFY2(unassigned.exitCode == 0, qPrintable(unassigned.describe()));
        const QJsonArray domains = json(unassigned).value(u"domains"_s).toArray();
        QCOMPARE(domains.size(), 1);
        const QJsonObject other = domains.first().toObject();
        QCOMPARE(other.value(u"domain"_s).toString(), u"other.example"_s);
        QCOMPARE(other.value(u"reports"_s).toInt(), 2);
        QCOMPARE(other.value(u"days"_s).toInt(), 2);
        QCOMPARE(other.value(u"firstDay"_s).toString(), u"2026-11-30"_s);
        QCOMPARE(other.value(u"lastDay"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(other.value(u"organizations"_s).toArray().size(), 2);
        const ToolRun text = cli(database, {u"reports"_s, u"unassigned"_s});
        QVERIFY2(QString::fromUtf8(text.out).contains(u"other.example\t2\t2\t2026-11-30"_s),
                 qPrintable(text.describe()));
        QCOMPARE(storedReports(database, id), 0);

        const ToolRun added = cli(
            database, {u"engagement"_s, u"add-domain"_s, idText, u"other.example"_s, u"--json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(json(added).value(u"reports"_s).toInt(), 2);
        QCOMPARE(json(added).value(u"reportDomains"_s).toArray(), QJsonArray({u"other.example"_s}));
        QCOMPARE(storedReports(database, id), 2);
        const ToolRun shown = cli(database, {u"engagement"_s, u"show"_s, idText});
        QVERIFY2(
            QString::fromUtf8(shown.out).contains(u"Also takes the reports for: other.example"_s),
            qPrintable(shown.describe()));
        QVERIFY(json(cli(database, {u"reports"_s, u"unassigned"_s, u"--json"_s}))
                    .value(u"domains"_s)
                    .toArray()
                    .isEmpty());
        // The same domain again, and the engagement's own domain, are refused.
        QCOMPARE(
            cli(database, {u"engagement"_s, u"add-domain"_s, idText, u"other.example"_s}).exitCode,
            1);
        QCOMPARE(
            cli(database, {u"engagement"_s, u"add-domain"_s, idText, u"mx.example.com"_s}).exitCode,
            1);

        // A later report for the domain lands on the engagement.
        const ToolRun later =
            cli(database, {u"import"_s, u"--json"_s,
                           m_other.writeAs(tag + u"-3"_s, u"Yahoo"_s, QDate(2026, 12, 2), 10, 0)});
        QVERIFY2(later.exitCode == 0, qPrintable(later.describe()));
        QCOMPARE(json(later).value(u"unassigned"_s).toInt(), 0);
        QCOMPARE(storedReports(database, id), 3);

        const ToolRun removed =
            cli(database, {u"engagement"_s, u"remove-domain"_s, idText, u"other.example"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(QString::fromUtf8(removed.out).contains(u"no longer takes"_s),
                 qPrintable(removed.describe()));
        QCOMPARE(storedReports(database, id), 0);
        QCOMPARE(json(cli(database, {u"reports"_s, u"unassigned"_s, u"--json"_s}))
                     .value(u"domains"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"reports"_s)
                     .toInt(),
                 3);
        QCOMPARE(cli(database, {u"engagement"_s, u"add-domain"_s, idText}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReportDomains)
#include "test_cli_report_domains.moc"
