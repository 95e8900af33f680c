#include "runbook/RunbookView.h"

#include "common/FileDialogs.h"
#include "mainwindow/Workspace.h"
#include "runbook/HandoverExport.h"
#include "services/EngagementService.h"
#include "services/PolicyVersions.h"
#include "util/OutputFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

using render::exportHandoverBundle;
using render::renderRunbook;
using render::RunbookTargets;

namespace {
constexpr int kPreviewWidth = 260;
}

RunbookView::RunbookView(QWidget *parent)
    : QWidget(parent), m_language(new QComboBox(this)), m_consultant(new QLineEdit(this)),
      m_bsi(new QCheckBox(tr("BSI TR-03108 checklist"), this)),
      m_includeKeys(new QCheckBox(tr("Include private keys in the bundle"), this)),
      m_refresh(new QPushButton(tr("&Refresh preview"), this)),
      m_exportPdf(new QPushButton(tr("Export &PDF…"), this)),
      m_exportBundle(new QPushButton(tr("Export &bundle…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_pages(new QListWidget(this)), m_tasks(new TaskRunner(this, 1))
{
    setObjectName(u"runbookView"_s);
    m_language->addItem(tr("English"), u"en"_s);
    m_language->addItem(tr("German"), u"de"_s);
    m_language->setObjectName(u"runbookLanguage"_s);
    m_consultant->setObjectName(u"runbookConsultant"_s);
    m_consultant->setPlaceholderText(tr("as recorded in the engagement"));
    m_bsi->setObjectName(u"runbookBsi"_s);
    m_includeKeys->setObjectName(u"bundleIncludeKeys"_s);
    m_refresh->setObjectName(u"refreshPreview"_s);
    m_cancel->setObjectName(u"runbookCancel"_s);
    m_exportPdf->setObjectName(u"exportPdf"_s);
    m_exportBundle->setObjectName(u"exportBundle"_s);
    m_pages->setObjectName(u"runbookPages"_s);
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setSpacing(10);
    m_pages->setIconSize(QSize(kPreviewWidth, int(kPreviewWidth * 1.4143)));
    m_pages->setSelectionMode(QAbstractItemView::NoSelection);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *options = new QFormLayout;
    options->addRow(tr("PDF language:"), m_language);
    options->addRow(tr("Consultant on the cover:"), m_consultant);
    options->addRow(QString(), m_bsi);
    options->addRow(QString(), m_includeKeys);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch();
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportBundle);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RunbookView::refreshPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_exportBundle, &QPushButton::clicked, this, [this] { exportBundle(); });
    connect(m_cancel, &QPushButton::clicked, this, &RunbookView::cancel);
    // Pages in the previous language or without the checklist would be a stale preview.
    connect(m_language, &QComboBox::currentIndexChanged, this, &RunbookView::previewIsStale);
    connect(m_bsi, &QCheckBox::toggled, this, &RunbookView::previewIsStale);
    connect(m_consultant, &QLineEdit::editingFinished, this, [this] {
        if (m_consultant->isModified()) {
            m_consultant->setModified(false);
            previewIsStale();
        }
    });
}

void RunbookView::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
}

void RunbookView::showEngagement(qint64 engagementId)
{
    m_engagementId = engagementId;
    m_pages->clear();
    m_status->setText(tr("Click “Refresh preview” to see the runbook's pages."));
    if (m_workspace) {
        auto engagement = EngagementService(m_workspace->databasePtr(), m_workspace->clock(),
                                            m_workspace->actor())
                              .get(engagementId);
        if (engagement) {
            // One preview below, not one per option set here.
            const QSignalBlocker languageBlocker(m_language);
            const QSignalBlocker bsiBlocker(m_bsi);
            m_language->setCurrentIndex(m_language->findData(engagement->language));
            m_consultant->setText(engagement->consultant);
            m_bsi->setChecked(engagement->profile == Profile::BsiTr03108);
        }
    }
    // After the options above: the preview must use this engagement's language and profile.
    previewIsStale();
}

void RunbookView::previewIsStale()
{
    if (isBusy()) {
        // The pages being rendered are no longer wanted (an export finishes); the preview
        // starts again when the job has ended.
        if (m_previewRunning)
            m_job.interrupt();
        m_refreshPending = true;
    } else if (isVisible()) {
        refreshPreview();
    } else {
        m_pages->clear(); // rendered again when the view is shown
    }
}

void RunbookView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The preview is rendered off the GUI thread, so it can simply start when the section opens.
    if (m_pages->count() == 0)
        refreshPreview();
}

RunbookOptions RunbookView::options() const
{
    RunbookOptions options;
    options.language = m_language->currentData().toString();
    options.consultant = m_consultant->text().trimmed();
    options.bsiChecklist = m_bsi->isChecked();
    if (m_workspace)
        options.now = m_workspace->clock()->now();
    return options;
}

int RunbookView::previewCount() const
{
    return m_pages->count();
}

void RunbookView::start(const QString &what, Job job)
{
    if (!m_workspace || m_engagementId == 0 || isBusy())
        return;
    m_jobEngagementId = m_engagementId;
    setBusy(true);
    m_status->setText(what);
    m_job.start(
        [gui = m_workspace->databasePtr(), job](const CancelToken &cancel,
                                                Progress &progress) -> Result<Outcome> {
            // A connection of this thread, closed when the job ends.
            auto db = gui->openAnother();
            if (!db)
                return Outcome{false, db.error().message, {}, false};
            return job(
                *db, [&progress](int done, int total) { progress.report(done, total); }, cancel);
        },
        [this](const Result<Outcome> &outcome) { onFinished(*outcome); },
        [this](const ProgressStep &step) {
            m_progress->setMaximum(int(step.total));
            m_progress->setValue(int(step.done));
        });
}

void RunbookView::refreshPreview()
{
    const RunbookOptions opts = options();
    const qint64 id = m_engagementId;
    const bool busy = isBusy();
    start(tr("Rendering the runbook…"), [opts, id](auto db, const auto &progress, auto cancel) {
        RunbookTargets targets;
        targets.pdf = false;
        targets.previewWidth = kPreviewWidth * 2;
        Result<RunbookRendering> r = renderRunbook(db, id, opts, targets, progress, cancel);
        if (!r)
            return Outcome{false, r.error().message, {}, true};
        return Outcome{true, {}, std::move(*r), true};
    });
    m_previewRunning = !busy && isBusy();
}

void RunbookView::exportPdf(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = FileDialogs::saveFileName(
            this, u"runbook"_s, tr("Export runbook"),
            proposedFileName(m_workspace, m_engagementId, u"runbook"_s, u".pdf"_s),
            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const RunbookOptions opts = options();
    const qint64 id = m_engagementId;
    start(tr("Writing the runbook…"), [opts, id, path](auto db, const auto &progress, auto cancel) {
        RunbookTargets targets;
        targets.previewWidth = kPreviewWidth * 2;
        Result<RunbookRendering> r = renderRunbook(db, id, opts, targets, progress, cancel);
        if (!r)
            return Outcome{false, r.error().message, {}, false};
        if (Status saved = writeFileAtomically(path, r->pdf); !saved)
            return Outcome{false, saved.error().message, {}, false};
        return Outcome{true,
                       tr("Runbook written to %1 (%n page(s)).", nullptr, r->pageCount).arg(path),
                       std::move(*r), true};
    });
}

void RunbookView::exportBundle(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = FileDialogs::saveFileName(
            this, u"bundle"_s, tr("Export handover bundle"),
            proposedFileName(m_workspace, m_engagementId, u"handover"_s, u".zip"_s),
            tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    const bool keys = m_includeKeys->isChecked();
    if (keys && chosen.isEmpty() &&
        QMessageBox::warning(this, tr("Private keys"),
                             tr("The bundle will contain the private keys of this engagement. "
                                "Anyone who gets the file can impersonate the mail servers. "
                                "Continue?"),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No) != QMessageBox::Yes)
        return;
    // The bundle's files are deployed: they name a version STS Desk has saved.
    if (Result<StoredPolicyVersion> current =
            PolicyVersions(m_workspace->context()).ensureCurrent(m_engagementId);
        !current) {
        QMessageBox::warning(this, tr("Export handover bundle"), current.error().message);
        return;
    }
    RunbookOptions opts = options();
    opts.privateKeysIncluded = keys;
    const qint64 id = m_engagementId;
    start(tr("Writing the handover bundle…"),
          [opts, id, path, keys](auto db, const auto &progress, auto cancel) {
              Result<QStringList> files =
                  exportHandoverBundle(db, id, path, opts, keys, progress, cancel);
              if (!files)
                  return Outcome{false, files.error().message, {}, false};
              return Outcome{
                  true,
                  tr("Handover bundle written to %1 (%n file(s)).", nullptr, int(files->size()))
                      .arg(path),
                  {},
                  false};
          });
}

void RunbookView::cancel()
{
    m_job.interrupt();
}

void RunbookView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
    m_refresh->setEnabled(!busy);
    m_exportPdf->setEnabled(!busy);
    m_exportBundle->setEnabled(!busy);
}

// White pages on a white list would have no visible edge: a thin border and a soft shadow.
static QPixmap framedPage(const QImage &page)
{
    constexpr int shadow = 3;
    QPixmap framed(page.width() + shadow, page.height() + shadow);
    framed.fill(Qt::transparent);
    QPainter painter(&framed);
    painter.fillRect(QRect(shadow, shadow, page.width(), page.height()), QColor(0, 0, 0, 40));
    painter.drawImage(0, 0, page);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(QRect(0, 0, page.width() - 1, page.height() - 1));
    return framed;
}

void RunbookView::onFinished(const Outcome &outcome)
{
    setBusy(false);
    m_previewRunning = false;
    if (outcome.ok && outcome.preview && m_jobEngagementId == m_engagementId) {
        m_pages->clear();
        for (qsizetype i = 0; i < outcome.rendering.previews.size(); ++i) {
            auto *item = new QListWidgetItem(QIcon(framedPage(outcome.rendering.previews.at(i))),
                                             tr("Page %1").arg(i + 1), m_pages);
            item->setSizeHint(QSize(kPreviewWidth + 16, int(kPreviewWidth * 1.4143) + 36));
        }
    }
    QString message = outcome.message;
    if (outcome.ok && outcome.preview && message.isEmpty())
        message = tr("%n page(s).", nullptr, outcome.rendering.pageCount);
    if (outcome.ok && !outcome.rendering.omitted.isEmpty())
        message += u"\n"_s + tr("Left out: %1").arg(outcome.rendering.omitted.join(u" "_s));
    m_status->setText(message);
    Q_EMIT finished(outcome.ok, outcome.message);
    if (m_refreshPending) {
        m_refreshPending = false;
        if (isVisible())
            refreshPreview();
    }
}

} // namespace sts::ui
