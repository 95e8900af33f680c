// One engagement in a workspace, every face that publishes its DNS records: the wizard's Records
// page (its table and each export), every exporter of the table, `stsdesk-cli records export
// --engagement`, the artifacts (in the process as the Hosting page makes them, and
// `stsdesk-cli artifacts write`), the runbook's zone and the handover bundle's DNS files. All must
// hold the same records, record for record, and the records the engagement needs (written out
// by hand below). The engagement (tests/support/PublishPlanEngagement) touches each rule the faces
// used to decide on their own: TLSA digest sources, host-level TLS-RPT, CNAME policy host, DANE.
#include "PublishPlanEngagement.h"
#include "RecordReader.h"
#include "TestEnv.h"
#include "mainwindow/Workspace.h"
#include "records/ExportFormats.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "services/DeployInputLoader.h"
#include "services/HandoverBundle.h"
#include "services/PublishPlanner.h"
#include "wizard/RecordsPage.h"

#include <QApplication>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;

class TestPublishConsistency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    test::PublishPlanEngagement m_engagement;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    QStringList m_expected;
    QByteArray m_planBind; // the plan's set through the BIND exporter

    QString database() const { return m_dir.filePath(u"ws.sqlite"_s); }
    QString id() const { return QString::number(m_engagement.engagementId); }

    // What the engagement publishes, written from its facts (not from any code under test).
    QStringList expected() const
    {
        const test::PublishPlanEngagement &e = m_engagement;
        const auto tlsa = [](const QString &host, const QByteArray &digest) {
            return u"_25._tcp.%1.publish.example. 3600 TLSA 3 1 1 %2"_s.arg(
                host, QString::fromLatin1(digest.toHex()));
        };
        const QString report = u"v=TLSRPTv1; rua=mailto:tlsrpt@publish.example"_s;
        QStringList out{
            u"_mta-sts.publish.example. 3600 TXT v=STSv1; id=%1;"_s.arg(e.policyId),
            u"_smtp._tls.publish.example. 3600 TXT "_s + report,
            u"mta-sts.publish.example. 3600 CNAME pages.hoster.example."_s,
            // mx1: the served key, the staged next key, and the older key DNS still publishes.
            tlsa(u"mx1"_s, e.k1), tlsa(u"mx1"_s, e.stagedNext), tlsa(u"mx1"_s, e.k0),
            u"_smtp._tls.mx1.publish.example. 3600 TXT "_s + report,
            // mx2: signed, no TLSA yet: the served key and the staged next key.
            tlsa(u"mx2"_s, e.k2), tlsa(u"mx2"_s, e.stagedNext),
            u"_smtp._tls.mx2.publish.example. 3600 TXT "_s + report,
            // Nothing for the provider's host (unsigned, and not ours to publish).
        };
        out.sort();
        return out;
    }

    // `content` in `format` holds the expected records; byte-identical to the plan's rendering.
    void compare(const QString &face, const QString &format, const QByteArray &content)
    {
        const QString what = face + u" / "_s + format;
        const QByteArray plan = records::makeExporter(format)->render(planSet());
        QVERIFY2(content == plan, qPrintable(what + u":\n"_s + QString::fromUtf8(content)));
        if (const auto reader = test::readerFor(format))
            QVERIFY2((*reader)(content) == m_expected,
                     qPrintable(what + u":\n"_s + (*reader)(content).join(u'\n')));
    }
    records::RecordSet planSet() const
    {
        auto plan = services::PublishPlanner(m_db).plan(m_engagement.engagementId);
        return *plan->recordSet();
    }
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    test::ToolRun cli(const QStringList &args) const
    {
        return test::runTool(test::cliPath(), args + QStringList{u"--database"_s, database()},
                             60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The CLI's name: the staged keys then lie where stsdesk-cli looks for them too.
        QCoreApplication::setApplicationName(u"stsdesk"_s);
        QCoreApplication::setOrganizationName(u"stsdesk"_s);
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = database();
        auto db = storage::Database::open(location);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().describe()));
        m_db = *db;
        QDir().mkpath(m_dir.filePath(u"pki"_s));
        QVERIFY2(m_engagement.populate(m_db, m_dir.filePath(u"pki"_s), m_now),
                 qPrintable(m_engagement.error));
        m_expected = expected();
    }

    void planHoldsTheRecords()
    {
        auto plan = services::PublishPlanner(m_db).plan(m_engagement.engagementId);
        QVERIFY(plan);
        QVERIFY(plan->daneAvailable);
        auto set = plan->recordSet();
        QVERIFY2(set, qPrintable(set ? QString() : set.error().describe()));
        QCOMPARE(test::canonicalRecords(*set), m_expected);
    }

    void everyExporter()
    {
        for (const records::ExportFormat &format : records::exportFormats())
            compare(u"exporter"_s, format.key, format.make({})->render(planSet()));
    }

    void wizardRecordsPage()
    {
        ui::Workspace workspace(m_db, std::make_shared<FixedClock>(m_now));
        ui::RecordsPage page(&workspace, [this] { return m_engagement.engagementId; });
        page.initializePage();
        QVERIFY(page.recordSet());
        QCOMPARE(test::canonicalRecords(*page.recordSet()), m_expected);
        auto *table = page.findChild<QTableWidget *>(u"recordsTable"_s);
        QCOMPARE(table->rowCount(), m_expected.size());
        for (const records::ExportFormat &format : records::exportFormats()) {
            const QString path = m_dir.filePath(u"wizard-"_s + format.key);
            page.setSaveFileChooser([&](const QString &, const QString &) { return path; });
            QVERIFY(page.exportRecords(format.key));
            compare(u"wizard"_s, format.key, read(path));
        }
    }

    void cliRecordsExport()
    {
        for (const records::ExportFormat &format : records::exportFormats()) {
            const test::ToolRun run = cli(
                {u"records"_s, u"export"_s, u"--engagement"_s, id(), u"--format"_s, format.key});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            compare(u"records export"_s, format.key, run.out);
        }
    }

    void artifacts()
    {
        auto built = deploy::buildEngagementArtifacts(m_db, m_engagement.engagementId, {});
        QVERIFY2(built, qPrintable(built ? QString() : built.error().describe()));
        const QString out = m_dir.filePath(u"artifacts"_s);
        const test::ToolRun run = cli({u"artifacts"_s, u"write"_s, id(), u"--out"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        for (const records::ExportFormat &format : records::exportFormats()) {
            const auto file =
                std::find_if(built->cbegin(), built->cend(), [&](const deploy::Artifact &a) {
                    return a.relativePath == format.artifactPath;
                });
            QVERIFY2(file != built->cend(), qPrintable(format.artifactPath));
            compare(u"artifacts"_s, format.key, file->content);
            compare(u"artifacts write"_s, format.key, read(out + u'/' + format.artifactPath));
        }
    }

    void runbookZone()
    {
        auto data = runbook::loadRunbookData(m_db, m_engagement.engagementId, m_now,
                                             TextLanguage::Translated);
        QVERIFY2(data, qPrintable(data ? QString() : data.error().describe()));
        compare(u"runbook"_s, u"bind"_s, data->zoneFile);

        // The DANE section shows the plan's decision and digests, not a rule of its own.
        auto plan = services::PublishPlanner(m_db).plan(m_engagement.engagementId);
        QVERIFY(plan);
        QCOMPARE(data->daneAvailable(), plan->daneAvailable);
        const runbook::RunbookLanguage english(u"en"_s);
        runbook::RunbookOptions options;
        options.language = u"en"_s;
        options.now = m_now;
        const runbook::RunbookDocument document =
            runbook::RunbookBuilder(*data, options, english).build();
        const auto dane =
            std::find_if(document.sections.cbegin(), document.sections.cend(),
                         [](const runbook::RunbookSection &s) { return s.key == u"dane"_s; });
        QVERIFY(dane != document.sections.cend());
        int digests = 0;
        for (const services::HostDigests &host : plan->daneHosts) {
            for (const QByteArray &digest : host.all()) {
                ++digests;
                QVERIFY2(dane->html.contains(u"3 1 1 "_s + QString::fromLatin1(digest.toHex())),
                         qPrintable(host.host));
            }
        }
        QVERIFY(digests > 0);
        // The table of records, before the key rotation procedures that repeat them step by step.
        const QString table = dane->html.left(dane->html.indexOf(u"<h2>"_s));
        QCOMPARE(table.count(u"3 1 1 "_s), digests);
    }

    void handoverBundle()
    {
        auto files = bundle::collectHandoverFiles(m_db, m_engagement.engagementId, {});
        QVERIFY2(files, qPrintable(files ? QString() : files.error().describe()));
        for (const records::ExportFormat &format : records::exportFormats()) {
            const auto file =
                std::find_if(files->cbegin(), files->cend(), [&](const bundle::BundleFile &f) {
                    return f.path == u"artifacts/"_s + format.artifactPath;
                });
            QVERIFY2(file != files->cend(), qPrintable(format.artifactPath));
            compare(u"bundle"_s, format.key, file->content);
        }
    }
};

QTEST_MAIN(TestPublishConsistency)
#include "test_publish_consistency.moc"
