#pragma once

#include "services/ServiceContext.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <memory>

namespace sts::cli {

// Exit codes of every stsdesk-cli command.
// 3: the DNS resolver could not be used (no answer, SERVFAIL, no trust anchor keys): nothing was
// learned about the domain, so scripts must not read it as a finding.
// 4: `monitor` checked and findings are open (not acknowledged): something needs attention.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitResolver = 3, ExitFindings = 4 };

// What a command gets: its arguments, the streams, and the shared options every command takes
// (--database, --json, --help). Errors go to stderr in plain words.
class Context
{
public:
    Context(QString commandPath, QStringList arguments);

    // Adds --database, --json and --help to `parser`, parses the command's arguments and handles
    // --help. Returns false with the exit code set when the command must stop here.
    bool parse(QCommandLineParser &parser, int &exitCode);

    bool json() const { return m_json; }
    QString commandPath() const { return m_commandPath; }
    const QStringList &arguments() const { return m_arguments; }

    // The workspace URL --database or $STSDESK_DATABASE names ("" for the default file).
    QString databaseUrl() const;
    // Opens the workspace named by --database, $STSDESK_DATABASE, or the default SQLite file,
    // for the use cases: the system clock and the CLI's actor (actorName(Face::Cli)).
    Result<ServiceContext> openServices();
    // The same workspace's database alone, for the commands still waiting for their use case.
    Result<std::shared_ptr<storage::Database>> openWorkspace();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);

    int usageError(const QString &message);
    int failure(const Error &error);

private:
    QString m_commandPath;
    QStringList m_arguments;
    QString m_databaseUrl;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
};

// Who the CLI records as the actor of an event: actorName(Face::Cli), "stsdesk-cli (user)".
QString actorName();
// A positive engagement ID, or false.
bool parseEngagementId(const QString &text, qint64 &id);

using CommandFunction = int (*)(Context &);

struct Command
{
    QString name;        // "engagement", "discover", ...
    const char *summary; // QT_TRANSLATE_NOOP("cli", "…"): translated when printed
    CommandFunction run;
    bool needsGui = false; // paints charts or PDFs: runs under a QGuiApplication (offscreen)
};

// Commands register themselves from their own file:
//   static const sts::cli::Registration reg{u"discover"_s,
//       QT_TRANSLATE_NOOP("cli", "Find MX hosts, records and DNSSEC status"), &runDiscover};
class Registry
{
public:
    static QList<Command> &commands();
};

// Commands that paint (charts, PDF) pass Gui::Needed and run under a QGuiApplication on the
// offscreen platform; the rest stay QCoreApplication-only and fast. No command gets widgets.
enum class Gui { No, Needed };

struct Registration
{
    Registration(const QString &name, const char *summary, CommandFunction run, Gui gui = Gui::No);
};

// True when argv names a command registered with Gui::Needed.
bool commandNeedsGui(int argc, char **argv);

} // namespace sts::cli
