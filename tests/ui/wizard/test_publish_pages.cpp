// The wizard's "Policy", "DNS records", "Hosting & renewal" and "DANE" pages on the Knot lab,
// walked like a consultant would: discovery snapshot first (as the Mail servers page stores it),
// then Next through the pages, saving a policy version, exporting the BIND records, saving the
// artifact folder. The consumers check the results: kzonecheck reads the zone, nginx -t the block.
#include "ChildLookup.h"
#include "TestEnv.h"
#include "WizardLab.h"
#include "dns/Discovery.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "mtasts/PolicyGenerator.h"
#include "nginx/NginxServer.h"
#include "pki/TestPki.h"
#include "storage/DiscoveryRepository.h"
#include "storage/PolicyRepository.h"
#include "tls/KeyGenerator.h"
#include "tls/StagedKeyFinder.h"
#include "wizard/DanePage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/HostingPage.h"
#include "wizard/PatternEditor.h"
#include "wizard/PolicyPage.h"
#include "wizard/RecordsPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

class TestPublishPages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DnsLab> m_lab;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

    static QString cellText(QTableWidget *table, int row, int column)
    {
        return row < 0 || !table->item(row, column) ? QString() : table->item(row, column)->text();
    }
    static int rowOf(QTableWidget *table, int column, const QString &text, int otherColumn = -1,
                     const QString &otherText = {})
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (cellText(table, row, column) == text &&
                (otherColumn < 0 || cellText(table, row, otherColumn).startsWith(otherText)))
                return row;
        return -1;
    }

    // An engagement on `domain` with a stored discovery snapshot of the lab, as "Mail servers"
    // leaves it after Rescan.
    qint64 engagementWithSnapshot(const QString &domain)
    {
        Engagement draft;
        draft.customer = u"Lab customer"_s;
        draft.domain = *DomainName::fromUserInput(domain);
        auto created = m_workspace->engagements().create(draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        dns::DiscoveryOptions options;
        options.resolver = *dns::ResolverConfig::parse(m_lab->resolverSpec());
        options.trustAnchorFile = m_lab->trustAnchorFile();
        auto report = dns::discover(domain, options);
        if (!report)
            qFatal("discovery failed: %s", qPrintable(report.error().message));
        storage::DiscoverySnapshot snapshot;
        snapshot.engagementId = created->id;
        snapshot.trustAnchor = m_lab->trustAnchorFile();
        snapshot.report = *report;
        if (!storage::DiscoveryRepository(m_workspace->databasePtr()).save(snapshot, u"test"_s))
            qFatal("snapshot not saved");
        return created->id;
    }
    std::unique_ptr<EngagementWizard> openWizard(qint64 id)
    {
        auto engagement = m_workspace->engagements().get(id);
        auto wizard = std::make_unique<EngagementWizard>(m_workspace.get(), *engagement);
        wizard->show();
        wizard->activateWindow();
        if (!QTest::qWaitForWindowActive(wizard.get()))
            qFatal("wizard not active");
        return wizard;
    }
    // Presses Next until `target` shows (pages of other capabilities may sit in between).
    static bool nextUntil(EngagementWizard *wizard, int target)
    {
        for (int step = 0; step < 12 && wizard->currentId() != target; ++step) {
            QAbstractButton *next = wizard->button(QWizard::NextButton);
            if (!next->isVisible() || !QTest::qWaitFor([&] { return next->isEnabled(); }, 30000))
                return false;
            QTest::mouseClick(next, Qt::LeftButton);
        }
        return wizard->currentId() == target;
    }
    static void screenshot(EngagementWizard *wizard, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STSDESK_SCREENS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QCoreApplication::processEvents();
        wizard->grab().save(dir + u"/wizard-"_s + name + u".png"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_shared<FixedClock>(m_now);
        STSDESK_START_WIZARD_LAB(u"test_publish_pages"_s, m_dir.filePath(u"publish.sqlite"_s),
                                 m_clock, m_lab, m_workspace);
    }
    void cleanupTestCase()
    {
        m_workspace.reset();
        m_lab.reset();
    }

    void signedDomainWalk()
    {
        const qint64 id = engagementWithSnapshot(u"secure.test"_s);
        // A DANE rollover in preparation: current + next key staged in the secrets folder.
        QDir(tls::StagedKeyFinder::secretsDir(id)).removeRecursively(); // left by an earlier run
        auto staged = tls::KeyGenerator(tls::StagedKeyFinder::secretsDir(id))
                          .generateWithNext(u"secure.test-lab"_s, tls::KeyAlgorithm::EcdsaP256);
        QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
        storage::PolicyRepository policies(m_workspace->databasePtr());

        auto wizard = openWizard(id);
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::PolicyPageId));

        // --- Policy: suggestions from the MX inventory, live validation, save, enforce.
        PolicyPage *policy = wizard->policyPage();
        auto *patterns = child<QListWidget>(policy, u"patternList"_s);
        auto *problems = child<QListWidget>(policy, u"policyProblems"_s);
        auto *preview = child<QPlainTextEdit>(policy, u"policyPreview"_s);
        QCOMPARE(patterns->count(), 2);
        QCOMPARE(patterns->item(0)->text(), u"mx1.secure.test"_s);
        QCOMPARE(patterns->item(1)->text(), u"mx2.secure.test"_s);
        auto *suggestions = child<QTreeWidget>(policy, u"suggestionTree"_s);
        QCOMPARE(suggestions->topLevelItemCount(), 2);
        QVERIFY(suggestions->topLevelItem(0)->text(1).contains(u"mx1.secure.test (10)"_s));
        QVERIFY(preview->toPlainText().contains(u"mode: testing  \\r\\n\n"_s));
        QCOMPARE(problems->count(), 1);
        QVERIFY(problems->item(0)->data(Qt::UserRole).toString().isEmpty()); // "valid"

        // A misplaced star, typed into a new line: the parser's problem names line 5.
        QTest::mouseClick(child<QPushButton>(policy, u"addPatternButton"_s), Qt::LeftButton);
        // What the inline editor commits (typing into the offscreen editor is not reliable).
        patterns->item(2)->setText(u"mx.*.secure.test"_s);
        QCOMPARE(patterns->count(), 3);
        QVERIFY(!policy->draftParse().policy);
        QCOMPARE(problems->item(0)->data(Qt::UserRole).toString(), u"policy.mx-invalid"_s);
        QCOMPARE(problems->item(0)->data(Qt::UserRole + 1).toInt(), 5);
        QVERIFY(problems->item(0)->text().startsWith(u"Line 5: Error: "_s));
        auto *save = child<QPushButton>(policy, u"saveVersionButton"_s);
        QVERIFY(!save->isEnabled());
        patterns->setCurrentRow(2);
        patterns->setFocus();
        QTest::keyClick(patterns, Qt::Key_Delete);
        QCOMPARE(patterns->count(), 2);
        QVERIFY(save->isEnabled());

        QTest::keyClick(wizard->windowHandle(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(policies.forEngagement(id));
        QTRY_COMPARE_WITH_TIMEOUT(policies.forEngagement(id)->size(), 1,
                                  2000); // shortcuts animate the click
        const storage::StoredPolicyVersion first = policies.forEngagement(id)->at(0);
        QCOMPARE(first.version.id, u"20261129120000"_s);
        QCOMPARE(first.body, QByteArray("version: STSv1\r\nmode: testing\r\nmx: mx1.secure.test\r\n"
                                        "mx: mx2.secure.test\r\nmax_age: 86400\r\n"));
        QCOMPARE(first.body, policy->draftFile());
        auto *versions = child<QTableWidget>(policy, u"policyVersions"_s);
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(cellText(versions, 0, PolicyPage::IdColumn), first.version.id);

        // The customer published it; the enforce version comes next, one second later by id.
        QVERIFY(policies.markPublished(first.rowId, m_now));
        policy->initializePage();
        QTest::mouseClick(child<QPushButton>(policy, u"enforceVersionButton"_s), Qt::LeftButton);
        QCOMPARE(policies.forEngagement(id)->size(), 2);
        const storage::StoredPolicyVersion enforce = policies.forEngagement(id)->at(1);
        QCOMPARE(enforce.version.id, u"20261129120001"_s);
        QCOMPARE(enforce.version.policy.mode, mtasts::PolicyMode::Enforce);
        QCOMPARE(enforce.version.policy.maxAge, mtasts::kEnforceMaxAge);
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->currentRow(), 1);
        const QString order = child<QLabel>(policy, u"publishOrder"_s)->text();
        QVERIFY2(order.indexOf(u"mta-sts.txt"_s) < order.indexOf(u"id 20261129120001"_s),
                 qPrintable(order));
        QVERIFY2(order.contains(u"https://mta-sts.secure.test/.well-known/mta-sts.txt"_s),
                 qPrintable(order));
        const QString until =
            QLocale().toString(m_now.addSecs(86400).toLocalTime(), QLocale::LongFormat);
        QVERIFY2(order.contains(u"version 20261129120000"_s) && order.contains(until),
                 qPrintable(order));
        policy->setFocus();
        versions->selectRow(0);
        screenshot(wizard.get(), u"policy"_s);

        // --- DNS records: every record, with the published version's id; BIND export.
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::RecordsPageId));
        RecordsPage *recordsPage = wizard->recordsPage();
        auto *table = child<QTableWidget>(recordsPage, u"recordsTable"_s);
        QVERIFY(recordsPage->recordSet().has_value());
        QCOMPARE(table->rowCount(), recordsPage->recordSet()->records().size());
        const int sts = rowOf(table, RecordsPage::NameColumn, u"_mta-sts.secure.test."_s);
        QCOMPARE(cellText(table, sts, RecordsPage::ValueColumn),
                 u"\"v=STSv1; id=20261129120000;\""_s);
        QCOMPARE(cellText(table,
                          rowOf(table, RecordsPage::NameColumn, u"_smtp._tls.secure.test."_s),
                          RecordsPage::ValueColumn),
                 u"\"v=TLSRPTv1; rua=mailto:tlsrpt@secure.test\""_s);
        QCOMPARE(cellText(table, rowOf(table, RecordsPage::NameColumn, u"mta-sts.secure.test."_s),
                          RecordsPage::ValueColumn),
                 u"127.0.0.1"_s);
        // mx1: the digest DNS publishes now plus the staged one; mx2 publishes only unusable
        // records, so its current key is the staged current key.
        const QString labTlsa =
            u"3 1 1 "_s + QString::fromLatin1(test::DnsLab::labDigest().toHex());
        const QString nextTlsa = u"3 1 1 "_s + QString::fromLatin1(staged->next.spkiSha256.toHex());
        const QString currentTlsa =
            u"3 1 1 "_s + QString::fromLatin1(staged->current.spkiSha256.toHex());
        QVERIFY(rowOf(table, RecordsPage::NameColumn, u"_25._tcp.mx1.secure.test."_s,
                      RecordsPage::ValueColumn, labTlsa) >= 0);
        QVERIFY(rowOf(table, RecordsPage::NameColumn, u"_25._tcp.mx1.secure.test."_s,
                      RecordsPage::ValueColumn, nextTlsa) >= 0);
        QVERIFY(rowOf(table, RecordsPage::NameColumn, u"_25._tcp.mx2.secure.test."_s,
                      RecordsPage::ValueColumn, currentTlsa) >= 0);
        QVERIFY(rowOf(table, RecordsPage::NameColumn, u"_smtp._tls.mx1.secure.test."_s) >= 0);

        // Ctrl+C in the table: the selected row as a zone-file line.
        table->setFocus();
        table->selectRow(sts);
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(),
                 u"_mta-sts.secure.test. 3600 IN TXT \"v=STSv1; id=20261129120000;\"\n"_s);

        const QString zonePath = m_dir.filePath(u"secure.test.zone"_s);
        QString suggested;
        recordsPage->setSaveFileChooser([&](const QString &name, const QString &) {
            suggested = name;
            return zonePath;
        });
        child<QAction>(recordsPage, u"export-bind"_s)->trigger();
        QCOMPARE(suggested, u"records-lab-customer-2026-11-29.zone"_s); // customer and day
        QFile zone(zonePath);
        QVERIFY(zone.open(QIODevice::ReadOnly));
        const QByteArray snippet = zone.readAll();
        for (const records::DnsRecordSpec &record : recordsPage->recordSet()->records())
            QVERIFY2(snippet.contains(record.rdata().toUtf8()), qPrintable(record.rdata()));
        if (test::haveProgram(u"kzonecheck"_s)) {
            const QByteArray full = "$ORIGIN secure.test.\n$TTL 300\n@ SOA ns.invalid. "
                                    "hostmaster.invalid. 1 3600 600 86400 300\n@ NS ns.invalid.\n" +
                                    snippet;
            QFile wrapped(m_dir.filePath(u"wrapped.zone"_s));
            QVERIFY(wrapped.open(QIODevice::WriteOnly) && wrapped.write(full) == full.size());
            wrapped.close();
            const test::ToolRun check = test::runTool(
                u"kzonecheck"_s, {u"-v"_s, u"-o"_s, u"secure.test."_s, wrapped.fileName()});
            QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        }
        // A folder that cannot be written: what happened, what it means, what to do next.
        recordsPage->setSaveFileChooser([&](const QString &, const QString &) {
            return m_dir.filePath(u"no-such-folder/records.zone"_s);
        });
        QVERIFY(!recordsPage->exportRecords(u"bind"_s));
        const QString failed = child<QLabel>(recordsPage, u"recordsMessage"_s)->text();
        QVERIFY2(failed.contains(u"could not be written"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"Nothing was exported"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"Next: choose a folder you can write to"_s), qPrintable(failed));
        screenshot(wizard.get(), u"records"_s);

        // --- Hosting & renewal: nginx, Postfix; the folder holds an nginx block nginx accepts.
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::HostingPageId));
        HostingPage *hosting = wizard->hostingPage();
        QVERIFY(child<QRadioButton>(hosting, u"hostingNginx"_s)->isChecked());
        QVERIFY(!hosting->artifacts().isEmpty());
        auto *artifactList = child<QListWidget>(hosting, u"artifactList"_s);
        QCOMPARE(artifactList->count(), hosting->artifacts().size());
        const QString nginxName = u"nginx/mta-sts.secure.test.conf"_s;
        const auto nginxItems = artifactList->findItems(nginxName, Qt::MatchExactly);
        QCOMPARE(nginxItems.size(), 1);
        artifactList->setCurrentItem(nginxItems.first());
        QVERIFY(child<QPlainTextEdit>(hosting, u"artifactViewer"_s)
                    ->toPlainText()
                    .contains(u"server_name mta-sts.secure.test"_s));
        screenshot(wizard.get(), u"hosting"_s);

        test::LabDir lab(u"publish"_s);
        QVERIFY(lab.isValid());
        const QString out = lab.filePath(u"artifacts"_s);
        hosting->setFolderChooser([&] { return out; });
        QTest::mouseClick(child<QPushButton>(hosting, u"saveArtifactsButton"_s), Qt::LeftButton);
        QVERIFY2(QFileInfo::exists(out + u'/' + nginxName),
                 qPrintable(child<QLabel>(hosting, u"hostingMessage"_s)->text()));
        QVERIFY(QFileInfo::exists(out + u"/policy/mta-sts.txt"_s));
        // Saving again asks before replacing; "no" leaves the folder as it is.
        bool asked = false;
        hosting->setOverwriteConfirmer([&](const QString &) { return !(asked = true); });
        QVERIFY(hosting->saveToFolder().isEmpty());
        QVERIFY(asked);

        if (test::NginxServer::available()) {
            // nginx -t opens the certificate files: give it a test certificate at the place the
            // block names (the deploy hook installs the real one there).
            QFile block(out + u'/' + nginxName);
            QVERIFY(block.open(QIODevice::ReadOnly));
            QByteArray conf = block.readAll();
            const QByteArray tlsDir = "/etc/nginx/tls/mta-sts.secure.test";
            QVERIFY2(conf.contains(tlsDir), conf.constData());
            QDir().mkpath(lab.filePath(u"pki"_s));
            test::TestPki pki(lab.filePath(u"pki"_s));
            QVERIFY(pki.isValid());
            const auto leaf = pki.valid(u"mta-sts"_s, {u"mta-sts.secure.test"_s});
            QDir().mkpath(lab.filePath(u"tls"_s));
            QVERIFY(QFile::copy(leaf.fullchainPath, lab.filePath(u"tls/fullchain.pem"_s)));
            QVERIFY(QFile::copy(leaf.keyPath, lab.filePath(u"tls/privkey.pem"_s)));
            conf.replace(tlsDir, lab.filePath(u"tls"_s).toUtf8());
            test::NginxServer nginx(lab.filePath(u"nginx"_s));
            QDir().mkpath(nginx.prefix() + u"/logs"_s);
            QVERIFY2(nginx.writeConfig(conf), qPrintable(nginx.errorString()));
            const test::ToolRun check = nginx.configTest();
            QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));
        }

        // --- DANE: shown for the signed zone, with current + next per host and a dated plan.
        QVERIFY(hosting->nextId() == EngagementWizard::DanePageId);
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::DanePageId));
        auto *tlsa = child<QTableWidget>(wizard->danePage(), u"tlsaTable"_s);
        QCOMPARE(tlsa->rowCount(), 4); // mx1 and mx2, current + next each
        QCOMPARE(cellText(tlsa, rowOf(tlsa, DanePage::HostColumn, u"mx1.secure.test"_s),
                          DanePage::RecordColumn),
                 labTlsa);
        QVERIFY(rowOf(tlsa, DanePage::RecordColumn, nextTlsa) >= 0);
        QCOMPARE(
            cellText(tlsa, rowOf(tlsa, DanePage::RecordColumn, labTlsa), DanePage::OwnerColumn),
            u"_25._tcp.mx1.secure.test."_s);
        auto *plan = child<QTableWidget>(wizard->danePage(), u"rolloverTable"_s);
        QCOMPARE(plan->rowCount(), 2 * 3); // publish both, switch key, withdraw old — per host
        const QString start = QLocale().toString(m_now.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(cellText(plan, 0, DanePage::PlanWhenColumn), start);
        // Every step keeps two records until the old one is withdrawn.
        QCOMPARE(cellText(plan, 0, DanePage::PlanRecordsColumn).count(u"3 1 1"_s), 2);
        QVERIFY(cellText(plan, 1, DanePage::PlanWhenColumn) != start);
        screenshot(wizard.get(), u"dane"_s);
    }

    // Unsigned: no TLSA in the record set, but the DANE page still follows the hosting page and
    // says why DANE does not apply yet, with the records and plan it would publish once it does.
    void unsignedDomainExplainsDane()
    {
        const qint64 id = engagementWithSnapshot(u"insecure.test"_s);
        QDir(tls::StagedKeyFinder::secretsDir(id)).removeRecursively(); // left by an earlier run
        auto staged = tls::KeyGenerator(tls::StagedKeyFinder::secretsDir(id))
                          .generateWithNext(u"insecure.test-lab"_s, tls::KeyAlgorithm::EcdsaP256);
        QVERIFY2(staged, qPrintable(staged ? QString() : staged.error().message));
        auto wizard = openWizard(id);
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::PolicyPageId));
        QVERIFY(wizard->policyPage()->saveVersion());
        QVERIFY(nextUntil(wizard.get(), EngagementWizard::HostingPageId));
        QVERIFY(wizard->recordsPage()->recordSet().has_value());
        for (const records::DnsRecordSpec &r : wizard->recordsPage()->recordSet()->records())
            QVERIFY(r.role != records::RecordRole::Tlsa);
        const QString note = child<QLabel>(wizard->hostingPage(), u"hostingDaneNote"_s)->text();
        QVERIFY2(note.contains(u"DNSSEC-signed"_s) && note.contains(u"insecure.test"_s),
                 qPrintable(note));
        QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());

        QVERIFY(nextUntil(wizard.get(), EngagementWizard::DanePageId));
        const QString status = child<QLabel>(wizard->danePage(), u"daneStatus"_s)->text();
        QVERIFY2(status.contains(u"DANE needs a DNSSEC-signed zone"_s) &&
                     status.contains(u"not signed"_s) && status.contains(u"Next:"_s),
                 qPrintable(status));
        QVERIFY2(child<QLabel>(wizard->danePage(), u"tlsaLabel"_s)->text().contains(u"would"_s),
                 qPrintable(child<QLabel>(wizard->danePage(), u"tlsaLabel"_s)->text()));
        auto *tlsa = child<QTableWidget>(wizard->danePage(), u"tlsaTable"_s);
        const QString current =
            u"3 1 1 "_s + QString::fromLatin1(staged->current.spkiSha256.toHex());
        const int row = rowOf(tlsa, DanePage::RecordColumn, current);
        QVERIFY2(row >= 0, "the would-be record of the staged key is listed");
        QCOMPARE(cellText(tlsa, row, DanePage::OwnerColumn), u"_25._tcp.mail.insecure.test."_s);
        QVERIFY(rowOf(tlsa, DanePage::RecordColumn,
                      u"3 1 1 "_s + QString::fromLatin1(staged->next.spkiSha256.toHex())) >= 0);
        auto *plan = child<QTableWidget>(wizard->danePage(), u"rolloverTable"_s);
        QVERIFY(plan->rowCount() >= 3); // publish both, switch key, withdraw old
        QCOMPARE(cellText(plan, 0, DanePage::PlanHostColumn), u"mail.insecure.test"_s);
        screenshot(wizard.get(), u"dane-unsigned"_s);
    }
};

QTEST_MAIN(TestPublishPages)
#include "test_publish_pages.moc"
