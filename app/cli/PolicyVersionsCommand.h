#pragma once

#include "CliContext.h"
#include "services/PublicationCheck.h"

#include <QCommandLineParser>

namespace sts::cli {

// The engagement's policy versions (stsdesk-cli policy versions|new|verify|publish), through the
// PolicyVersions use case the GUI uses too.

// The options these actions add to the policy command's parser.
QList<QCommandLineOption> policyVersionOptions();
// Where a verification looks, from --resolver, --trust-anchor, --dns-timeout, --connect,
// --ca-file and --timeout (the options `monitor` takes too); false after a usage error.
bool readTargets(Context &ctx, const QCommandLineParser &p, services::PublicationTargets &targets,
                 int &exitCode);
// Runs `args` (action first) when it is one of these actions; false leaves it to the caller.
bool runPolicyVersionAction(Context &ctx, const QCommandLineParser &parser, const QStringList &args,
                            int &exitCode);

} // namespace sts::cli
