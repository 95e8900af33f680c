// stsdesk-cli workspace store-password: the PostgreSQL workspace password into libpq's password
// file, read from standard input or a file so it is never on a command line.
#include "CliContext.h"
#include "services/WorkspacePassword.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

Result<QString> readPassword(const QString &path)
{
    QFile source;
    const bool opened = path.isEmpty() || path == u"-"_s
                            ? source.open(stdin, QIODevice::ReadOnly)
                            : (source.setFileName(path), source.open(QIODevice::ReadOnly));
    if (!opened)
        return Error{u"cli.password-file"_s,
                     tr("Cannot read the password file “%1”.").arg(source.fileName())};
    // The first line: a trailing newline (echo, a file saved by an editor) is not part of it.
    return QString::fromUtf8(source.readLine()).remove(u'\r').remove(u'\n');
}

int runWorkspace(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Store the PostgreSQL workspace password named by --database in libpq's password "
           "file (~/.pgpass, $PGPASSFILE or the URL's passfile=), mode 0600. The password is "
           "read from standard input or --password-file, never from the command line."));
    p.addPositionalArgument(u"action"_s, tr("store-password"));
    const QCommandLineOption passwordFile(
        u"password-file"_s, tr("Read the password from the first line of this file."), u"file"_s);
    p.addOption(passwordFile);
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    if (p.positionalArguments() != QStringList{u"store-password"_s})
        return ctx.usageError(tr("Name the action: store-password."));
    const QString url = ctx.databaseUrl();
    Result<QString> name = postgresWorkspaceName(url);
    if (url.isEmpty() || !name)
        return ctx.usageError(tr("Name the PostgreSQL workspace with --database "
                                 "postgresql://user@host:port/database."));
    Result<QString> password = readPassword(p.value(passwordFile));
    if (!password)
        return ctx.failure(password.error());
    Result<QString> file = storeWorkspacePassword(url, *password);
    if (!file)
        return ctx.failure(file.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"workspace"_s, *name}, {u"passwordFile"_s, *file}});
    else
        ctx.out() << tr("Stored the password for %1 in %2.").arg(*name, *file) << '\n';
    ctx.out().flush();
    return ExitOk;
}

const Registration registration{
    u"workspace"_s, QT_TRANSLATE_NOOP("cli", "Store the PostgreSQL workspace password safely"),
    &runWorkspace};

} // namespace
} // namespace sts::cli
