#include "runbook/HandoverExport.h"

#include "services/HandoverBundle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::render {

// Rendering the PDF is most of the work; collecting and zipping the rest is quick.
static constexpr int kTotal = 100;
static constexpr int kRunbookShare = 70;
static constexpr int kCollectedAt = 80;

Result<QStringList> exportHandoverBundle(std::shared_ptr<const storage::Database> db,
                                         qint64 engagementId, const QString &zipPath,
                                         const RunbookOptions &options, bool includePrivateKeys,
                                         const std::function<void(int, int)> &progress,
                                         const CancelToken &cancel)
{
    auto report = [&progress](int done) {
        if (progress)
            progress(done, kTotal);
    };
    report(0);

    RunbookOptions runbookOptions = options;
    runbookOptions.privateKeysIncluded = includePrivateKeys;
    Result<QByteArray> pdf = renderRunbookPdf(
        db, engagementId, runbookOptions,
        [&report](int done, int total) {
            if (total > 0)
                report(done * kRunbookShare / total);
        },
        cancel);
    if (!pdf)
        return pdf.error();
    if (cancel.isCancelled())
        return Error{u"bundle.cancelled"_s,
                     QCoreApplication::translate("sts::ui", "Writing the bundle was cancelled.")};

    bundle::HandoverOptions handover;
    handover.includePrivateKeys = includePrivateKeys;
    if (options.now.isValid())
        handover.clock = std::make_shared<FixedClock>(options.now);
    Result<QList<bundle::BundleFile>> files =
        bundle::collectHandoverFiles(db, engagementId, handover, cancel);
    if (!files)
        return files.error();
    const QString language = options.language == u"de"_s ? u"de"_s : u"en"_s;
    files->prepend(bundle::BundleFile{u"runbook-%1.pdf"_s.arg(language), *pdf, false, false});
    report(kCollectedAt);

    return bundle::writeHandoverBundle(
        db, engagementId, zipPath, *files, handover,
        [&report](int done, int total) {
            if (total > 0)
                report(kCollectedAt + done * (kTotal - kCollectedAt) / total);
        },
        cancel);
}

} // namespace sts::render
