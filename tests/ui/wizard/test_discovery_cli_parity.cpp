// The wizard's "Mail servers" and "DNSSEC" pages and `stsdesk-cli discover --json` against the
// same Knot lab must show the same findings: hosts, priorities, addresses, providers, findings,
// the verdict of every name and DANE per host. The CLI's JSON is the reference read back with
// DiscoveryReport::fromJson; the wizard is read from its tables as a person sees them.
#include "ChildLookup.h"
#include "TestEnv.h"
#include "WizardLab.h"
#include "engagement/EventKinds.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "wizard/DnssecPage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"
#include "wizard/VerdictPresentation.h"

#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;

namespace {

QString pageText(const char *text)
{
    return QCoreApplication::translate("sts::ui::MailServersPage", text);
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : u"<no cell>"_s;
}

// One (name, record, verdict) row as the DNSSEC page lists them.
struct VerdictRow
{
    QString name, verdict, explanation;
    bool operator==(const VerdictRow &) const = default;
};

QString describe(const QList<VerdictRow> &rows)
{
    QStringList out;
    for (const VerdictRow &r : rows)
        out << r.name + u" | "_s + r.verdict + u" | "_s + r.explanation;
    return out.join(u"\n"_s);
}

} // namespace

class TestDiscoveryCliParity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DnsLab> m_lab;
    std::unique_ptr<Workspace> m_workspace;

    std::optional<dns::DiscoveryReport> cliReport(const QString &domain)
    {
        const test::ToolRun run =
            test::runTool(test::cliPath(),
                          {u"discover"_s, domain, u"--json"_s, u"--resolver"_s,
                           m_lab->resolverSpec(), u"--trust-anchor"_s, m_lab->trustAnchorFile()},
                          60000);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.describe()));
            return std::nullopt;
        }
        return dns::DiscoveryReport::fromJson(QJsonDocument::fromJson(run.out).object());
    }

    // Opens the wizard on a new engagement for `domain`, goes to "Mail servers" and scans (F5).
    std::unique_ptr<EngagementWizard> scannedWizard(const QString &domain,
                                                    const QString &consultant = {})
    {
        Engagement draft;
        draft.customer = u"Parity customer"_s;
        draft.domain = *DomainName::fromUserInput(domain);
        draft.consultant = consultant;
        auto created = m_workspace->engagements().create(draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        auto wizard = std::make_unique<EngagementWizard>(m_workspace.get(), *created);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return {};
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        if (wizard->currentId() != EngagementWizard::MailServersPageId)
            return {};
        auto *rescan = child<QPushButton>(wizard.get(), u"rescanButton"_s);
        QTest::mouseClick(rescan, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return rescan->isEnabled(); }, 60000))
            return {};
        return wizard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::cliPath()), "build stsdesk-cli first");
        qputenv("USER", "alice"); // the login both faces name (sameActorRule)
        STSDESK_START_WIZARD_LAB(u"test_discovery_cli_parity"_s, m_dir.filePath(u"parity.sqlite"_s),
                                 Clock::system(), m_lab, m_workspace);
    }
    void cleanupTestCase()
    {
        m_workspace.reset();
        m_lab.reset();
    }

    // One actor rule for discover-and-store (services/ServiceContext.h, actorName): the person at
    // the keyboard as the face names them, never the engagement's consultant. The wizard named
    // the consultant and the CLI "stsdesk-cli (login)" before both called DiscoveryService.
    void sameActorRule()
    {
        const QString consultant = u"Carol Consultant"_s;
        auto wizard = scannedWizard(u"secure.test"_s, consultant);
        QVERIFY(wizard);
        const qint64 id = wizard->engagementId();
        const test::ToolRun run =
            test::runTool(test::cliPath(),
                          {u"discover"_s, u"--database"_s, m_dir.filePath(u"parity.sqlite"_s),
                           u"--engagement"_s, QString::number(id), u"--resolver"_s,
                           m_lab->resolverSpec(), u"--trust-anchor"_s, m_lab->trustAnchorFile()},
                          60000, {}, {}, {u"USER=alice"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));

        QStringList actors;
        for (const auto &event : m_workspace->engagements().events(id).valueOr({}))
            if (event.kind == events::kDiscoveryCompleted)
                actors << event.actor;
        const QStringList expected{actorName(Face::Gui, u"alice"_s),
                                   actorName(Face::Cli, u"alice"_s)};
        QCOMPARE(actors, expected);
        QCOMPARE(actors, (QStringList{u"alice"_s, u"stsdesk-cli (alice)"_s}));
        QVERIFY(!actors.contains(consultant));
    }

    void sameFindings_data()
    {
        QTest::addColumn<QString>("domain");
        // One domain per kind of result the lab was built for (see DnsLab.h).
        for (const char *domain :
             {"secure.test", "insecure.test", "badsig.test", "expired.test", "wrongds.test",
              "nosig.test", "nullmx.secure.test", "nomx.secure.test", "cname.secure.test",
              "noaddr.secure.test", "iplit.secure.test", "dup.secure.test", "provider.secure.test",
              "badsts.secure.test", "twosts.secure.test", "n3.test", "oo.test", "insec.oo.test",
              "many.test"})
            QTest::newRow(domain) << QString::fromLatin1(domain);
    }

    void sameFindings()
    {
        QFETCH(QString, domain);
        const std::optional<dns::DiscoveryReport> cli = cliReport(domain);
        QVERIFY(cli);
        QCOMPARE(cli->domain, domain);
        auto wizard = scannedWizard(domain);
        QVERIFY(wizard);
        auto *error = child<QLabel>(wizard.get(), u"discoveryError"_s);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));

        // Mail servers: one row per host, in the CLI's order, with the same cells.
        auto *table = child<QTableWidget>(wizard.get(), u"mailServersTable"_s);
        QCOMPARE(table->rowCount(), cli->hosts.size());
        QStringList hostNames;
        for (int row = 0; row < cli->hosts.size(); ++row) {
            const dns::MxHostReport &host = cli->hosts[row];
            hostNames << host.name;
            QCOMPARE(cell(table, row, MailServersPage::HostColumn), host.name);
            QCOMPARE(cell(table, row, MailServersPage::PriorityColumn),
                     QString::number(host.preference));
            const QStringList addresses =
                host.ipLiteral ? QStringList{host.name} : host.addresses();
            QCOMPARE(cell(table, row, MailServersPage::AddressesColumn),
                     addresses.isEmpty() ? pageText("no address") : addresses.join(u"\n"_s));
            QCOMPARE(cell(table, row, MailServersPage::ProviderColumn),
                     host.provider.isEmpty() ? pageText("other")
                                             : dns::providerDisplayName(host.provider));
            // Every finding the CLI names for this host is in its cell, and nothing else.
            const QString findings = cell(table, row, MailServersPage::FindingsColumn);
            int count = 0;
            for (const dns::Finding &f : cli->findings) {
                if (f.host != host.name)
                    continue;
                ++count;
                QVERIFY2(findings.contains(f.text()),
                         qPrintable(host.name + u": "_s + f.code + u" missing in "_s + findings));
            }
            QCOMPARE(count == 0 ? 1 : count, int(findings.split(u"\n"_s).size()));
            if (count == 0)
                QCOMPARE(findings, pageText("none"));
        }
        const QString domainFindings = child<QLabel>(wizard.get(), u"domainFindings"_s)->text();
        for (const dns::Finding &f : cli->findings)
            if (!hostNames.contains(f.host))
                QVERIFY2(domainFindings.contains(f.text()),
                         qPrintable(f.code + u" missing in "_s + domainFindings));

        // The codes behind the texts: the snapshot the wizard stored against the CLI's report.
        const auto &shown = wizard->mailServersPage()->latest();
        QVERIFY(shown);
        QStringList ours, theirs;
        for (const dns::Finding &f : shown->report.findings)
            ours << f.code + u"@"_s + f.host;
        for (const dns::Finding &f : cli->findings)
            theirs << f.code + u"@"_s + f.host;
        ours.sort();
        theirs.sort();
        QCOMPARE(ours, theirs);

        // DNSSEC: the verdict of every name, then DANE per host.
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DnssecPageId));
        auto *verdicts = child<QTableWidget>(wizard.get(), u"dnssecTable"_s);
        QList<VerdictRow> expected, seen;
        auto expect = [&](const dns::LookupResult &r) {
            expected.append({r.name, VerdictPresentation::label(r.verdict),
                             VerdictPresentation::explanation(r)});
        };
        expect(cli->mx);
        for (const dns::MxHostReport &host : cli->hosts) {
            if (host.ipLiteral)
                continue;
            expect(host.a);
            expect(host.aaaa);
            expect(host.tlsa);
        }
        for (int row = 0; row < verdicts->rowCount(); ++row)
            seen.append({cell(verdicts, row, DnssecPage::NameColumn),
                         cell(verdicts, row, DnssecPage::VerdictColumn),
                         cell(verdicts, row, DnssecPage::ExplanationColumn)});
        QVERIFY2(seen == expected,
                 qPrintable(u"wizard:\n"_s + describe(seen) + u"\ncli:\n"_s + describe(expected)));

        auto *dane = child<QTableWidget>(wizard.get(), u"daneTable"_s);
        QCOMPARE(dane->rowCount(), cli->hosts.size());
        for (int row = 0; row < cli->hosts.size(); ++row) {
            const dns::MxHostReport &host = cli->hosts[row];
            QCOMPARE(cell(dane, row, DnssecPage::DaneHostColumn), host.name);
            QCOMPARE(cell(dane, row, DnssecPage::DaneStateColumn),
                     VerdictPresentation::daneLabel(host.dane));
            QCOMPARE(cell(dane, row, DnssecPage::DaneWhyColumn),
                     VerdictPresentation::daneExplanation(host));
        }
    }
};

QTEST_MAIN(TestDiscoveryCliParity)
#include "test_discovery_cli_parity.moc"
