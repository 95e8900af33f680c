#include "RunbookWriter.h"

#include "RunbookCharts.h"
#include "RunbookData.h"
#include "RunbookPages.h"
#include "RunbookSections.h"
#include "RunbookTranslator.h"
#include "timeline/TimelineImage.h"
#include "timeline/TimelinePainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

Error cancelledError()
{
    return {u"runbook.cancelled"_s,
            QCoreApplication::translate("sts::ui", "Creating the runbook was cancelled.")};
}

runbook::RunbookDocument buildDocument(const runbook::SectionInput &input,
                                       const std::function<void()> &step,
                                       const std::atomic_bool *cancel)
{
    runbook::RunbookDocument document;
    const Engagement &e = input.data.engagement;
    document.coverHtml = runbook::OverviewSections::coverHtml(input);
    document.headerText =
        QCoreApplication::translate("sts::ui", "Runbook %1 – %2").arg(e.customer, e.domain.display);
    document.tocTitle = QCoreApplication::translate("sts::ui", "Contents");
    document.pageTemplate = QCoreApplication::translate("sts::ui", "Page %1 of %2");
    document.omittedTitle = QCoreApplication::translate("sts::ui", "Not covered in this runbook:");
    for (runbook::SectionBuilder builder : runbook::sectionBuilders()) {
        if (cancelled(cancel))
            return document;
        QString omitted;
        if (std::optional<runbook::RunbookSection> section = builder(input, &omitted))
            document.sections.append(*section);
        else if (!omitted.isEmpty())
            document.omitted.append(omitted);
        step();
    }
    return document;
}

} // namespace

Result<RunbookRendering> renderRunbook(std::shared_ptr<const storage::Database> db,
                                       qint64 engagementId, const RunbookOptions &options,
                                       const RunbookTargets &targets,
                                       const std::function<void(int, int)> &progress,
                                       const std::atomic_bool *cancel)
{
    const QList<runbook::SectionBuilder> builders = runbook::sectionBuilders();
    const int total = int(builders.size()) + 4;
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };
    const QString language = options.language == u"de"_s ? u"de"_s : u"en"_s;
    runbook::ScopedRunbookLanguage scopedLanguage(language);
    RunbookOptions effective = options;
    effective.language = language;
    const QDateTime now =
        options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();

    Result<runbook::RunbookData> data = runbook::loadRunbookData(db, engagementId, now);
    if (!data)
        return data.error();
    step();
    if (cancelled(cancel))
        return cancelledError();

    runbook::SectionInput input{*data, effective, runbook::renderReportCharts(*data), {}};
    if (data->rollout && !data->rollout->history.isEmpty())
        // As wide as it is printed (640), at twice the pixels, so that its labels are as large
        // as the text beside it; as tall as the lanes and the "today" label below them.
        input.timeline =
            renderTimelineImage(db, engagementId, QSize(640, TimelinePainter::kHeight + 24),
                                now.date(), 2.0, runbook::runbookLocale(effective));
    step();
    if (cancelled(cancel))
        return cancelledError();

    const runbook::RunbookDocument document = buildDocument(input, step, cancel);
    if (cancelled(cancel))
        return cancelledError();
    runbook::RunbookPages pages(document);
    step();

    RunbookRendering rendering;
    rendering.pageCount = pages.pageCount();
    rendering.omitted = document.omitted;
    if (targets.document)
        rendering.document = document;
    if (targets.pdf) {
        QBuffer buffer(&rendering.pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setResolution(1200);
        writer.setTitle(document.headerText);
        writer.setCreator(u"STS Desk"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{u"runbook.pdf"_s,
                         QCoreApplication::translate("sts::ui", "The PDF could not be created.")};
        const qreal scale = writer.width() / runbook::RunbookPages::pageSize().width();
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (cancelled(cancel)) {
                painter.end();
                return cancelledError();
            }
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            pages.paintPage(painter, page);
            painter.restore();
        }
        painter.end();
    }
    for (int page = 0; targets.previewWidth > 0 && page < pages.pageCount(); ++page) {
        if (cancelled(cancel))
            return cancelledError();
        rendering.previews.append(pages.pageImage(page, targets.previewWidth));
    }
    step();
    return rendering;
}

Result<QByteArray> renderRunbookPdf(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const RunbookOptions &options,
                                    const std::function<void(int, int)> &progress,
                                    const std::atomic_bool *cancel)
{
    Result<RunbookRendering> rendering =
        renderRunbook(std::move(db), engagementId, options, {}, progress, cancel);
    if (!rendering)
        return rendering.error();
    return std::move(rendering->pdf);
}

} // namespace sts::ui
