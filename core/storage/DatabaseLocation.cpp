#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::DatabaseLocation", text);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{u"storage.location-empty"_s, tr("No database location was given.")};

    DatabaseLocation location;
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error{u"storage.location-invalid"_s,
                         tr("“%1” is not a valid PostgreSQL URL (expected "
                            "postgresql://user:password@host:port/database).")
                             .arg(QUrl(text).toDisplayString(QUrl::RemovePassword))};
        location.engine = Engine::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName(QUrl::FullyDecoded);
        location.password = url.password(QUrl::FullyDecoded);
        location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
        if (location.databaseName.isEmpty())
            return Error{u"storage.location-invalid"_s,
                         tr("The PostgreSQL URL names no database (…/database at the end).")};
        QStringList options;
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            options << key + QLatin1Char('=') + value;
        if (!query.hasQueryItem(u"connect_timeout"_s))
            options << u"connect_timeout=10"_s; // never hang the caller on an unreachable server
        location.connectOptions = options.join(QLatin1Char(';'));
        return location;
    }

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
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toDisplayString(QUrl::RemovePassword);
}

QString DatabaseLocation::driverName() const
{
    return engine == Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

} // namespace sts::storage
