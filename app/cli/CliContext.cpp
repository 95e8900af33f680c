#include "CliContext.h"

#include "services/WorkspacePassword.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sts::cli {

Context::Context(QString commandPath, QStringList arguments)
    : m_commandPath(std::move(commandPath)), m_arguments(std::move(arguments)), m_out(stdout),
      m_err(stderr)
{}

bool Context::parse(QCommandLineParser &parser, int &exitCode)
{
    const QCommandLineOption database(
        u"database"_s,
        QCoreApplication::translate(
            "cli", "Workspace database: a SQLite file or a postgresql://user@host:port/db URL "
                   "(libpq parameters such as ?sslmode=verify-full&sslrootcert=FILE may follow). "
                   "The password comes from ~/.pgpass ($PGPASSFILE): see “workspace "
                   "store-password”."),
        u"url"_s);
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("cli", "Print JSON instead of text."));
    parser.addOption(database);
    parser.addOption(json);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{m_commandPath} + m_arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the executable as it was started (a full path); the usage line reads better
        // with the command a user types.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), m_commandPath);
        m_out << text;
        m_out.flush();
        exitCode = ExitOk;
        return false;
    }
    m_json = parser.isSet(json);
    m_databaseUrl = parser.value(database);
    if (workspaceUrlHasPassword(m_databaseUrl)) {
        // Too late to hide it from this run's process list, but never accept the habit.
        exitCode = usageError(
            QCoreApplication::translate(
                "cli",
                "--database must not contain a password: every user of this machine can read a "
                "command line. Store the password once with “stsdesk-cli workspace "
                "store-password --database %1” (it reads it from standard input or "
                "--password-file) or put it in ~/.pgpass yourself, then give the URL without "
                "it: %1")
                .arg(workspaceUrlWithoutPassword(m_databaseUrl)));
        return false;
    }
    return true;
}

QString Context::databaseUrl() const
{
    return m_databaseUrl.isEmpty() ? qEnvironmentVariable("STSDESK_DATABASE") : m_databaseUrl;
}

Result<ServiceContext> Context::openServices()
{
    return sts::openWorkspace(databaseUrl(), Clock::system(), actorName());
}

Result<std::shared_ptr<storage::Database>> Context::openWorkspace()
{
    Result<ServiceContext> opened = openServices();
    if (!opened)
        return opened.error();
    return opened->database;
}

void Context::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Context::usageError(const QString &message)
{
    m_err << u"%1: %2\n"_s.arg(m_commandPath, printable(message));
    m_err << QCoreApplication::translate("cli", "Try “%1 --help”.").arg(m_commandPath) << '\n';
    m_err.flush();
    return ExitUsage;
}

int Context::failure(const Error &error)
{
    // Messages quote file names, senders and server replies: never raw to the terminal.
    m_err << u"%1: %2\n"_s.arg(m_commandPath, printable(error.message));
    m_err.flush();
    return ExitFailure;
}

QString actorName()
{
    return sts::actorName(Face::Cli);
}

bool parseEngagementId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

QList<Command> &Registry::commands()
{
    static QList<Command> commands;
    return commands;
}

Registration::Registration(const QString &name, const char *summary, CommandFunction run, Gui gui)
{
    Registry::commands().append({name, summary, run, gui == Gui::Needed});
}

bool commandNeedsGui(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QString name = QString::fromLocal8Bit(argv[1]);
    for (const Command &command : Registry::commands())
        if (command.name == name)
            return command.needsGui;
    return false;
}

} // namespace sts::cli
