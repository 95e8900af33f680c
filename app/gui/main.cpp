// stsdesk: the desktop application. Everything it shows is built in ui/ over core/.
#include "mainwindow/GuiStartup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return sts::ui::runGui(app);
}
