#pragma once

#include "util/Result.h"

#include <QString>

namespace sts::cli {

// The first line of `path`, without its line end: how every command takes a password, so it never
// stands on a command line (which other users can read in the process list) nor in a log.
Result<QString> readPasswordFile(const QString &path);

} // namespace sts::cli
