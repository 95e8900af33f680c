#pragma once

#include "runbook/RunbookDocument.h"
#include "runbook/RunbookOptions.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace sts::storage {
class Database;
}

namespace sts::render {

using runbook::RunbookOptions;

// Renders the whole runbook of one engagement as PDF bytes, in `options.language` whatever the
// program speaks (no translator is installed). Needs a QGuiApplication for fonts (the offscreen
// platform will do), no widgets; runs on any thread. `progress(done, total)` per step; `cancel`
// checked often.
Result<QByteArray> renderRunbookPdf(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const RunbookOptions &options,
                                    const std::function<void(int, int)> &progress = {},
                                    const CancelToken &cancel = {});

// The same rendering with what the Runbook view needs besides the PDF.
struct RunbookRendering
{
    QByteArray pdf;         // empty unless asked for
    QList<QImage> previews; // one per page when asked for
    int pageCount = 0;
    QStringList omitted; // translated: sections left out and why
    // The text and pictures before pagination, when asked for (tests read what is printed).
    std::optional<runbook::RunbookDocument> document;
    QHash<QString, QImage> figures; // with the document: the pictures its sections embed
};
struct RunbookTargets
{
    bool pdf = true;
    int previewWidth = 0; // > 0: also paint every page into an image this wide
    bool document = false;
};
Result<RunbookRendering> renderRunbook(std::shared_ptr<const storage::Database> db,
                                       qint64 engagementId, const RunbookOptions &options,
                                       const RunbookTargets &targets,
                                       const std::function<void(int, int)> &progress = {},
                                       const CancelToken &cancel = {});

} // namespace sts::render
