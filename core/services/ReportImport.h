#pragma once

#include "import/ImapSource.h"
#include "import/ImportSummary.h"
#include "services/ServiceContext.h"
#include "util/CancelToken.h"

namespace sts::tlsrpt {

class ReportSource;

// Importing TLS reports into the workspace, the same for the GUI and the CLI: files and folders
// the consultant names, a retry of the quarantine, an IMAP folder, and any ReportSource (the
// watched folder is one). Blocking: use it on the thread of the context's connection (a worker
// thread uses ServiceContext::forThisThread()).
class ReportImport
{
public:
    explicit ReportImport(ServiceContext context, ImportOptions options = {});

    Result<ImportSummary> importPaths(const QStringList &paths, const CancelToken &cancel = {},
                                      const ImportProgress &progress = {});
    // Parses the quarantined inputs again; those that now import leave the quarantine.
    Result<ImportSummary> retryQuarantine();
    // The new messages of one IMAP folder, from where the last sync of that folder stopped.
    // Progress counts messages; a cancel ends after the message being read.
    Result<ImapSyncSummary> syncImap(const ImapSettings &settings, const CancelToken &cancel = {},
                                     const ImportProgress &progress = {});
    // Everything new from `source`, from where its last sync stopped (see ReportSource).
    Result<ImportSummary> sync(ReportSource &source, const CancelToken &cancel = {},
                               const ImportProgress &progress = {});

private:
    ServiceContext m_context;
    ImportOptions m_options;
};

} // namespace sts::tlsrpt
