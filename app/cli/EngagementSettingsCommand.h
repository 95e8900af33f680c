#pragma once

#include "CliContext.h"

namespace sts::cli {

// The options of `engagement settings`, added to the engagement command's parser.
QList<QCommandLineOption> engagementSettingsOptions();
// `engagement settings ID [--rua URI…] [--alert-notice A] [--alert-escalation A]
// [--alert-critical A] [--mta KIND] [--hosting KIND] [--policy-challenge KIND]
// [--mx-challenge KIND] [--rfc2136-server IP] [--tsig-key NAME] …`: shows the delivery settings, or
// sets the ones given and shows the result.
int runEngagementSettings(Context &ctx, const ServiceContext &workspace, qint64 engagementId,
                          const QCommandLineParser &p);

} // namespace sts::cli
