#include "import/SourceImport.h"

#include "import/Importer.h"
#include "storage/SourceCursors.h"

namespace sts::tlsrpt {

SourceImport::SourceImport(std::shared_ptr<const storage::Database> database, ImportOptions options,
                           std::shared_ptr<const Clock> clock)
    : m_db(std::move(database)), m_options(options), m_clock(std::move(clock))
{}

Result<ImportSummary> SourceImport::run(ReportSource &source, const std::atomic_bool *cancel,
                                        const ImportProgress &progress)
{
    storage::SourceCursors cursors(m_db);
    Result<QString> cursor = cursors.cursor(source.kind(), source.id());
    if (!cursor)
        return cursor.error();
    if (Status opened = source.open(*cursor); !opened)
        return opened.error();
    Importer importer(m_db, m_options, m_clock);
    ImportSummary summary;
    for (;;) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        Result<std::optional<SourceBatch>> batch = source.next();
        if (!batch)
            return batch.error();
        if (!*batch)
            break;
        ImportSummary done;
        if (!(*batch)->paths.isEmpty()) {
            Result<ImportSummary> files = importer.importPaths((*batch)->paths, cancel, progress);
            if (!files)
                return files.error();
            done.add(*files);
        }
        if (!(*batch)->inputs.isEmpty()) {
            Result<ImportSummary> read = importer.importExtractions((*batch)->inputs);
            if (!read)
                return read.error();
            done.add(*read);
        }
        summary.add(done);
        if (done.cancelled)
            break; // part of the batch is not in: neither its cursor nor the source's follow-up
        if (!(*batch)->cursor.isEmpty()) {
            if (Status saved =
                    cursors.setCursor(source.kind(), source.id(), (*batch)->cursor, m_clock->now());
                !saved)
                return saved.error();
        }
        if (Status followed = source.imported(**batch, done); !followed)
            return followed.error();
    }
    source.close();
    return summary;
}

} // namespace sts::tlsrpt
