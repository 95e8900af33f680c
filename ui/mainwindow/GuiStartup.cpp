#include "mainwindow/GuiStartup.h"

#include "mainwindow/AppSettings.h"
#include "mainwindow/EngagementView.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "services/WorkspacePassword.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sts::ui {

Result<std::unique_ptr<Workspace>> openWorkspace(const QString &url)
{
    const QString chosen = url.isEmpty() ? AppSettings::databaseUrl() : url;
    if (workspaceUrlHasPassword(chosen)) // as stsdesk-cli: never on a command line
        return Error{u"storage.password-in-url"_s,
                     QCoreApplication::translate(
                         "sts::ui::GuiStartup",
                         "--database must not contain a password: every user of this machine can "
                         "read a command line. Enter it in Settings (Workspace password) or store "
                         "it with “stsdesk-cli workspace store-password”, then give the URL "
                         "without it: %1")
                         .arg(workspaceUrlWithoutPassword(chosen))};
    Result<ServiceContext> context =
        sts::openWorkspace(chosen, Clock::system(), actorName(Face::Gui));
    if (!context)
        return context.error();
    return std::make_unique<Workspace>(std::move(*context));
}

QString installTranslators(QApplication &app, const QString &language)
{
    QString chosen = language.isEmpty() ? AppSettings::language() : language;
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (locale.language() != QLocale::German)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    // A language switched in Settings replaces the catalogues installed before.
    static const QString kOurs = u"stsdesk-translator"_s;
    for (QTranslator *previous :
         app.findChildren<QTranslator *>(kOurs, Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(previous);
        delete previous;
    }
    auto *ours = new QTranslator(&app);
    ours->setObjectName(kOurs);
    if (ours->load(locale, u"stsdesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    // Qt's own strings (standard buttons, wizard navigation) in the same language.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kOurs);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    return locale.language() == QLocale::German ? u"de"_s : u"en"_s;
}

namespace {

// The command line of stsdesk, one definition for the GUI start and for --help/--version.
struct GuiOptions
{
    QCommandLineOption database{u"database"_s, u"Workspace database (file or URL)."_s, u"url"_s};
    QCommandLineOption language{u"language"_s, u"User interface language: de or en."_s, u"lang"_s};
    QCommandLineOption screenshot{
        u"screenshot"_s, u"Save a PNG of the main window once it is shown, then quit (docs)."_s,
        u"file"_s};
    QCommandLineOption open{u"open"_s, u"Open the engagement with this ID."_s, u"id"_s};
    QCommandLineOption section{
        u"section"_s, u"Section to show: wizard, timeline, reports or runbook."_s, u"name"_s};

    explicit GuiOptions(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(u"STS Desk"_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, language, screenshot, open, section});
    }
};

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"stsdesk"_s);
    QCoreApplication::setOrganizationName(u"stsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STSDESK_VERSION));
}

} // namespace

bool asksOnlyForInformation(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    const GuiOptions options(parser);
    return parser.parse(arguments) &&
           (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s) || parser.isSet(u"version"_s));
}

int printInformation(QCoreApplication &app)
{
    setApplicationNames();
    QCommandLineParser parser;
    const GuiOptions options(parser);
    parser.process(app); // prints the help or the version and exits
    return 0;
}

int runGui(QApplication &app)
{
    setApplicationNames();
    QApplication::setApplicationDisplayName(u"STS Desk"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/stsdesk.svg"_s));
    QApplication::setDesktopFileName(u"stsdesk"_s);

    QCommandLineParser parser;
    const GuiOptions options(parser);
    const QCommandLineOption &database = options.database;
    const QCommandLineOption &language = options.language;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &open = options.open;
    const QCommandLineOption &section = options.section;
    parser.process(app);

    installTranslators(app, parser.value(language));

    Result<std::unique_ptr<Workspace>> workspace = openWorkspace(parser.value(database));
    if (!workspace) {
        const bool customLocation =
            !parser.value(database).isEmpty() || !AppSettings::databaseUrl().isEmpty();
        QMessageBox box(QMessageBox::Critical, QApplication::translate("sts::ui", "STS Desk"),
                        workspace.error().message);
        QPushButton *fallback =
            customLocation
                ? box.addButton(QApplication::translate("sts::ui", "Open the default workspace"),
                                QMessageBox::AcceptRole)
                : nullptr;
        box.addButton(QMessageBox::Close);
        box.exec();
        if (!fallback || box.clickedButton() != fallback)
            return 1;
        (void)AppSettings::setDatabaseUrl(QString()); // no password to move: cannot fail
        workspace = openWorkspace(defaultWorkspacePath());
        if (!workspace) {
            QMessageBox::critical(nullptr, QApplication::translate("sts::ui", "STS Desk"),
                                  workspace.error().message);
            return 1;
        }
    }

    MainWindow window(std::move(*workspace));
    window.show();
    if (parser.isSet(open))
        window.openEngagement(parser.value(open).toLongLong());
    const QHash<QString, EngagementView::Section> sections{
        {u"wizard"_s, EngagementView::WizardSection},
        {u"timeline"_s, EngagementView::TimelineSection},
        {u"reports"_s, EngagementView::ReportsSection},
        {u"runbook"_s, EngagementView::RunbookSection}};
    if (const auto it = sections.constFind(parser.value(section)); it != sections.cend())
        window.engagementView()->setCurrentSection(*it);
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace sts::ui
