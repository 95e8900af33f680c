// stsdesk: the desktop application. Everything it shows is built in ui/ over core/.
#include "mainwindow/GuiStartup.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // --help and --version need no window; a QApplication would abort without a display.
    if (sts::ui::asksOnlyForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return sts::ui::printInformation(app);
    }
    QApplication app(argc, argv);
    return sts::ui::runGui(app);
}
