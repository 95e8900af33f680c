#pragma once

class QCoreApplication;

namespace sts::cli {

// Installs the translator, then dispatches `stsdesk-cli COMMAND …` to the registered command.
int runMain(QCoreApplication &app);

} // namespace sts::cli
