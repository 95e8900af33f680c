#include "mainwindow/AppSettings.h"

#include <QHostAddress>
#include <QRegularExpression>
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
    return value(u"workspace/database"_s);
}
void AppSettings::setDatabaseUrl(const QString &url)
{
    setValue(u"workspace/database"_s, url);
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
QString AppSettings::watchedReportFolder()
{
    return value(u"tlsrpt/watchedFolder"_s);
}
void AppSettings::setWatchedReportFolder(const QString &path)
{
    setValue(u"tlsrpt/watchedFolder"_s, path);
}

bool AppSettings::isValidResolver(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return true;
    static const QRegularExpression pattern(
        u"^(?:\\[(?<v6>[0-9a-fA-F:.]+)\\]|(?<host>[^:\\s\\[\\]]+))(?::(?<port>\\d{1,5}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    if (match.hasCaptured(u"port"_s)) {
        const int port = match.captured(u"port"_s).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    if (match.hasCaptured(u"v6"_s))
        return QHostAddress(match.captured(u"v6"_s)).protocol() == QHostAddress::IPv6Protocol;
    return true;
}

} // namespace sts::ui
