// stsdesk-cli: everything STS Desk does, headless. Each command lives in its own *Command.cpp.
#include "CliContext.h"
#include "CliMain.h"

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (sts::cli::commandNeedsGui(argc, argv)) {
        // Painting (fonts, QPdfWriter) needs a QGuiApplication, but the CLI never shows a window:
        // render offscreen so it works without a display (ssh, cron, CI) unless the caller chose
        // a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return sts::cli::runMain(app);
    }
    QCoreApplication app(argc, argv);
    return sts::cli::runMain(app);
}
