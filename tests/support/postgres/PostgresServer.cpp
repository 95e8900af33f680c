#include "postgres/PostgresServer.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

static const QString kAdminPassword = u"pg-admin-secret"_s;
static const QString kAppPassword = u"app-secret"_s;

QString PostgresServer::binDir()
{
    return u"/usr/lib/postgresql/15/bin"_s;
}

PostgresServer::PostgresServer() : m_asRoot(::geteuid() == 0) {}

PostgresServer::~PostgresServer()
{
    if (m_running) {
        const QStringList stop = asPostgres(binDir() + u"/pg_ctl"_s,
                                            {u"-D"_s, m_lab->filePath(u"data"_s), u"-m"_s,
                                             u"immediate"_s, u"-w"_s, u"-t"_s, u"30"_s, u"stop"_s});
        runTool(stop.first(), stop.mid(1), 40000, {}, m_lab->path());
    }
}

QStringList PostgresServer::asPostgres(const QString &program, const QStringList &args) const
{
    // initdb refuses to run as root; the server must belong to an unprivileged user.
    if (m_asRoot)
        return QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s, program} + args;
    return QStringList{program} + args;
}

QString PostgresServer::start()
{
    if (!QFileInfo(binDir() + u"/initdb"_s).isExecutable())
        return u"PostgreSQL 15 is not installed (scripts/setup installs postgresql-15)"_s;
    m_lab = std::make_unique<LabDir>(u"pg"_s);
    if (!m_lab->isValid())
        return u"cannot create a temporary directory"_s;
    if (!m_lab->writeFile(u"pwfile"_s, kAdminPassword.toUtf8() + '\n'))
        return u"cannot write the password file"_s;
    QString tlsOptions;
    if (!m_tlsCert.isEmpty()) {
        // The server reads its key only when the key belongs to it and no one else may read it.
        QFile::remove(m_lab->filePath(u"server.crt"_s));
        if (!QFile::copy(m_tlsCert, m_lab->filePath(u"server.crt"_s)) ||
            !QFile::copy(m_tlsKey, m_lab->filePath(u"server.key"_s)))
            return u"cannot copy the TLS certificate and key"_s;
        QFile::setPermissions(m_lab->filePath(u"server.key"_s),
                              QFile::ReadOwner | QFile::WriteOwner);
        tlsOptions = u" -c ssl=on -c ssl_cert_file='%1' -c ssl_key_file='%2'"_s.arg(
            m_lab->filePath(u"server.crt"_s), m_lab->filePath(u"server.key"_s));
    }
    if (m_asRoot) {
        runTool(u"chown"_s, {u"-R"_s, u"postgres:postgres"_s, m_lab->path()});
        QFile::setPermissions(m_lab->filePath(u"pwfile"_s), QFile::ReadOwner | QFile::WriteOwner);
    }

    const QStringList initdb = asPostgres(
        binDir() + u"/initdb"_s, {u"-D"_s, m_lab->filePath(u"data"_s), u"-U"_s, u"postgres"_s,
                                  u"--pwfile="_s + m_lab->filePath(u"pwfile"_s),
                                  u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"-E"_s,
                                  u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
    ToolRun init = runTool(initdb.first(), initdb.mid(1), 60000, {}, m_lab->path());
    if (init.exitCode != 0)
        return u"initdb failed: "_s + init.describe();

    // Another test program may take the port between choosing and binding: try a few.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freeTcpPort();
        const QStringList pgctl = asPostgres(
            binDir() + u"/pg_ctl"_s,
            {u"-D"_s, m_lab->filePath(u"data"_s), u"-l"_s, m_lab->filePath(u"server.log"_s),
             u"-w"_s, u"-t"_s, u"30"_s, u"-o"_s,
             u"-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off "
             "-c synchronous_commit=off -c full_page_writes=off"_s.arg(m_port) +
                 tlsOptions,
             u"start"_s});
        m_running = runTool(pgctl.first(), pgctl.mid(1), 40000, {}, m_lab->path()).exitCode == 0;
    }
    if (!m_running) {
        QFile log(m_lab->filePath(u"server.log"_s));
        log.open(QIODevice::ReadOnly);
        return u"pg_ctl start failed: "_s + QString::fromUtf8(log.readAll());
    }
    ToolRun role = psql(u"postgres"_s, u"CREATE ROLE app LOGIN PASSWORD '%1'"_s.arg(kAppPassword));
    if (role.exitCode != 0)
        return u"cannot create the application role: "_s + role.describe();
    // Outside the lab directory (which belongs to the server's user when run as root) and
    // readable by this process only, as libpq requires.
    m_passFile = std::make_unique<QTemporaryFile>();
    if (!m_passFile->open())
        return u"cannot create the libpq password file"_s;
    qputenv("PGPASSFILE", m_passFile->fileName().toLocal8Bit());
    if (!addPassword(u"app"_s, kAppPassword))
        return u"cannot write the libpq password file"_s;
    return {};
}

void PostgresServer::enableTls(const QString &certPath, const QString &keyPath)
{
    m_tlsCert = certPath;
    m_tlsKey = keyPath;
}

QString PostgresServer::appPassword()
{
    return kAppPassword;
}

QString PostgresServer::passFile() const
{
    return m_passFile ? m_passFile->fileName() : QString();
}

bool PostgresServer::addPassword(const QString &role, const QString &password) const
{
    // Any host: tests connect by 127.0.0.1, localhost and names that do not match a certificate.
    const QByteArray line = u"*:%1:*:%2:%3\n"_s.arg(m_port).arg(role, password).toUtf8();
    return m_passFile && m_passFile->write(line) == line.size() && m_passFile->flush();
}

QString PostgresServer::createRole(const QString &role, const QString &database)
{
    const QString password = role + u"-secret"_s;
    ToolRun created =
        psql(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, password));
    if (created.exitCode != 0)
        return created.describe();
    ToolRun granted = psql(database, u"GRANT ALL ON ALL TABLES IN SCHEMA public TO %1; "
                                     "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1; "
                                     // Opening migrates: CREATE TABLE IF NOT EXISTS needs it.
                                     "GRANT CREATE ON SCHEMA public TO %1"_s.arg(role));
    if (granted.exitCode != 0)
        return granted.describe();
    return addPassword(role, password) ? QString() : u"cannot write the password file"_s;
}

ToolRun PostgresServer::psql(const QString &database, const QString &sql) const
{
    return runTool(binDir() + u"/psql"_s,
                   {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-U"_s,
                    u"postgres"_s, u"-d"_s, database, u"-qAtX"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s,
                    u"-c"_s, sql},
                   30000, {}, QString(), {u"PGPASSWORD="_s + kAdminPassword});
}

QString PostgresServer::createDatabase(const QString &database, QString *error)
{
    ToolRun created = psql(u"postgres"_s, u"CREATE DATABASE %1 OWNER app"_s.arg(database));
    if (created.exitCode != 0) {
        if (error)
            *error = created.describe();
        return {};
    }
    return u"postgresql://app@127.0.0.1:%1/%2"_s.arg(m_port).arg(database);
}

} // namespace sts::test
