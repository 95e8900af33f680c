#include "runbook/RunbookWriter.h"

#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookFigures.h"
#include "runbook/RunbookLanguage.h"
#include "runbook/RunbookPages.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::render {

namespace {

Error cancelledError()
{
    return {u"runbook.cancelled"_s,
            QCoreApplication::translate("sts::ui", "Creating the runbook was cancelled.")};
}

} // namespace

Result<RunbookRendering> renderRunbook(std::shared_ptr<const storage::Database> db,
                                       qint64 engagementId, const RunbookOptions &options,
                                       const RunbookTargets &targets,
                                       const std::function<void(int, int)> &progress,
                                       const CancelToken &cancel)
{
    // The document's own language: asked directly, never installed, so that nothing else the
    // program shows changes language while the runbook is made.
    const runbook::RunbookLanguage language(options.language);
    RunbookOptions effective = options;
    effective.language = language.code();
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();

    int done = 0;
    int total = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };
    Result<runbook::RunbookData> data =
        runbook::loadRunbookData(db, engagementId, now, language.text());
    if (!data)
        return data.error();
    const runbook::RunbookBuilder builder(*data, effective, language);
    total = builder.sectionCount() + 4;
    step();
    if (cancel.isCancelled())
        return cancelledError();

    const runbook::RunbookDocument document = builder.build(step, cancel);
    if (cancel.isCancelled())
        return cancelledError();
    const QHash<QString, QImage> figures = paintRunbookFigures(document, *data, language);
    step();
    if (cancel.isCancelled())
        return cancelledError();
    RunbookPages pages(document, figures);
    step();

    RunbookRendering rendering;
    rendering.pageCount = pages.pageCount();
    rendering.omitted = document.omitted;
    if (targets.document) {
        rendering.document = document;
        rendering.figures = figures;
    }
    if (targets.pdf) {
        QBuffer buffer(&rendering.pdf);
        buffer.open(QIODevice::WriteOnly);
        if (Status written = pages.writePdf(&buffer, document.headerText, cancel); !written)
            return written.error();
    }
    for (int page = 0; targets.previewWidth > 0 && page < pages.pageCount(); ++page) {
        if (cancel.isCancelled())
            return cancelledError();
        rendering.previews.append(pages.pageImage(page, targets.previewWidth));
    }
    step();
    return rendering;
}

Result<QByteArray> renderRunbookPdf(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const RunbookOptions &options,
                                    const std::function<void(int, int)> &progress,
                                    const CancelToken &cancel)
{
    Result<RunbookRendering> rendering =
        renderRunbook(std::move(db), engagementId, options, {}, progress, cancel);
    if (!rendering)
        return rendering.error();
    return std::move(rendering->pdf);
}

} // namespace sts::render
