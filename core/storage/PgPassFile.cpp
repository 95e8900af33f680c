#include "storage/PgPassFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sts::storage {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::storage::PgPassFile", text);
}

static QString field(const QString &value)
{
    if (value.isEmpty())
        return u"*"_s;
    QString escaped = value;
    return escaped.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
}

QString PgPassFile::pathFor(const DatabaseLocation &location)
{
    if (const QString own = location.parameter(u"passfile"_s); !own.isEmpty())
        return own;
    if (const QString env = qEnvironmentVariable("PGPASSFILE"); !env.isEmpty())
        return env;
    return QDir::home().filePath(u".pgpass"_s);
}

QString PgPassFile::keyFor(const DatabaseLocation &location)
{
    return u"%1:%2:%3:%4:"_s.arg(field(location.host),
                                 location.port > 0 ? QString::number(location.port) : u"*"_s,
                                 field(location.databaseName), field(location.user));
}

Status PgPassFile::store(const DatabaseLocation &location, const QString &password)
{
    const QString path = pathFor(location);
    if (password.isEmpty() || password.contains(u'\n') || password.contains(u'\r'))
        return Error{u"pgpass.password"_s,
                     tr("The password is empty or spans several lines; nothing was stored.")};
    const QString key = keyFor(location);
    QStringList lines;
    if (QFile existing(path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{
                u"pgpass.read"_s,
                tr("Cannot read the password file %1: %2").arg(path, existing.errorString())};
        lines = QString::fromUtf8(existing.readAll()).split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    QString escapedPassword = password;
    escapedPassword.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
    const QString line = key + escapedPassword;
    // libpq takes the first matching line: replace ours where it is, else add it first, before
    // any wildcard line that would otherwise win.
    const auto ours = std::find_if(lines.begin(), lines.end(),
                                   [&](const QString &l) { return l.startsWith(key); });
    if (ours != lines.end())
        *ours = line;
    else
        lines.prepend(line);

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{u"pgpass.write"_s, tr("Cannot create the folder of %1.").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit())
        return Error{u"pgpass.write"_s,
                     tr("Cannot write the password file %1: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace sts::storage
