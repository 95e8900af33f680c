#include "CliMain.h"

#include "CliContext.h"
#include "util/Versions.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sts::cli {

static void installTranslator(QCoreApplication &app)
{
    // The CLI speaks the language of the environment (LANG/LC_ALL), German or English, Qt's own
    // words in help texts ("Usage:", "Options:") included. Any other locale (C, POSIX, French)
    // gets English, with its plural forms ("1 day", not "1 day(s)").
    const QLocale catalogue = QLocale().language() == QLocale::German
                                  ? QLocale()
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    auto *translator = new QTranslator(&app);
    if (translator->load(catalogue, u"stsdesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

static void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("cli", "Usage: stsdesk-cli COMMAND [options]\n\n"
                                                 "Commands:\n");
    QList<Command> commands = Registry::commands();
    std::sort(commands.begin(), commands.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &command : commands)
        stream << u"  %1  %2\n"_s.arg(command.name, -12)
                      .arg(QCoreApplication::translate("cli", command.summary));
    stream << '\n'
           << QCoreApplication::translate(
                  "cli", "Every command takes --database URL, --json and --help.\n"
                         "Exit codes: 0 success, 1 operational error, 2 usage error, 3 DNS "
                         "resolver unusable.\n");
    stream.flush();
}

int runMain(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(u"stsdesk"_s);
    QCoreApplication::setOrganizationName(u"stsdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STSDESK_VERSION));
    installTranslator(app);

    QStringList args = app.arguments();
    args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == u"--version"_s || first == u"-v"_s) {
        out << u"stsdesk-cli "_s << QCoreApplication::applicationVersion() << '\n';
        out << versionReport() << '\n';
        return ExitOk;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printUsage(out);
        return ExitOk;
    }
    for (const Command &command : Registry::commands()) {
        if (command.name == first) {
            Context context(u"stsdesk-cli "_s + command.name, args);
            return command.run(context);
        }
    }
    err << QCoreApplication::translate("cli", "stsdesk-cli: unknown command “%1”.").arg(first)
        << "\n\n";
    printUsage(err);
    return ExitUsage;
}

} // namespace sts::cli
