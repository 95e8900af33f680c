#pragma once

#include "runbook/RunbookDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sts::storage {
class Database;
}

namespace sts::ui {

struct RunbookOptions
{
    QString language =
        QStringLiteral("en");         // "de" or "en": the PDF's language, independent of the UI's
    QString consultant;               // cover page
    bool bsiChecklist = false;        // BSI TR-03108 checklist section
    bool privateKeysIncluded = false; // the bundle carries private keys: warning page
    QDateTime now;                    // "today" of the runbook; invalid = the current time
};

// Renders the whole runbook of one engagement as PDF bytes. Needs a QApplication (charts); may be
// called with QT_QPA_PLATFORM=offscreen. `progress(done, total)` per section; `cancel` checked
// often. Thread: call it from the GUI thread, or from a worker while the GUI thread keeps running
// its event loop (chart images are rendered on the GUI thread).
Result<QByteArray> renderRunbookPdf(std::shared_ptr<const storage::Database> db,
                                    qint64 engagementId, const RunbookOptions &options,
                                    const std::function<void(int, int)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

// The same rendering with what the Runbook view needs besides the PDF.
struct RunbookRendering
{
    QByteArray pdf;         // empty unless asked for
    QList<QImage> previews; // one per page when asked for
    int pageCount = 0;
    QStringList omitted; // translated: sections left out and why
    // The text and pictures before pagination, when asked for (tests read what is printed).
    std::optional<runbook::RunbookDocument> document;
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
                                       const std::atomic_bool *cancel = nullptr);

} // namespace sts::ui
