// What report senders wrote (organisation names, MX hosts, result types, zip entry names in the
// quarantine) is shown with its control characters escaped: an ESC or a line break in a name can
// neither style nor split what the consultant reads in a table, a chart or the quarantine.
#include "reports/QuarantinePanel.h"
#include "reports/ReportCharts.h"
#include "reports/ReportTables.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestUntrustedText : public QObject
{
    Q_OBJECT

    static QStringList categories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes())
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis))
                return bars->categories();
        return {};
    }
    static bool hasControl(const QString &text)
    {
        for (const QChar c : text)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return true;
        return false;
    }

    const QString m_sender = u"Evil\x1b[31m\r\nCorp"_s;
    const QString m_shown = u"Evil\\x1b[31m\\r\\nCorp"_s;

private Q_SLOTS:
    void tablesAndChartsEscapeSenders()
    {
        const QList<tlsrpt::DailySummary> days{{QDate(2026, 5, 1), m_sender, u"sts"_s, 1, 10, 2}};
        SenderTable senders;
        senders.setSummaries(days);
        QCOMPARE(senders.item(0, SenderTable::SenderColumn)->text(), m_shown);
        QCOMPARE(senders.item(0, SenderTable::SenderColumn)->toolTip(), m_shown);
        // The raw name stays where the drill-down filter reads it.
        QCOMPARE(senders.item(0, SenderTable::SenderColumn)->data(Qt::UserRole).toString(),
                 m_sender);

        tlsrpt::FailureBreakdown failure;
        failure.day = QDate(2026, 5, 1);
        failure.sender = m_sender;
        failure.resultType = u"other\x1b]0;pwned\x07"_s;
        failure.receivingMx = u"mx\r\n.example"_s;
        failure.failedSessions = 2;
        MxHostTable hosts;
        hosts.setFailures({failure});
        QCOMPARE(hosts.item(0, MxHostTable::HostColumn)->text(), u"mx\\r\\n.example"_s);
        QVERIFY(!hasControl(hosts.item(0, MxHostTable::ResultTypesColumn)->text()));

        std::unique_ptr<QChart> bySender(reportcharts::senderChart(days));
        QCOMPARE(categories(bySender.get()), QStringList{m_shown});
        std::unique_ptr<QChart> byHost(reportcharts::mxHostChart({failure}));
        QCOMPARE(categories(byHost.get()), QStringList{u"mx\\r\\n.example"_s});
        for (QAbstractSeries *series : byHost->series())
            for (QBarSet *set : static_cast<QHorizontalStackedBarSeries *>(series)->barSets())
                QVERIFY2(!hasControl(set->label()), qPrintable(set->label()));
    }

    // Qt renders a tooltip as HTML when it merely looks like HTML: a sender named with markup must
    // be shown as those characters, not styled, and must not load an image.
    void tooltipsShowMarkupAsText()
    {
        const QString markup = u"<b>Evil</b> <img src=\"file:///etc/hostname\"> Corp"_s;
        const auto shownAs = [](const QString &tip) {
            if (!Qt::mightBeRichText(tip))
                return tip;
            QTextDocument document;
            document.setHtml(tip);
            return document.toPlainText();
        };
        const QList<tlsrpt::DailySummary> days{{QDate(2026, 5, 1), markup, u"sts"_s, 1, 10, 2}};
        SenderTable senders;
        senders.setSummaries(days);
        QCOMPARE(shownAs(senders.item(0, SenderTable::SenderColumn)->toolTip()), markup);

        tlsrpt::QuarantineEntry entry;
        entry.origin = u"reports.zip: <h1>Imported: 9999</h1>.json"_s;
        entry.reasonCode = u"tlsrpt.not-a-report"_s;
        entry.reason = u"not a TLS report"_s;
        entry.firstSeen = entry.lastSeen = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        entry.attempts = 1;
        QuarantinePanel panel;
        panel.setEntries({entry});
        QCOMPARE(shownAs(panel.table()->item(0, QuarantinePanel::OriginColumn)->toolTip()),
                 entry.origin);
    }

    void quarantineEscapesEntryNames()
    {
        tlsrpt::QuarantineEntry entry;
        entry.origin = u"reports.zip: evil\x1b[2K\r\nImported: 9999\r\n.json"_s;
        entry.reasonCode = u"tlsrpt.not-a-report"_s;
        entry.reason = u"“evil\x1b[2K\r\n.json” is not a TLS report"_s;
        entry.firstSeen = entry.lastSeen = QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC);
        entry.attempts = 1;
        QuarantinePanel panel;
        panel.setEntries({entry});
        QTableWidget *table = panel.table();
        QCOMPARE(table->item(0, QuarantinePanel::OriginColumn)->text(),
                 u"reports.zip: evil\\x1b[2K\\r\\nImported: 9999\\r\\n.json"_s);
        for (int column : {QuarantinePanel::ReasonColumn, QuarantinePanel::OriginColumn}) {
            QVERIFY(!hasControl(table->item(0, column)->text()));
            // The tooltip may break its own lines, but the quoted name stays escaped.
            QVERIFY(!table->item(0, column)->toolTip().contains(u'\x1b'));
            QVERIFY(!table->item(0, column)->toolTip().contains(u"\r"_s));
        }
    }
};

QTEST_MAIN(TestUntrustedText)
#include "test_untrusted_text.moc"
