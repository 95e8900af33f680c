#include "mainwindow/AppSettings.h"

#include "services/WorkspacePassword.h"
#include "util/HostPort.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString value(const QString &key)
{
    return QSettings().value(key).toString();
}

static void setValue(const QString &key, const QString &value)
{
    QSettings settings;
    if (value.trimmed().isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, value.trimmed());
}

QString AppSettings::language()
{
    return value(u"ui/language"_s);
}
void AppSettings::setLanguage(const QString &language)
{
    setValue(u"ui/language"_s, language);
}
QString AppSettings::databaseUrl()
{
    const QString stored = value(u"workspace/database"_s);
    if (!workspaceUrlHasPassword(stored))
        return stored;
    // Settings of an older STS Desk kept the password in the URL: it moves to the password file
    // now. Should that fail, the settings keep it until it works, but nobody is shown it.
    if (Result<QString> moved = moveWorkspacePasswordOut(stored); moved) {
        setValue(u"workspace/database"_s, *moved);
        return *moved;
    }
    return workspaceUrlWithoutPassword(stored);
}
Status AppSettings::setDatabaseUrl(const QString &url)
{
    Result<QString> withoutPassword = moveWorkspacePasswordOut(url.trimmed());
    if (!withoutPassword)
        return withoutPassword.error();
    setValue(u"workspace/database"_s, *withoutPassword);
    return Status::success();
}
QString AppSettings::resolver()
{
    return value(u"dns/resolver"_s);
}
void AppSettings::setResolver(const QString &hostPort)
{
    setValue(u"dns/resolver"_s, hostPort);
}
QString AppSettings::trustAnchorFile()
{
    return value(u"dns/trustAnchor"_s);
}
void AppSettings::setTrustAnchorFile(const QString &path)
{
    setValue(u"dns/trustAnchor"_s, path);
}
QString AppSettings::caFile()
{
    return value(u"tls/caFile"_s);
}
void AppSettings::setCaFile(const QString &path)
{
    setValue(u"tls/caFile"_s, path);
}
QString AppSettings::policyHostConnect()
{
    return value(u"mtasts/policyHostConnect"_s);
}
void AppSettings::setPolicyHostConnect(const QString &hostPort)
{
    setValue(u"mtasts/policyHostConnect"_s, hostPort);
}
QString AppSettings::watchedReportFolder()
{
    return value(u"tlsrpt/watchedFolder"_s);
}
void AppSettings::setWatchedReportFolder(const QString &path)
{
    setValue(u"tlsrpt/watchedFolder"_s, path);
}

QString AppSettings::lastFolder(const QString &purpose)
{
    return value(u"fileDialogs/"_s + purpose);
}
void AppSettings::setLastFolder(const QString &purpose, const QString &folder)
{
    setValue(u"fileDialogs/"_s + purpose, folder);
}

bool AppSettings::isValidResolver(const QString &input)
{
    QString host;
    quint16 port = 0;
    return input.trimmed().isEmpty() || parseHostPort(input, host, port);
}

bool AppSettings::splitHostPort(const QString &text, QString &host, quint16 &port)
{
    return parseHostPort(text, host, port) && port != 0;
}

bool AppSettings::isValidConnectOverride(const QString &text)
{
    QString host;
    quint16 port = 0;
    return text.trimmed().isEmpty() || splitHostPort(text, host, port);
}

} // namespace sts::ui
