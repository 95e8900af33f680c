#pragma once

#include "CliContext.h"
#include "storage/ReportCatalog.h"
#include "storage/ReportVersions.h"

#include <QJsonObject>

// The parts of `stsdesk-cli report` shared by its two files.
namespace sts::cli::report {

// Text from a report (sender-controlled) with control characters shown as \xNN, so that an
// organisation name cannot move the cursor or forge a line of output.
QString printable(const QString &text);

QJsonObject toJson(const storage::StoredReportInfo &info);
QJsonObject toJson(const storage::ReportConflict &conflict);

int listConflicts(Context &ctx, const std::shared_ptr<storage::Database> &db, qint64 engagement);
int keepVersion(Context &ctx, const std::shared_ptr<storage::Database> &db, qint64 version,
                const QString &reason);
void printConflict(Context &ctx, const storage::ReportConflict &conflict);

} // namespace sts::cli::report
