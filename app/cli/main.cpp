// stsdesk-cli: everything STS Desk does, headless. Each command lives in its own *Command.cpp.
#include "CliContext.h"
#include "CliMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return sts::cli::runMain(app);
}
