#include "services/ReportImport.h"

#include "import/Importer.h"
#include "import/PathSource.h"
#include "import/SourceImport.h"

namespace sts::tlsrpt {

ReportImport::ReportImport(ServiceContext context, ImportOptions options)
    : m_context(std::move(context)), m_options(options)
{}

Result<ImportSummary> ReportImport::importPaths(const QStringList &paths, const CancelToken &cancel,
                                                const ImportProgress &progress)
{
    PathSource files(paths);
    return sync(files, cancel, progress);
}

Result<ImportSummary> ReportImport::retryQuarantine()
{
    return Importer(m_context.database, m_options, m_context.clock).retryQuarantine();
}

Result<ImapSyncSummary> ReportImport::syncImap(const ImapSettings &settings,
                                               const CancelToken &cancel,
                                               const ImportProgress &progress)
{
    ImapSource mailbox(settings, m_options.limits);
    mailbox.watch(progress, cancel);
    Result<ImportSummary> imported = sync(mailbox, cancel);
    if (!imported)
        return imported.error();
    ImapSyncSummary summary = mailbox.progress();
    summary.import = *imported;
    return summary;
}

Result<ImportSummary> ReportImport::sync(ReportSource &source, const CancelToken &cancel,
                                         const ImportProgress &progress)
{
    return SourceImport(m_context.database, m_options, m_context.clock)
        .run(source, cancel, progress);
}

} // namespace sts::tlsrpt
