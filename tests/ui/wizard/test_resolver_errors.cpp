// The wizard's discovery and DNSSEC pages when the resolver is the problem, driven like a person:
// Settings point at a resolver that cannot resolve (knotd answering SERVFAIL, or one without keys
// for the root that says NXDOMAIN to everything), Rescan, read the error. The page must name the
// resolver and the setting that changes it, and must not call the domain nonexistent or bogus.
#include "TestEnv.h"
#include "WizardLab.h"
#include "WizardTestSupport.h"
#include "dnslab/BrokenResolverLab.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "storage/DiscoveryRepository.h"
#include "wizard/DanePage.h"
#include "wizard/DnssecPage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/MailServersPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using sts::test::child;
using test::BrokenResolverLab;

class TestResolverErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::DnsLab> m_lab;
    std::unique_ptr<Workspace> m_workspace;

    std::unique_ptr<EngagementWizard> openOnMailServers(const QString &domain)
    {
        return test::openOnMailServers(m_workspace.get(), domain);
    }
    static bool scan(EngagementWizard *wizard)
    {
        auto *rescan = child<QPushButton>(wizard, u"rescanButton"_s);
        QTest::mouseClick(rescan, Qt::LeftButton);
        return QTest::qWaitFor([&] { return rescan->isEnabled(); }, 60000);
    }
    static QString brokenResolver(BrokenResolverLab &lab)
    {
        QString error;
        if (!lab.start(&error))
            qFatal("broken resolver lab: %s", qPrintable(error));
        return lab.resolverSpec();
    }
    // Settings as given (empty: the lab's), the wizard on "Mail servers", one finished scan; the
    // lab's settings again afterwards, whatever happens.
    std::unique_ptr<EngagementWizard> scannedThrough(const QString &resolver, const QString &anchor,
                                                     const QString &domain)
    {
        AppSettings::setResolver(resolver.isEmpty() ? m_lab->resolverSpec() : resolver);
        AppSettings::setTrustAnchorFile(anchor.isEmpty() ? m_lab->trustAnchorFile() : anchor);
        auto wizard = openOnMailServers(domain);
        const bool scanned = scan(wizard.get());
        AppSettings::setResolver(m_lab->resolverSpec());
        AppSettings::setTrustAnchorFile(m_lab->trustAnchorFile());
        if (!scanned)
            qFatal("scan did not finish");
        return wizard;
    }
    static QString shownError(EngagementWizard *wizard)
    {
        auto *error = child<QLabel>(wizard, u"discoveryError"_s);
        return error->isVisible() ? error->text() : QString();
    }
    int snapshots(qint64 engagementId) const
    {
        return int(
            storage::DiscoveryRepository(m_workspace->databasePtr()).list(engagementId)->size());
    }
    static void verifyGuides(const QString &shown, const QString &spec)
    {
        QVERIFY2(shown.contains(spec), qPrintable(shown)); // what happened
        QVERIFY2(shown.contains(u"not a finding about its zone"_s), qPrintable(shown)); // meaning
        QVERIFY2(shown.contains(u"File → Settings…"_s) && shown.contains(u"DNS resolver"_s),
                 qPrintable(shown)); // what to do next
        QVERIFY2(!shown.contains(u"does not exist in DNS"_s) && !shown.contains(u"bogus"_s),
                 qPrintable(shown));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        STSDESK_START_WIZARD_LAB(u"test_resolver_errors"_s, m_dir.filePath(u"errors.sqlite"_s),
                                 Clock::system(), m_lab, m_workspace);
    }
    void cleanupTestCase()
    {
        m_workspace.reset();
        m_lab.reset();
    }

    // NoRootKeys is the machine: the resolver answers NXDOMAIN for everything, the
    // root's keys too.
    void brokenResolverIsNamed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("cause");
        QTest::newRow("no keys for the root")
            << int(BrokenResolverLab::Kind::NoRootKeys) << u"returned no keys"_s;
        QTest::newRow("SERVFAIL") << int(BrokenResolverLab::Kind::ServFail) << u"SERVFAIL"_s;
    }
    void brokenResolverIsNamed()
    {
        QFETCH(int, kind);
        QFETCH(QString, cause);
        BrokenResolverLab lab(static_cast<BrokenResolverLab::Kind>(kind));
        const QString spec = brokenResolver(lab);
        auto wizard = scannedThrough(spec, {}, u"secure.test"_s);
        const QString shown = shownError(wizard.get());
        verifyGuides(shown, spec);
        QVERIFY2(shown.contains(cause), qPrintable(shown));
        QCOMPARE(snapshots(wizard->engagementId()), 0); // nothing stored that accuses the zone
    }

    // No trust anchor to validate with: the error names the setting that holds it.
    void missingTrustAnchorNamesSetting()
    {
        const QString missing = m_dir.filePath(u"no-such-root.key"_s);
        auto wizard = scannedThrough({}, missing, u"secure.test"_s);
        const QString shown = shownError(wizard.get());
        QVERIFY2(shown.contains(missing) && shown.contains(u"Next: open File → Settings…"_s) &&
                     shown.contains(u"DNSSEC trust anchor"_s),
                 qPrintable(shown));
    }

    // A resolver setting that is no address: no scan starts, and the page says where to fix it.
    void unusableResolverSettingNamesSetting()
    {
        AppSettings::setResolver(u"resolver.example:53"_s);
        auto wizard = openOnMailServers(u"secure.test"_s);
        QTest::mouseClick(child<QPushButton>(wizard.get(), u"rescanButton"_s), Qt::LeftButton);
        AppSettings::setResolver(m_lab->resolverSpec());
        const QString shown = child<QLabel>(wizard.get(), u"discoveryError"_s)->text();
        QVERIFY2(shown.contains(u"resolver.example:53"_s) &&
                     shown.contains(u"No scan was started."_s) &&
                     shown.contains(u"Next: open File → Settings…"_s),
                 qPrintable(shown));
        QVERIFY(!wizard->mailServersPage()->isRunning());
    }

    // A resolver that refuses the customer's zone: the scan completes, and the DNSSEC and DANE
    // pages explain the unchecked lookups as the resolver's, naming it and the setting.
    void uncheckedLookupsNameResolverAndSetting()
    {
        BrokenResolverLab lab(BrokenResolverLab::Kind::Refusing, m_lab->port(),
                              u"insecure.test."_s);
        const QString spec = brokenResolver(lab);
        auto wizard = scannedThrough(spec, {}, u"insecure.test"_s);
        const QString findings = child<QLabel>(wizard.get(), u"domainFindings"_s)->text();
        QVERIFY2(findings.contains(spec) && findings.contains(u"lookup problem"_s) &&
                     !findings.contains(u"does not exist"_s),
                 qPrintable(findings));

        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DnssecPageId));
        auto *verdicts = child<QTableWidget>(wizard.get(), u"dnssecTable"_s);
        QCOMPARE(verdicts->item(0, DnssecPage::NameColumn)->text(), u"insecure.test"_s);
        QCOMPARE(verdicts->item(0, DnssecPage::VerdictColumn)->text(),
                 dns::DnssecVerdict::translatedSecurity(dns::Security::Indeterminate));
        const QString why = verdicts->item(0, DnssecPage::ExplanationColumn)->text();
        QVERIFY2(why.contains(spec) && why.contains(u"not a verdict on the zone"_s) &&
                     why.contains(u"File → Settings…"_s) && why.contains(u"DNS resolver"_s),
                 qPrintable(why));

        // The DANE page (reachable however the zone stands) says the resolver could not tell.
        wizard->danePage()->initializePage();
        const QString dane = child<QLabel>(wizard->danePage(), u"daneStatus"_s)->text();
        QVERIFY2(dane.contains(spec) && dane.contains(u"could not tell"_s) &&
                     dane.contains(u"File → Settings…"_s),
                 qPrintable(dane));
    }

    // The DNSSEC page says which resolver gave its verdicts and where that is set.
    void dnssecPageNamesResolverAndSetting()
    {
        auto wizard = scannedThrough({}, {}, u"insecure.test"_s);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DnssecPageId));
        const QString status = child<QLabel>(wizard.get(), u"dnssecStatus"_s)->text();
        QVERIFY2(status.contains(m_lab->resolverSpec()) && status.contains(u"File → Settings…"_s),
                 qPrintable(status));
    }
};

QTEST_MAIN(TestResolverErrors)
#include "test_resolver_errors.moc"
