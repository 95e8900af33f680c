// File names proposed from the customer and the day, and file dialogs that open where the last
// one of their kind was left: the slug rules, and the runbook's "Export PDF…" as a consultant
// sees it.
#include "WizardTestSupport.h"
#include "common/FileDialogs.h"
#include "mainwindow/AppSettings.h"
#include "runbook/RunbookView.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestFileDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Shown
    {
        bool seen = false;
        QString folder;
        QString name;
    };
    // Answers the next file dialog: notes where it opened and the name it proposed, then
    // chooses `path` (empty: cancels).
    static void answerFileDialog(Shown *shown, const QString &path)
    {
        test::whenModal<QFileDialog>(
            [shown, path](QFileDialog *dialog) {
                shown->folder = dialog->directory().absolutePath();
                if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                    shown->name = name->text();
                if (path.isEmpty()) {
                    dialog->reject();
                    return;
                }
                for (auto *view : dialog->findChildren<QAbstractItemView *>())
                    view->clearSelection();
                dialog->setOption(QFileDialog::DontConfirmOverwrite);
                if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                    name->setText(path);
                static_cast<QDialog *>(dialog)->accept();
            },
            &shown->seen);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_file_dialogs"_s);
    }

    void slug_data()
    {
        QTest::addColumn<QString>("customer");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << u"Beispiel AG"_s << u"beispiel-ag"_s;
        QTest::newRow("umlauts") << u"Müller & Söhne GmbH"_s << u"mueller-soehne-gmbh"_s;
        QTest::newRow("capital umlauts") << u"ÄÖÜ Übersee"_s << u"aeoeue-uebersee"_s;
        QTest::newRow("sharp s") << u"Straße 7"_s << u"strasse-7"_s;
        QTest::newRow("accents") << u"Café Noir"_s << u"cafe-noir"_s;
        QTest::newRow("edges") << u"  --Acme, Inc.!! "_s << u"acme-inc"_s;
        QTest::newRow("nothing left") << u" & "_s << QString();
    }
    void slug()
    {
        QFETCH(QString, customer);
        QFETCH(QString, slug);
        QCOMPARE(fileNameSlug(customer), slug);
    }

    void proposedNames()
    {
        const QDate day(2026, 12, 7);
        QCOMPARE(proposedFileName(u"runbook"_s, u"Beispiel AG"_s, day, u".pdf"_s),
                 u"runbook-beispiel-ag-2026-12-07.pdf"_s);
        QCOMPARE(proposedFileName(u"handover"_s, QString(), day, u".zip"_s),
                 u"handover-2026-12-07.zip"_s);
    }

    // The runbook's export proposes the customer and the day, in the folder remembered for it;
    // a folder chosen is the next dialog's.
    void runbookExportProposesNameAndFolder()
    {
        auto workspace = test::openTestWorkspace(m_dir.filePath(u"files.sqlite"_s));
        const qint64 id =
            test::createEngagement(workspace.get(), u"Beispiel AG"_s, u"beispiel.test"_s);
        const QString remembered = m_dir.filePath(u"deliverables"_s);
        QVERIFY(QDir().mkpath(remembered));
        AppSettings::setLastFolder(u"runbook"_s, remembered);

        RunbookView view;
        view.setWorkspace(workspace.get());
        view.showEngagement(id);
        Shown shown;
        answerFileDialog(&shown, QString());
        view.exportPdf();
        QVERIFY(shown.seen);
        QCOMPARE(shown.name, u"runbook-beispiel-ag-2026-12-07.pdf"_s);
        QCOMPARE(shown.folder, QDir(remembered).absolutePath());

        // Chosen elsewhere: that folder is remembered for the purpose, not for the others.
        const QString other = m_dir.filePath(u"other"_s);
        QVERIFY(QDir().mkpath(other));
        Shown chosen;
        answerFileDialog(&chosen, QDir(other).filePath(u"bundle.zip"_s));
        const QString path =
            FileDialogs::saveFileName(nullptr, u"bundle"_s, u"Export"_s, u"handover.zip"_s);
        QVERIFY(chosen.seen);
        QCOMPARE(path, QDir(other).filePath(u"bundle.zip"_s));
        QCOMPARE(AppSettings::lastFolder(u"bundle"_s), QDir(other).absolutePath());
        QCOMPARE(AppSettings::lastFolder(u"runbook"_s), remembered);
        Shown again;
        answerFileDialog(&again, QString());
        FileDialogs::saveFileName(nullptr, u"bundle"_s, u"Export"_s, u"handover.zip"_s);
        QVERIFY(again.seen);
        QCOMPARE(again.folder, QDir(other).absolutePath());
    }
};

QTEST_MAIN(TestFileDialogs)
#include "test_file_dialogs.moc"
