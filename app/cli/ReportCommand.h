#pragma once

#include "CliContext.h"
#include "services/ServiceContext.h"
#include "tlsrpt/StoredReports.h"

#include <QJsonObject>

// The parts of `stsdesk-cli report` shared by its two files.
namespace sts::cli::report {

// Text from a report (sender-controlled) with control characters shown as \xNN, so that an
// organisation name cannot move the cursor or forge a line of output.
QString printable(const QString &text);

QJsonObject toJson(const tlsrpt::StoredReportInfo &info);
QJsonObject toJson(const tlsrpt::ReportConflict &conflict);

int listConflicts(Context &ctx, const ServiceContext &services, qint64 engagement);
int keepVersion(Context &ctx, const ServiceContext &services, qint64 version,
                const QString &reason);
void printConflict(Context &ctx, const tlsrpt::ReportConflict &conflict);

} // namespace sts::cli::report
