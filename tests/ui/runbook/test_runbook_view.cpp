// The Runbook view driven through its widgets on a fully populated engagement: the page preview,
// "Export PDF…" and "Export bundle…" through their real dialogs, the private-key switch, the PDF
// language and the busy state. PDFs are read back with pdftotext, bundles listed with unzip.
#include "RunbookFixture.h"
#include "TestEnv.h"
#include "mainwindow/Workspace.h"
#include "runbook/RunbookView.h"
#include "services/EngagementService.h"
#include "storage/Database.h"
#include "storage/KeyFileRepository.h"
#include "tls/KeyGenerator.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestRunbookView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::RunbookFixture m_fixture;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<RunbookView> m_view;
    QString m_keyPath; // a key in the engagement's secrets folder: only in a bundle that asks
    QByteArray m_keyPem;

    template <typename T> T *widget(const QString &name)
    {
        T *w = m_view->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
    // Refresh and Cancel carry no object name; they are found by their label.
    QPushButton *button(const QString &label)
    {
        for (QPushButton *b : m_view->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == label)
                return b;
        }
        qWarning("no button %s", qPrintable(label));
        return nullptr;
    }

    // Answers the next modal dialog of type T (shown by a click) from inside its event loop.
    template <typename T> static void whenModal(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, qApp, [timer, answer] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }
    static void saveAs(const QString &path)
    {
        whenModal<QFileDialog>([path](QFileDialog *dialog) {
            // Typed like a user: selectFile() loses against the dialog's remembered selection.
            for (auto *view : dialog->findChildren<QAbstractItemView *>())
                view->clearSelection();
            // An unexpected "replace?" question would block the test inside the dialog.
            dialog->setOption(QFileDialog::DontConfirmOverwrite);
            if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
                name->setText(path);
            if (dialog->selectedFiles() != QStringList{path})
                qWarning("file dialog: %s", qPrintable(dialog->selectedFiles().join(u", "_s)));
            static_cast<QDialog *>(dialog)->accept(); // protected in QFileDialog
        });
    }

    // Clicks `which`, answers the save dialog with `path`, and waits for the job's `finished`.
    bool exportThrough(const QString &which, const QString &path, bool confirmKeys = false)
    {
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        saveAs(path);
        if (confirmKeys) {
            whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        }
        QTest::mouseClick(widget<QPushButton>(which), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000); }();
        if (finished.count() != 1)
            return false;
        if (!finished.first().at(0).toBool() || !QFile::exists(path))
            qWarning("%s: %s", qPrintable(path), qPrintable(finished.first().at(1).toString()));
        return finished.first().at(0).toBool() && QFile::exists(path);
    }

    static QString pdfText(const QString &pdf)
    {
        const test::ToolRun run = test::runTool(u"pdftotext"_s, {pdf, u"-"_s});
        return run.exitCode == 0 ? QString(QString::fromUtf8(run.out))
                                       .replace(QRegularExpression(u"\\s+"_s), u" "_s)
                                 : QString();
    }
    static QStringList zipEntries(const QString &zip)
    {
        const test::ToolRun run = test::runTool(u"unzip"_s, {u"-Z1"_s, zip});
        return run.exitCode == 0 ? QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts)
                                 : QStringList{u"<unzip failed>"_s};
    }
    static QByteArray zipContent(const QString &zip, const QString &entry = {})
    {
        QStringList args{u"-p"_s, zip};
        if (!entry.isEmpty())
            args << entry;
        return test::runTool(u"unzip"_s, args).out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        for (const QString &tool : {u"pdftotext"_s, u"unzip"_s})
            QVERIFY2(test::haveProgram(tool), qPrintable(tool + u" is needed"_s));
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"runbook.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(m_fixture.populate(*db, m_dir.path(), now), qPrintable(m_fixture.error));

        auto key =
            tls::KeyGenerator(tls::KeyGenerator::engagementSecretsDir(m_fixture.engagementId))
                .generate(u"runbook.example-view"_s, tls::KeyAlgorithm::EcdsaP256,
                          {u"mx1.runbook.example"_s});
        QVERIFY2(key.ok(), key ? "" : qPrintable(key.error().message));
        // Recorded as the engagement's, as the key dialog does: only then does a bundle take it.
        QVERIFY(storage::KeyFileRepository(*db)
                    .record({0, m_fixture.engagementId, now, u"tls.csr-created"_s, u"tester"_s, {}},
                            storage::keyFilesOf(*key))
                    .ok());
        m_keyPath = key->keyPath;
        QFile keyFile(m_keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_keyPem = keyFile.readAll();
        QVERIFY(m_keyPem.contains("PRIVATE KEY-----"));

        m_workspace = std::make_unique<Workspace>(*db, std::make_shared<FixedClock>(now));
        m_view = std::make_unique<RunbookView>();
        m_view->setWorkspace(m_workspace.get());
        m_view->resize(1000, 800);
    }

    void previewFillsWithPages()
    {
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        m_view->showEngagement(m_fixture.engagementId);
        auto *pages = widget<QListWidget>(u"runbookPages"_s);
        QVERIFY(pages);
        QCOMPARE(pages->count(), 0);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        // The same bounds the integration test sets for the PDF of this engagement.
        QVERIFY2(pages->count() >= 8 && pages->count() <= 40,
                 qPrintable(QString::number(pages->count())));
        for (int i = 0; i < pages->count(); ++i) {
            QVERIFY(!pages->item(i)->icon().isNull());
            QCOMPARE(pages->item(i)->text(), u"Page %1"_s.arg(i + 1));
        }

        // "Refresh preview" renders again and ends with the same pages.
        const int count = pages->count();
        QTest::mouseClick(button(u"Refresh preview"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(finished.at(1).at(0).toBool());
        QCOMPARE(pages->count(), count);
    }

    // Opening an engagement while the view is shown renders it with that engagement's options,
    // not with whatever the boxes held before.
    void reopeningUsesTheEngagementsOptions()
    {
        auto *bsi = widget<QCheckBox>(u"runbookBsi"_s);
        QVERIFY(bsi);
        QVERIFY(!bsi->isChecked());
        const int pages = m_view->previewCount();
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        QTest::mouseClick(bsi, Qt::LeftButton, {}, QPoint(4, bsi->height() / 2));
        QVERIFY(bsi->isChecked()); // renders again on its own (previewFollowsItsOptions)
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(m_view->previewCount() > pages, "the checklist adds pages");

        m_view->showEngagement(m_fixture.engagementId);
        QVERIFY(!bsi->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(finished.at(1).at(0).toBool());
        QCOMPARE(m_view->previewCount(), pages);
    }

    void exportedPdfHasNoKeyMaterial()
    {
        const QString pdf = m_dir.filePath(u"out/runbook-en.pdf"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"out"_s)));
        QVERIFY(exportThrough(u"exportPdf"_s, pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(m_fixture.domain), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Executive summary"_s));
        QVERIFY(!text.contains(u"PRIVATE KEY"_s));
        QVERIFY(!bytes.contains("PRIVATE KEY"));
        QVERIFY(!text.contains(m_fixture.privateKeyPath));
        QVERIFY(!text.contains(m_keyPath));
        QVERIFY(!bytes.contains(m_fixture.privateKeyPath.toUtf8()));
    }

    void bundleCarriesKeysOnlyWhenAsked()
    {
        auto *includeKeys = widget<QCheckBox>(u"bundleIncludeKeys"_s);
        QVERIFY(includeKeys);
        QVERIFY(!includeKeys->isChecked());
        const QString keyBody = QString::fromLatin1(m_keyPem).split(u'\n').at(1);
        QVERIFY(keyBody.size() >= 16);

        const QString without = m_dir.filePath(u"out/without-keys.zip"_s);
        QVERIFY(exportThrough(u"exportBundle"_s, without));
        const QStringList plain = zipEntries(without);
        QVERIFY2(plain.contains(u"MANIFEST.json"_s), qPrintable(plain.join(u' ')));
        QVERIFY(plain.contains(u"runbook-en.pdf"_s));
        for (const QString &entry : plain)
            QVERIFY2(!entry.startsWith(u"private-keys/"_s) && !entry.endsWith(u".key"_s),
                     qPrintable(entry));
        const QByteArray everything = zipContent(without);
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains("PRIVATE KEY-----"));
        QVERIFY(!everything.contains(keyBody.toLatin1()));

        // Checked: the click asks first (answered Yes here), and the key is in the bundle.
        QTest::mouseClick(includeKeys, Qt::LeftButton, {}, QPoint(4, includeKeys->height() / 2));
        QVERIFY(includeKeys->isChecked());
        const QString with = m_dir.filePath(u"out/with-keys.zip"_s);
        QVERIFY(exportThrough(u"exportBundle"_s, with, true));
        const QStringList entries = zipEntries(with);
        const QStringList keys = entries.filter(QRegularExpression(u"^private-keys/.+\\.key$"_s));
        QCOMPARE(keys, QStringList{u"private-keys/runbook.example-view.key"_s});
        QCOMPARE(zipContent(with, keys.first()), m_keyPem);
        QCOMPARE(QFile::permissions(with) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});

        // Refusing the warning writes nothing.
        const QString refused = m_dir.filePath(u"out/refused.zip"_s);
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        saveAs(refused);
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        QTest::mouseClick(widget<QPushButton>(u"exportBundle"_s), Qt::LeftButton);
        QVERIFY(!m_view->isBusy());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(refused));

        QTest::mouseClick(includeKeys, Qt::LeftButton, {}, QPoint(4, includeKeys->height() / 2));
        QVERIFY(!includeKeys->isChecked());
    }

    void germanPdf()
    {
        auto *language = widget<QComboBox>(u"runbookLanguage"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        QSignalSpy previewed(m_view.get(), &RunbookView::finished);
        language->setCurrentIndex(language->findData(u"de"_s));
        QCOMPARE(language->currentData().toString(), u"de"_s);
        // The preview follows the language (checked in previewFollowsItsOptions).
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() == 1 && !m_view->isBusy(), 120000);
        const QString pdf = m_dir.filePath(u"out/runbook-de.pdf"_s);
        QVERIFY(exportThrough(u"exportPdf"_s, pdf));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Zusammenfassung für die Geschäftsleitung"_s),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Reaktion auf Störungen"_s));
        QVERIFY(!text.contains(u"Executive summary"_s));
        QVERIFY(text.contains(m_fixture.domain));
        language->setCurrentIndex(language->findData(u"en"_s));
        QTRY_VERIFY_WITH_TIMEOUT(previewed.count() == 3 && !m_view->isBusy(), 120000);
    }

    // A preview in the previous language, or without the checklist just asked for, is stale:
    // changing an option renders it again without "Refresh preview".
    void previewFollowsItsOptions()
    {
        auto *language = widget<QComboBox>(u"runbookLanguage"_s);
        auto *bsi = widget<QCheckBox>(u"runbookBsi"_s);
        QVERIFY(language && bsi);
        QVERIFY(!m_view->isBusy());
        const int pages = m_view->previewCount();
        QVERIFY(pages > 0);
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        language->setCurrentIndex(language->findData(u"de"_s));
        QVERIFY(m_view->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 && !m_view->isBusy(), 120000);
        QVERIFY(finished.first().at(0).toBool());

        QTest::mouseClick(bsi, Qt::LeftButton, {}, QPoint(4, bsi->height() / 2));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2 && !m_view->isBusy(), 120000);
        QVERIFY2(m_view->previewCount() > pages, "the checklist adds pages");

        // Reopening the engagement restores its own options and renders once.
        m_view->showEngagement(m_fixture.engagementId);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        QVERIFY(!bsi->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 3 && !m_view->isBusy(), 120000);
        QCOMPARE(m_view->previewCount(), pages);
    }

    void busyWhileAJobRuns()
    {
        auto *exportPdf = widget<QPushButton>(u"exportPdf"_s);
        auto *exportBundle = widget<QPushButton>(u"exportBundle"_s);
        QPushButton *refresh = button(u"Refresh preview"_s);
        QPushButton *cancel = button(u"Cancel"_s);
        QVERIFY(exportPdf && exportBundle && refresh && cancel);
        QVERIFY(exportPdf->isEnabled() && exportBundle->isEnabled() && refresh->isEnabled());
        QVERIFY(!cancel->isVisible());

        // Checked right after the click: rendering the whole runbook takes far longer than that,
        // and the view leaves its busy state only when the event loop delivers the result.
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        const QString pdf = m_dir.filePath(u"out/busy.pdf"_s);
        saveAs(pdf);
        QTest::mouseClick(exportPdf, Qt::LeftButton);
        QVERIFY(m_view->isBusy());
        QVERIFY(!exportPdf->isEnabled());
        QVERIFY(!exportBundle->isEnabled());
        QVERIFY(!refresh->isEnabled());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(QFile::exists(pdf));
        QVERIFY(!m_view->isBusy());
        QVERIFY(exportPdf->isEnabled() && exportBundle->isEnabled() && refresh->isEnabled());
        QVERIFY(!cancel->isVisible());

        // Cancel ends the job with an error and leaves the preview as it was.
        const int pages = m_view->previewCount();
        QTest::mouseClick(refresh, Qt::LeftButton);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY2(finished.at(1).at(1).toString().contains(u"cancelled"_s),
                 qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(m_view->previewCount(), pages);
        QVERIFY(exportPdf->isEnabled() && !cancel->isVisible());
    }

    // Opening another engagement while a preview renders: the old pages never show, and the
    // new engagement's preview follows on its own.
    void switchingEngagementWhileRendering()
    {
        Engagement draft;
        draft.customer = u"Second Customer"_s;
        draft.domain.ace = u"second.example"_s;
        Result<Engagement> second =
            EngagementService(m_workspace->databasePtr(), m_workspace->clock(), u"tester"_s)
                .create(draft);
        QVERIFY(second.ok());
        QSignalSpy finished(m_view.get(), &RunbookView::finished);
        m_view->showEngagement(second->id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const int secondPages = m_view->previewCount();
        m_view->showEngagement(m_fixture.engagementId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        const int firstPages = m_view->previewCount();
        QVERIFY2(secondPages > 0 && firstPages > secondPages,
                 qPrintable(u"%1 / %2"_s.arg(firstPages).arg(secondPages)));

        m_view->showEngagement(m_fixture.engagementId); // renders (the view is visible)
        QVERIFY(m_view->isBusy());
        m_view->showEngagement(second->id);
        // The first job ends (cancelled or not), then the second engagement's preview runs.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 4 && !m_view->isBusy(), 120000);
        QVERIFY(finished.at(3).at(0).toBool());
        QCOMPARE(m_view->previewCount(), secondPages);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_workspace.reset();
    }
};

QTEST_MAIN(TestRunbookView)
#include "test_runbook_view.moc"
