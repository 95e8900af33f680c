#pragma once

#include "runbook/RunbookWriter.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace sts::storage {
class Database;
}

namespace sts::render {

// The handover bundle of one engagement: the runbook PDF in `options.language` plus everything
// sts::bundle::collectHandoverFiles gathers, with MANIFEST.json and SHA256SUMS, written to
// `zipPath`. Private keys only when `includePrivateKeys` (the PDF then carries its warning page).
// `progress(done, total)` over the whole job; `cancel` checked between steps. Same threading rules
// as renderRunbookPdf. Returns the paths inside the bundle.
Result<QStringList> exportHandoverBundle(std::shared_ptr<const storage::Database> db,
                                         qint64 engagementId, const QString &zipPath,
                                         const RunbookOptions &options, bool includePrivateKeys,
                                         const std::function<void(int, int)> &progress = {},
                                         const CancelToken &cancel = {});

} // namespace sts::render
