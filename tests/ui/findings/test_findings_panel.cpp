// The engagement's Findings section: the list with severity, since and text, Show resolved,
// Acknowledge (stored, logged, the button follows the state), and "Run checks now" off the GUI
// thread with Stop, against resolvers that do not answer (a silent one and a closed port).
#include "findings/FindingsPanel.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/Workspace.h"
#include "services/EngagementService.h"
#include "storage/Database.h"
#include "storage/EventLog.h"
#include "storage/FindingRepository.h"
#include "timeline/RolloutView.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineView.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestFindingsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EngagementView> m_view;
    qint64 m_id = 0;
    qint64 m_critical = 0, m_warning = 0;

    template <typename T> T *child(const QString &name)
    {
        T *found = m_view->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    FindingsPanel *panel() { return m_view->findingsPanel(); }
    int rowOf(qint64 findingId)
    {
        for (int row = 0; row < panel()->findings().size(); ++row)
            if (panel()->findings().at(row).id == findingId)
                return row;
        return -1;
    }
    static MonitorOptions resolverAt(quint16 port, int timeoutMs)
    {
        MonitorOptions o = MonitorOptions::defaults();
        o.targets.dns.resolver = *dns::ResolverConfig::parse(u"127.0.0.1:%1"_s.arg(port));
        o.targets.dns.resolver.timeoutMs = timeoutMs;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<ServiceContext> opened = openWorkspace(
            m_dir.filePath(u"ws.sqlite"_s),
            std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc()), u"alice"_s);
        QVERIFY(opened.ok());
        m_workspace = std::make_unique<Workspace>(*opened);
        Engagement draft;
        draft.customer = u"Findings AG"_s;
        draft.domain.ace = u"findings.example"_s;
        m_id = m_workspace->engagements().create(draft)->id;

        storage::FindingRepository repo(opened->database);
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-2);
        Finding cert;
        cert.engagementId = m_id;
        cert.kind = u"cert.expiry.7"_s;
        cert.subject = u"mx1.findings.example"_s;
        cert.severity = Finding::Severity::Critical;
        cert.details = {{u"daysLeft"_s, 5}, {u"notAfter"_s, u"2026-12-12T00:00:00Z"_s}};
        m_critical = repo.upsert(cert, at, u"monitor"_s)->finding.id;
        Finding drift;
        drift.engagementId = m_id;
        drift.kind = u"drift.txt-id"_s;
        drift.details = {{u"txtId"_s, u"20261201000000"_s}, {u"servedId"_s, u"20261101000000"_s}};
        m_warning = repo.upsert(drift, at, u"monitor"_s)->finding.id;
        Finding gone = drift;
        gone.kind = u"drift.mx-set"_s;
        gone.details = {{u"before"_s, QJsonArray{u"a"_s}}, {u"after"_s, QJsonArray{u"b"_s}}};
        QVERIFY(repo.upsert(gone, at, u"monitor"_s).ok());
        QVERIFY(repo.resolveUnseen(m_id, {u"drift.mx-set"_s}, {}, at, u"monitor"_s).ok());

        m_view = std::make_unique<EngagementView>();
        m_view->setWorkspace(m_workspace.get());
        m_view->showEngagement(*m_workspace->engagements().get(m_id));
        m_view->resize(1000, 700);
        m_view->show();
    }

    void findingsSectionListsTheUnresolved()
    {
        QVERIFY(m_view->isSectionEnabled(EngagementView::FindingsSection));
        m_view->setCurrentSection(EngagementView::FindingsSection);
        QCOMPARE(m_view->currentSection(), EngagementView::FindingsSection);
        QVERIFY(panel()->isVisible());
        QTableWidget *table = child<QTableWidget>(u"findingsTable"_s);
        QCOMPARE(table->rowCount(), 2);
        const int row = rowOf(m_critical);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, FindingsPanel::SeverityColumn)->text(), u"critical"_s);
        QVERIFY2(
            table->item(row, FindingsPanel::TextColumn)->text().contains(u"expires in 5 day"_s),
            qPrintable(table->item(row, FindingsPanel::TextColumn)->text()));
        QCOMPARE(table->item(row, FindingsPanel::StateColumn)->text(), u"open"_s);
        QVERIFY(child<QLabel>(u"lastRunLabel"_s)->text().contains(u"not run yet"_s));

        child<QCheckBox>(u"showResolved"_s)->setChecked(true);
        QCOMPARE(table->rowCount(), 3);
        child<QCheckBox>(u"showResolved"_s)->setChecked(false);
        QCOMPARE(table->rowCount(), 2);
    }

    void acknowledgeIsStoredAndLogged()
    {
        QTableWidget *table = child<QTableWidget>(u"findingsTable"_s);
        QPushButton *ack = child<QPushButton>(u"acknowledgeFinding"_s);
        table->clearSelection();
        QVERIFY(!ack->isEnabled());
        table->selectRow(rowOf(m_warning));
        QVERIFY(ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        const Finding stored =
            *storage::FindingRepository(m_workspace->databasePtr()).get(m_warning);
        QCOMPARE(stored.state, Finding::State::Acknowledged);
        QCOMPARE(stored.acknowledgedBy, u"alice"_s);
        const int row = rowOf(m_warning);
        QCOMPARE(table->item(row, FindingsPanel::StateColumn)->text(), u"acknowledged by alice"_s);
        table->selectRow(row);
        QVERIFY(!ack->isEnabled()); // acknowledged once is enough
        QStringList kinds;
        for (const auto &e : *storage::EventLog(m_workspace->databasePtr()).forEngagement(m_id))
            kinds << e.kind;
        QVERIFY(kinds.contains(u"finding.acknowledged"_s));
    }

    // Opened and resolved findings are markers on the engagement's timeline, in FindingText's
    // words.
    void findingsAreOnTheTimeline()
    {
        m_view->setCurrentSection(EngagementView::TimelineSection);
        m_view->rolloutView()->showEngagement(m_id);
        const TimelineData &data = m_view->rolloutView()->timeline()->canvas()->data();
        QStringList opened, resolved;
        for (const TimelineEvent &e : data.events) {
            if (e.kind == TimelineEvent::Kind::FindingOpened)
                opened << e.detail;
            if (e.kind == TimelineEvent::Kind::FindingResolved)
                resolved << e.detail;
        }
        QCOMPARE(opened.size(), 3);
        QCOMPARE(resolved.size(), 1);
        QVERIFY2(opened.join(u'\n').contains(u"Monitoring found: The certificate of mx1"_s),
                 qPrintable(opened.join(u'\n')));
        QVERIFY(resolved.first().startsWith(u"Resolved: The MX hosts changed"_s));
        m_view->setCurrentSection(EngagementView::FindingsSection);
    }

    void runChecksNowRunsOffTheGuiThreadAndStops()
    {
        QUdpSocket silent; // a resolver that never answers
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        panel()->setOptionsOverride(resolverAt(silent.localPort(), 3000));
        QPushButton *run = child<QPushButton>(u"runChecks"_s);
        QTest::mouseClick(run, Qt::LeftButton);
        // The GUI thread is free while the run waits on the resolver.
        QVERIFY(panel()->isRunning());
        QVERIFY(!run->isEnabled());
        QVERIFY(child<QProgressBar>(u"checksProgress"_s)->isVisible());
        QPushButton *stop = child<QPushButton>(u"stopChecks"_s);
        QVERIFY(stop->isVisible());
        QTest::qWait(200);
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!panel()->isRunning()); // at once, not after the resolver timeout
        QVERIFY2(panel()->messageText().contains(u"Stopped"_s), qPrintable(panel()->messageText()));
        QVERIFY(run->isEnabled());
        QVERIFY(!stop->isVisible());
        QVERIFY(child<QLabel>(u"lastRunLabel"_s)->text().contains(u"Monitoring last ran"_s));
    }
    // Stopped runs still winding down hold the panel's own leases: a new run takes them over.

    void aResolverThatRefusesIsSaid()
    {
        QUdpSocket closed;
        QVERIFY(closed.bind(QHostAddress::LocalHost, 0));
        const quint16 port = closed.localPort();
        closed.close(); // nobody listens there now: the resolver is refused at once
        panel()->setOptionsOverride(resolverAt(port, 2000));
        QTest::mouseClick(child<QPushButton>(u"runChecks"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 15000);
        QVERIFY2(panel()->messageText().contains(u"could not run"_s),
                 qPrintable(panel()->messageText()));
        // Nothing learned: the findings stay as they were.
        QCOMPARE(child<QTableWidget>(u"findingsTable"_s)->rowCount(), 2);
    }
};

QTEST_MAIN(TestFindingsPanel)
#include "test_findings_panel.moc"
