// "Push to DNS server…" on the wizard's DNS records page, driven offscreen against the real Knot
// of DnsLabDynamic: the push runs as a task and reports per record, the next dialog starts from
// the last push's server and key file, a key file every user can read is refused, and Stop ends
// a push to a server that never answers.
#include "PublishedEngagement.h"
#include "TestEnv.h"
#include "dnslab/DnsLabDynamic.h"
#include "mainwindow/Workspace.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "wizard/RecordPushDialog.h"
#include "wizard/RecordsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::test;
using namespace sts::ui;

class TestRecordPushDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<DnsLabDynamic> m_lab;
    std::unique_ptr<LabDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RecordsPage> m_page;
    qint64 m_engagement = 0;

    QString keyFile(const QString &name, QFile::Permissions mode) const
    {
        return m_lab->writeKeyFile(m_dir->filePath(name), mode);
    }
    RecordPushDialog *openDialog()
    {
        auto *button = m_page->findChild<QPushButton *>(u"pushButton"_s);
        if (!button)
            return nullptr;
        button->click();
        return m_page->findChild<RecordPushDialog *>(u"recordPushDialog"_s);
    }
    static void fill(RecordPushDialog *dialog, const QString &server, int port, const QString &key)
    {
        dialog->findChild<QLineEdit *>(u"serverEdit"_s)->setText(server);
        dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(port);
        dialog->findChild<QLineEdit *>(u"keyFileEdit"_s)->setText(key);
    }
    static QString message(RecordPushDialog *dialog)
    {
        return dialog->findChild<QLabel *>(u"pushMessage"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        STSDESK_START_DYNAMIC_LAB(m_lab);
        QString error;
        m_dir = std::make_unique<LabDir>(u"pushgui"_s);
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir->filePath(u"ws.sqlite"_s);
        m_engagement = seedPublishedEngagement(location.sqlitePath, u"Dyn"_s, u"dyn.test"_s,
                                               u"mail.dyn.test"_s, error);
        QVERIFY2(m_engagement > 0, qPrintable(error));
        auto db = storage::Database::open(location);
        QVERIFY(db);
        m_workspace = std::make_unique<Workspace>(*db, std::make_shared<SystemClock>());
        m_page = std::make_unique<RecordsPage>(m_workspace.get(), [this] { return m_engagement; });
        m_page->initializePage();
        QVERIFY(m_page->recordSet());
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_workspace.reset();
        m_lab.reset();
    }

    void pushFromThePage()
    {
        RecordPushDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLineEdit *>(u"serverEdit"_s)->text().isEmpty());
        const QString key = keyFile(u"lab.key"_s, QFile::ReadOwner | QFile::WriteOwner);
        fill(dialog, m_lab->host(), m_lab->port(), key);
        QSignalSpy finished(dialog, &RecordPushDialog::finished);
        dialog->findChild<QPushButton *>(u"pushButton"_s)->click();
        QVERIFY(dialog->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(message(dialog)));
        auto *table = dialog->findChild<QTableWidget *>(u"pushResults"_s);
        QCOMPARE(table->rowCount(), int(m_page->recordSet()->records().size()));
        QCOMPARE(table->item(0, RecordPushDialog::NameColumn)->text(), u"_mta-sts.dyn.test."_s);
        QCOMPARE(table->item(0, RecordPushDialog::ResultColumn)->text(), u"Served as sent"_s);
        dialog->close();

        // The next dialog starts where this push went (the log keeps the path, not the key).
        RecordPushDialog *again = openDialog();
        QVERIFY(again);
        QCOMPARE(again->findChild<QLineEdit *>(u"serverEdit"_s)->text(), m_lab->host());
        QCOMPARE(again->findChild<QSpinBox *>(u"portSpin"_s)->value(), int(m_lab->port()));
        QCOMPARE(again->findChild<QLineEdit *>(u"keyFileEdit"_s)->text(), key);
        QCOMPARE(again->findChild<QLineEdit *>(u"zoneEdit"_s)->text(), QString());
        again->close();
    }

    void worldReadableKeyRefused()
    {
        RecordPushDialog *dialog = openDialog();
        QVERIFY(dialog);
        fill(dialog, m_lab->host(), m_lab->port(),
             keyFile(u"open.key"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QSignalSpy finished(dialog, &RecordPushDialog::finished);
        dialog->push();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(message(dialog).contains(u"chmod 600"_s), qPrintable(message(dialog)));
        dialog->close();
    }

    void stopEndsASilentServer()
    {
        QTcpServer silent; // takes the connection, never answers (read timeout 10 s)
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        RecordPushDialog *dialog = openDialog();
        QVERIFY(dialog);
        fill(dialog, u"127.0.0.1"_s, silent.serverPort(),
             keyFile(u"lab.key"_s, QFile::ReadOwner | QFile::WriteOwner));
        QSignalSpy finished(dialog, &RecordPushDialog::finished);
        dialog->push();
        auto *stop = dialog->findChild<QPushButton *>(u"stopButton"_s);
        QVERIFY(stop->isEnabled());
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(message(dialog), u"Cancelled."_s);
        QVERIFY(!stop->isEnabled());
        dialog->close();
    }
};

QTEST_MAIN(TestRecordPushDialog)
#include "test_record_push_dialog.moc"
