#pragma once

#include "util/Result.h"

#include <QString>
#include <memory>

class QApplication;
class QCoreApplication;

namespace sts::ui {

class Workspace;

// Opens the workspace named by `url`, or else by Settings, or else the default SQLite file.
Result<std::unique_ptr<Workspace>> openWorkspace(const QString &url);

// Loads the German or English catalogue: `language` if given, else Settings, else the system
// locale. Returns the language in use ("de" or "en").
QString installTranslators(QApplication &app, const QString &language);

// True when the command line asks only for --help or --version: main() answers those with a
// QCoreApplication, so that they work without a display (a QApplication aborts without one).
bool asksOnlyForInformation(int argc, char **argv);
// Prints the help or the version text and returns the exit code.
int printInformation(QCoreApplication &app);

// Everything `stsdesk` does before the event loop: options (--database, --language), translation,
// workspace, main window.
int runGui(QApplication &app);

} // namespace sts::ui
