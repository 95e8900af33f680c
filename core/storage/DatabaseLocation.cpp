#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::DatabaseLocation", text);
}

static bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql:"_s) || text.startsWith(u"postgres:"_s);
}

// A value as libpq's conninfo wants it: quoted when it has blanks, quotes or backslashes.
static QString conninfoValue(const QString &value)
{
    static const QRegularExpression plain(u"^[^\\s'\\\\]+$"_s);
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'%1'"_s.arg(escaped);
}

static Error invalidUrl(const QString &text)
{
    return Error{u"storage.location-invalid"_s,
                 QCoreApplication::translate(
                     "sts::storage::DatabaseLocation",
                     "“%1” is not a valid PostgreSQL URL (expected "
                     "postgresql://user@host:port/database, optionally with libpq parameters "
                     "such as ?sslmode=verify-full&sslrootcert=/path/root.crt).")
                     .arg(DatabaseLocation::redacted(text))};
}

static Result<DatabaseLocation> parsePostgres(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QUrlQuery query(url);
    // With a service, pg_service.conf may give the host and the database.
    const bool service =
        query.hasQueryItem(u"service"_s) || !qEnvironmentVariableIsEmpty("PGSERVICE");
    if (!url.isValid() || (url.host().isEmpty() && !service))
        return invalidUrl(text);
    DatabaseLocation location;
    location.engine = DatabaseLocation::Engine::Postgres;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.databaseName.isEmpty() && !service)
        return Error{u"storage.location-invalid"_s,
                     QCoreApplication::translate(
                         "sts::storage::DatabaseLocation",
                         "The PostgreSQL URL names no database (…/database at the end).")};
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s) { // libpq takes one here too; it is moved out the same way
            location.password = value;
            continue;
        }
        // QPSQL joins its options with ';' (and turns every ';' into a blank).
        if (value.contains(u';') || key.contains(u';'))
            return invalidUrl(text);
        location.parameters.append({key, value});
        options << key + QLatin1Char('=') + conninfoValue(value);
    }
    if (!query.hasQueryItem(u"connect_timeout"_s))
        options << u"connect_timeout=10"_s; // never hang the caller on an unreachable server
    location.connectOptions = options.join(QLatin1Char(';'));
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{u"storage.location-empty"_s, tr("No database location was given.")};

    DatabaseLocation location;
    if (isPostgresUrl(text))
        return parsePostgres(text);

    QString path = text;
    if (path.startsWith(u"sqlite://"_s))
        path = path.mid(9);
    else if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    if (path.isEmpty())
        return Error{u"storage.location-invalid"_s, tr("The SQLite location names no file.")};
    location.engine = Engine::Sqlite;
    location.sqlitePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    // Named explicitly (not AppDataLocation) so the GUI and the CLI agree whatever their
    // application and organisation names are: ~/.local/share/stsdesk/workspace.sqlite.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    dir += u"/stsdesk"_s;
    DatabaseLocation location;
    location.engine = Engine::Sqlite;
    location.sqlitePath = dir + u"/workspace.sqlite"_s;
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    if (host.isEmpty()) // a service names the server: show which
        return url();
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    if (!databaseName.isEmpty())
        url.setPath(QLatin1Char('/') + databaseName);
    return url.toDisplayString(QUrl::RemovePassword);
}

QString DatabaseLocation::url() const
{
    if (engine == Engine::Sqlite)
        return sqlitePath;
    QStringList query;
    for (const auto &[key, value] : parameters)
        query << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                     QUrl::toPercentEncoding(value, "/:~"));
    const QString suffix = query.isEmpty() ? QString() : u"?"_s + query.join(u'&');
    if (host.isEmpty()) { // QUrl drops the empty authority ("postgresql:?service=x")
        const QString who = user.isEmpty()
                                ? QString()
                                : QString::fromLatin1(QUrl::toPercentEncoding(user)) + u"@"_s;
        return u"postgresql://%1%2/%3%4"_s.arg(
            who, port > 0 ? u":%1"_s.arg(port) : QString(),
            QString::fromLatin1(QUrl::toPercentEncoding(databaseName)), suffix);
    }
    QUrl url(displayName());
    if (!suffix.isEmpty())
        url.setQuery(suffix.mid(1), QUrl::StrictMode);
    // Spaces stay encoded: the URL must parse again (strictly) when it is read back.
    return url.toString(QUrl::RemovePassword | QUrl::EncodeSpaces);
}

QString DatabaseLocation::parameter(const QString &key) const
{
    for (const auto &[name, value] : parameters) {
        if (name == key)
            return value;
    }
    return {};
}

QString DatabaseLocation::redacted(const QString &text)
{
    if (!isPostgresUrl(text.trimmed()))
        return text;
    QUrl url(text.trimmed(), QUrl::TolerantMode);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query);
    return url.toDisplayString(QUrl::RemovePassword);
}

QString DatabaseLocation::driverName() const
{
    return engine == Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

} // namespace sts::storage
