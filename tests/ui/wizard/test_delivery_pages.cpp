// The wizard's "DNS records" and "Hosting & renewal" pages keep what the consultant types: the
// TLS-RPT addresses, the hosting, the MTA and the three alert addresses are saved for the
// engagement when the page is left (or on Save), shown again by a page opened later, and refused
// inline when invalid. Offscreen, on a seeded SQLite workspace.
#include "ChildLookup.h"
#include "PublishedEngagement.h"
#include "TestEnv.h"
#include "mainwindow/Workspace.h"
#include "services/DeliverySettings.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "wizard/EngagementWizard.h"
#include "wizard/HostingPage.h"
#include "wizard/RecordsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using namespace sts::ui;

class TestDeliveryPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<LabDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_engagement = 0;

    services::StoredDeliverySettings stored() const
    {
        return services::DeliverySettings(m_workspace->context()).load(m_engagement).value();
    }
    std::unique_ptr<RecordsPage> recordsPage()
    {
        auto page =
            std::make_unique<RecordsPage>(m_workspace.get(), [this] { return m_engagement; });
        page->initializePage();
        return page;
    }
    std::unique_ptr<HostingPage> hostingPage()
    {
        auto page =
            std::make_unique<HostingPage>(m_workspace.get(), [this] { return m_engagement; });
        page->initializePage();
        return page;
    }
    static QString tlsRptValue(RecordsPage *page)
    {
        auto *table = child<QTableWidget>(page, u"recordsTable"_s);
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, RecordsPage::NameColumn)->text() == u"_smtp._tls.deliver.test."_s)
                return table->item(row, RecordsPage::ValueColumn)->text();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_dir = std::make_unique<LabDir>(u"deliverygui"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir->filePath(u"ws.sqlite"_s);
        m_engagement = seedPublishedEngagement(location.sqlitePath, u"Deliver"_s, u"deliver.test"_s,
                                               u"mail.deliver.test"_s, error);
        QVERIFY2(m_engagement > 0, qPrintable(error));
        auto db = storage::Database::open(location);
        QVERIFY(db);
        m_workspace = std::make_unique<Workspace>(*db, std::make_shared<SystemClock>());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void recordsPageRoundTrip()
    {
        auto page = recordsPage();
        auto *rua = child<QLineEdit>(page.get(), u"ruaEdit"_s);
        auto *error = child<QLabel>(page.get(), u"ruaError"_s);
        QCOMPARE(rua->text(), QString()); // nothing discovered, nothing saved

        // Invalid: the page stays, the reason is shown under the field, nothing is stored.
        rua->setText(u"ftp://reports.deliver.test"_s);
        QVERIFY(!page->validatePage());
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"ftp"_s));
        QVERIFY(!stored().rua);

        QSignalSpy changed(m_workspace.get(), &Workspace::changed);
        rua->setText(u"mailto:tlsrpt@deliver.test, https://reports.deliver.test/v1"_s);
        QVERIFY(page->validatePage());
        QVERIFY(error->isHidden());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(stored().rua,
                 std::optional<QStringList>(QStringList{u"mailto:tlsrpt@deliver.test"_s,
                                                        u"https://reports.deliver.test/v1"_s}));

        // A page opened later shows it, and so does its table.
        auto again = recordsPage();
        QCOMPARE(child<QLineEdit>(again.get(), u"ruaEdit"_s)->text(),
                 u"mailto:tlsrpt@deliver.test, https://reports.deliver.test/v1"_s);
        QCOMPARE(
            tlsRptValue(again.get()),
            u"\"v=TLSRPTv1; rua=mailto:tlsrpt@deliver.test,https://reports.deliver.test/v1\""_s);

        // The explicit Save does the same without leaving.
        child<QLineEdit>(again.get(), u"ruaEdit"_s)->setText(u"mailto:tls@deliver.test"_s);
        child<QPushButton>(again.get(), u"saveRuaButton"_s)->click();
        QCOMPARE(stored().rua,
                 std::optional<QStringList>(QStringList{u"mailto:tls@deliver.test"_s}));
    }

    void hostingPageRoundTrip()
    {
        auto page = hostingPage();
        auto *notice = child<QLineEdit>(page.get(), u"alertAddress"_s);
        auto *escalation = child<QLineEdit>(page.get(), u"alertEscalation"_s);
        auto *critical = child<QLineEdit>(page.get(), u"alertCritical"_s);
        auto *mta = child<QComboBox>(page.get(), u"mtaChoice"_s);
        auto *error = child<QLabel>(page.get(), u"hostingSettingsError"_s);
        QVERIFY(child<QRadioButton>(page.get(), u"hostingNginx"_s)->isChecked());
        QCOMPARE(mta->currentData().toInt(), int(deploy::Mta::Postfix));
        QCOMPARE(notice->text(), QString());

        child<QRadioButton>(page.get(), u"hostingCloudflarePages"_s)->setChecked(true);
        mta->setCurrentIndex(mta->findData(int(deploy::Mta::Exim)));
        notice->setText(u"team@deliver.test"_s);
        escalation->setText(u"lead at deliver.test"_s);
        critical->setText(u"oncall@deliver.test"_s);
        QVERIFY(!page->validatePage());
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(u"lead at deliver.test"_s));
        QCOMPARE(stored().mta, deploy::Mta::Postfix);

        escalation->setText(u"lead@deliver.test"_s);
        QVERIFY(page->validatePage());
        QVERIFY(error->isHidden());
        const services::StoredDeliverySettings saved = stored();
        QCOMPARE(saved.hosting, Hosting::CloudflarePages);
        QCOMPARE(saved.mta, deploy::Mta::Exim);
        QCOMPARE(saved.alerts,
                 (deploy::AlertAddresses{u"team@deliver.test"_s, u"lead@deliver.test"_s,
                                         u"oncall@deliver.test"_s}));
        // The Records page's rua is left as it was.
        QCOMPARE(saved.rua, std::optional<QStringList>(QStringList{u"mailto:tls@deliver.test"_s}));

        // Opened again, the page shows what was saved; Save stores a change at once, and the
        // artifacts it lists are made from it.
        auto again = hostingPage();
        QVERIFY(child<QRadioButton>(again.get(), u"hostingCloudflarePages"_s)->isChecked());
        QCOMPARE(child<QComboBox>(again.get(), u"mtaChoice"_s)->currentData().toInt(),
                 int(deploy::Mta::Exim));
        QCOMPARE(child<QLineEdit>(again.get(), u"alertAddress"_s)->text(), u"team@deliver.test"_s);
        QCOMPARE(child<QLineEdit>(again.get(), u"alertEscalation"_s)->text(),
                 u"lead@deliver.test"_s);
        QCOMPARE(child<QLineEdit>(again.get(), u"alertCritical"_s)->text(),
                 u"oncall@deliver.test"_s);
        child<QRadioButton>(again.get(), u"hostingNginx"_s)->setChecked(true);
        child<QPushButton>(again.get(), u"saveSettingsButton"_s)->click();
        QCOMPARE(stored().hosting, Hosting::Nginx);
        QByteArray alert;
        for (const deploy::Artifact &artifact : again->artifacts())
            if (artifact.relativePath == u"alert/expiry-alert.sh"_s)
                alert = artifact.content;
        QVERIFY(alert.contains("CRITICAL_ADDRESS='oncall@deliver.test'\n"));
    }

    // Back on the first page after the Hosting page changed the hosting, the wizard shows (and
    // on Next saves) what is stored, not what the first page held before.
    void basicsPageShowsTheHostingSavedLater()
    {
        Result<Engagement> engagement = m_workspace->engagements().get(m_engagement);
        QVERIFY(engagement.ok());
        EngagementWizard wizard(m_workspace.get(), *engagement);
        wizard.show();
        QCOMPARE(wizard.currentId(), int(EngagementWizard::BasicsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(EngagementWizard::MailServersPageId));
        Engagement changed = *m_workspace->engagements().get(m_engagement);
        changed.hosting =
            changed.hosting == Hosting::CloudflarePages ? Hosting::Nginx : Hosting::CloudflarePages;
        QVERIFY(m_workspace->engagements().update(changed).ok());
        wizard.back();
        QCOMPARE(child<QComboBox>(&wizard, u"hosting"_s)->currentData().toString(),
                 toKey(changed.hosting));
        wizard.next(); // saves the first page again
        QCOMPARE(m_workspace->engagements().get(m_engagement)->hosting, changed.hosting);
    }

    // Each of the five hosting options can be chosen on the Hosting page: the files listed are
    // that option's, the choice is stored, and a page opened later shows it again.
    void hostingPageOffersEveryOption_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("hosting");
        QTest::addColumn<QString>("file");
        QTest::newRow("worker") << u"hostingCloudflareWorker"_s << int(Hosting::CloudflareWorker)
                                << u"cloudflare-worker/worker.js"_s;
        QTest::newRow("github") << u"hostingGitHubPages"_s << int(Hosting::GitHubPages)
                                << u"github-pages/CNAME"_s;
        QTest::newRow("apache") << u"hostingCustomerServer"_s << int(Hosting::CustomerServer)
                                << u"apache/mta-sts.deliver.test.conf"_s;
        QTest::newRow("pages") << u"hostingCloudflarePages"_s << int(Hosting::CloudflarePages)
                               << u"cloudflare-pages/_headers"_s;
        QTest::newRow("nginx") << u"hostingNginx"_s << int(Hosting::Nginx)
                               << u"nginx/mta-sts.deliver.test.conf"_s;
    }

    void hostingPageOffersEveryOption()
    {
        QFETCH(QString, button);
        QFETCH(int, hosting);
        QFETCH(QString, file);
        const auto paths = [](const HostingPage &page) {
            QStringList out;
            for (const deploy::Artifact &artifact : page.artifacts())
                out.append(artifact.relativePath);
            return out;
        };
        auto page = hostingPage();
        page->show();
        QCOMPARE(page->findChildren<QRadioButton *>().size(), 5);
        child<QRadioButton>(page.get(), button)->click();
        QVERIFY(child<QRadioButton>(page.get(), button)->isChecked());
        QVERIFY2(paths(*page).contains(file), qPrintable(paths(*page).join(u' ')));
        QVERIFY(page->validatePage());
        QCOMPARE(int(stored().hosting), hosting);

        auto again = hostingPage();
        QVERIFY(child<QRadioButton>(again.get(), button)->isChecked());
        QVERIFY(paths(*again).contains(file));
    }

    void basicsPageOffersEveryOption()
    {
        Result<Engagement> engagement = m_workspace->engagements().get(m_engagement);
        QVERIFY(engagement.ok());
        EngagementWizard wizard(m_workspace.get(), *engagement);
        auto *box = child<QComboBox>(&wizard, u"hosting"_s);
        QStringList keys;
        for (int i = 0; i < box->count(); ++i)
            keys.append(box->itemData(i).toString());
        QCOMPARE(keys, hostingKeys());
    }
};

QTEST_MAIN(TestDeliveryPages)
#include "test_delivery_pages.moc"
