#include "timeline/RolloutView.h"

#include "mainwindow/Workspace.h"
#include "timeline/DayStrip.h"
#include "tlsrpt/Importer.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sts::ui {

RolloutView::RolloutView(QWidget *parent)
    : QWidget(parent), m_phase(new QLabel(this)), m_banner(new QLabel(this)),
      m_days(new DayStrip(this)), m_importSummary(new QLabel(this)),
      m_import(new QPushButton(tr("&Import reports…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this))
{
    setObjectName(u"rolloutView"_s);
    setAcceptDrops(true);
    m_phase->setObjectName(u"rolloutPhase"_s);
    m_banner->setObjectName(u"readinessBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(10);
    m_banner->setAutoFillBackground(true);
    m_importSummary->setObjectName(u"importSummary"_s);
    m_importSummary->setWordWrap(true);
    m_import->setObjectName(u"importReports"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import TLS-RPT reports: JSON, gzip, zip, e-mail, mbox or a Maildir "
                            "folder (Ctrl+I). Files can also be dropped here."));
    m_cancel->setObjectName(u"cancelImport"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_cancel->hide();
    m_progress->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_days);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFixedHeight(m_days->sizeHint().height() + 24);

    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_import);
    importRow->addWidget(m_progress, 1);
    importRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_banner);
    layout->addWidget(scroll);
    layout->addLayout(importRow);
    layout->addWidget(m_importSummary);
    layout->addStretch();

    connect(m_import, &QPushButton::clicked, this, &RolloutView::chooseFiles);
    connect(m_cancel, &QPushButton::clicked, this, &RolloutView::cancelImport);
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, &RolloutView::importFinished);
}

RolloutView::~RolloutView()
{
    cancelImport();
    m_watcher.waitForFinished();
}

void RolloutView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

void RolloutView::showEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    m_importSummary->clear();
    refresh();
}

void RolloutView::refresh()
{
    if (!m_workspace || m_engagementId == 0)
        return;
    RolloutService service(m_workspace->databasePtr(), m_workspace->clock(), QString());
    Result<RolloutStatus> status = service.status(m_engagementId);
    if (!status) {
        m_banner->setText(status.error().message);
        return;
    }
    showStatus(*status);
}

void RolloutView::showStatus(const RolloutStatus &status)
{
    const QLocale locale;
    QString phase = tr("Phase: %1").arg(displayName(status.phase));
    if (!status.policyId.isEmpty())
        phase += tr(" · policy id %1").arg(status.policyId);
    if (status.phase == RolloutPhase::Testing) {
        phase += tr(" · day %1 of testing").arg(status.readiness.daysInTesting);
        phase += tr(" · %n clean day(s) in a row", nullptr, status.readiness.cleanStreak);
    }
    m_phase->setText(phase);

    QPalette palette = m_banner->palette();
    if (status.readyForEnforce()) {
        m_banner->setText(
            tr("✓ Ready for enforce since %1.")
                .arg(locale.toString(status.readiness.readySince, QLocale::LongFormat)));
        palette.setColor(QPalette::Window, QColor(0xe3, 0xf4, 0xe8));
    } else {
        QString text = tr("Not ready for enforce:");
        for (const QString &reason : status.readiness.blockingReasons)
            text += u"\n• "_s + reason;
        m_banner->setText(text);
        palette.setColor(QPalette::Window, status.readiness.flagged ? QColor(0xfd, 0xe4, 0xe1)
                                                                    : QColor(0xfd, 0xf3, 0xdc));
    }
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    m_banner->setPalette(palette);
    m_days->setDays(status.days, m_workspace->clock()->now().toUTC().date());
}

QString RolloutView::bannerText() const
{
    return m_banner->text();
}

QString RolloutView::lastImportSummary() const
{
    return m_importSummary->text();
}

void RolloutView::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import TLS reports"), QString(),
        tr("TLS reports (*.json *.gz *.zip *.eml *.mbox);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void RolloutView::importPaths(const QStringList &paths)
{
    if (!m_workspace || paths.isEmpty() || isImporting())
        return;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_import->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_progress->setRange(0, 0);
    m_importSummary->setText(tr("Importing…"));

    // The worker opens its own connection: a QSqlDatabase belongs to the thread that opened it.
    const std::shared_ptr<storage::Database> db = m_workspace->databasePtr();
    const std::shared_ptr<const Clock> clock = m_workspace->clock();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
    QPointer<QProgressBar> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([db, clock, cancel, paths, progress]() -> QVariant {
        Result<std::shared_ptr<storage::Database>> own = db->openAnother();
        if (!own)
            return own.error().message;
        tlsrpt::Importer importer(*own, {}, clock);
        Result<tlsrpt::ImportSummary> summary =
            importer.importPaths(paths, cancel.get(), [progress](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(progress, [progress, done, total] {
                    if (progress) {
                        progress->setRange(0, int(total));
                        progress->setValue(int(done));
                    }
                });
            });
        if (!summary)
            return summary.error().message;
        return QVariant::fromValue(summary->toJson());
    }));
}

void RolloutView::cancelImport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void RolloutView::importFinished()
{
    m_import->setEnabled(true);
    m_cancel->hide();
    m_progress->hide();
    const QVariant result = m_watcher.result();
    if (result.typeId() == QMetaType::QString) {
        m_importSummary->setText(tr("Import failed: %1").arg(result.toString()));
        return;
    }
    const QJsonObject summary = result.toJsonObject();
    QString text = tr("Imported %1 report(s), %2 duplicate(s), %3 quarantined.")
                       .arg(summary.value(u"imported"_s).toInt())
                       .arg(summary.value(u"duplicates"_s).toInt())
                       .arg(summary.value(u"quarantined"_s).toInt());
    if (summary.value(u"cancelled"_s).toBool())
        text += tr(" Cancelled; what was read so far is kept.");
    m_importSummary->setText(text);
    refresh();
}

void RolloutView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void RolloutView::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importPaths(paths);
    event->acceptProposedAction();
}

} // namespace sts::ui
