// The "Senders…" dialog of the Timeline: the major senders with their last report, marking one as
// not sending to this customer (the reason asked for and recorded), cancelling, and undoing it.
#include "LivePolicy.h"
#include "TestEnv.h"
#include "import/Importer.h"
#include "reports/TlsReportWriter.h"
#include "services/EngagementService.h"
#include "services/RolloutService.h"
#include "storage/Database.h"
#include "timeline/DayEvidence.h"
#include "timeline/RolloutView.h"
#include "timeline/SenderScopeDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

// Testing since 1 Oct; Google and Microsoft report every day up to 20 Oct, Yahoo never; today is
// 21 Oct.
static const QDate kToday(2026, 10, 21);

class TestSenderScopeDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServiceContext m_context;
    qint64 m_id = 0;
    QStringList m_questions; // what the reason prompt was asked
    std::optional<QString> m_answer;

    ReasonPrompt prompt()
    {
        return [this](QWidget *, const QString &, const QString &question, bool required) {
            m_questions << question + (required ? u" [required]"_s : QString());
            return m_answer;
        };
    }

    RolloutStatus status() const
    {
        Result<RolloutStatus> s = RolloutService(m_context).status(m_id);
        return s ? *s : RolloutStatus{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"ws.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db.ok());
        m_context.database = *db;
        m_context.clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        m_context.actor = u"anna"_s;
        const auto start =
            std::make_shared<FixedClock>(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
        Engagement draft;
        draft.customer = u"Scope AG"_s;
        draft.domain.ace = u"scope.example"_s;
        draft.majorSenders = {u"Google"_s, u"Microsoft"_s, u"Yahoo"_s};
        auto created = EngagementService(*db, start, u"t"_s).create(draft);
        QVERIFY(created.ok());
        m_id = created->id;
        QVERIFY(test::makeLivePolicy(*db, m_id, u"20261001080000"_s, mtasts::PolicyMode::Testing,
                                     start->now(), u"mx.scope.example"_s));
        QVERIFY(RolloutService(*db, start, u"t"_s).startTesting(m_id, u"20261001080000"_s).ok());
        sts::test::TlsReportWriter writer(m_dir.filePath(u"reports"_s), u"scope.example"_s,
                                          u"mx.scope.example"_s);
        QVERIFY(
            tlsrpt::Importer(*db, {}, start)
                .importPaths(writer.writeCleanDays({u"Google LLC"_s, u"Microsoft Corporation"_s},
                                                   QDate(2026, 10, 1), QDate(2026, 10, 20)))
                .ok());
    }

    void listsTheMajorSenders()
    {
        SenderScopeDialog dialog(m_context, m_id);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, SenderScopeDialog::SenderColumn)->text(), u"Google"_s);
        QCOMPARE(table->item(0, SenderScopeDialog::LastReportColumn)->text(),
                 QLocale().toString(QDate(2026, 10, 20), QLocale::ShortFormat));
        QCOMPARE(table->item(2, SenderScopeDialog::SenderColumn)->text(), u"Yahoo"_s);
        QCOMPARE(table->item(2, SenderScopeDialog::LastReportColumn)->text(), u"never"_s);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(table->item(row, SenderScopeDialog::ScopeColumn)->checkState(), Qt::Unchecked);
    }

    void cancellingChangesNothing()
    {
        SenderScopeDialog dialog(m_context, m_id);
        dialog.setReasonPrompt(prompt());
        QSignalSpy changed(&dialog, &SenderScopeDialog::changed);
        m_answer.reset();
        dialog.table()->item(2, SenderScopeDialog::ScopeColumn)->setCheckState(Qt::Checked);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY(m_questions.last().endsWith(u"[required]"_s));
        QCOMPARE(dialog.table()->item(2, SenderScopeDialog::ScopeColumn)->checkState(),
                 Qt::Unchecked);
        QCOMPARE(changed.size(), 0);
        QVERIFY(status().excludedSenders.isEmpty());
    }

    void excludeWithAReasonThenIncludeAgain()
    {
        QVERIFY(!status().readyForEnforce()); // Yahoo never reported
        SenderScopeDialog dialog(m_context, m_id);
        dialog.setReasonPrompt(prompt());
        QSignalSpy changed(&dialog, &SenderScopeDialog::changed);
        m_answer = u"No Yahoo mail in the MX logs"_s;
        dialog.table()->item(2, SenderScopeDialog::ScopeColumn)->setCheckState(Qt::Checked);
        QCOMPARE(changed.size(), 1);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QTableWidgetItem *yahoo = dialog.table()->item(2, SenderScopeDialog::ScopeColumn);
        QCOMPARE(yahoo->checkState(), Qt::Checked);
        QVERIFY2(yahoo->text().contains(u"No Yahoo mail in the MX logs"_s) &&
                     yahoo->text().contains(u"anna"_s),
                 qPrintable(yahoo->text()));
        const RolloutStatus excluded = status();
        QCOMPARE(excluded.excludedSenders.size(), 1);
        QCOMPARE(excluded.excludedSenders.first().sender, u"Yahoo"_s);
        QCOMPARE(excluded.excludedSenders.first().who, u"anna"_s);
        QVERIFY2(excluded.readyForEnforce(),
                 qPrintable(excluded.readiness.blockingReasons.join(u"; "_s)));

        m_answer = QString(); // including again: the reason is optional
        dialog.table()->item(2, SenderScopeDialog::ScopeColumn)->setCheckState(Qt::Unchecked);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!m_questions.last().endsWith(u"[required]"_s));
        QCOMPARE(dialog.table()->item(2, SenderScopeDialog::ScopeColumn)->checkState(),
                 Qt::Unchecked);
        QVERIFY(status().excludedSenders.isEmpty());
        QVERIFY(!status().readyForEnforce());
    }

    // The day tooltips say why a day with reports is still unknown.
    void dayTooltipsNameTheSendersWithoutThePolicy()
    {
        DayVerdict day;
        day.sendersWithoutPolicy = {u"Yahoo"_s};
        day.sendersWithOtherPolicy = {u"Microsoft"_s};
        const QStringList lines = policyEvidenceLines(day);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().contains(u"No MTA-STS policy seen by Yahoo"_s));
        QVERIFY(lines.last().contains(u"Another policy than the live one applied by Microsoft"_s));
        QVERIFY(policyEvidenceLines(DayVerdict{}).isEmpty());
    }

    void theTimelineHasTheButton()
    {
        RolloutView view;
        auto *button = view.findChild<QPushButton *>(u"senderScopeButton"_s);
        QVERIFY(button);
        QCOMPARE(button->text(), u"Senders…"_s);
    }
};

QTEST_MAIN(TestSenderScopeDialog)
#include "test_sender_scope_dialog.moc"
