#pragma once

#include "util/Result.h"

#include <QString>

namespace sts::ui {

// The desktop application's preferences (QSettings, per user). The CLI takes the same values as
// options instead.
class AppSettings
{
public:
    // "" follows the system locale; otherwise "de" or "en".
    static QString language();
    static void setLanguage(const QString &language);

    // "" means the default SQLite workspace in the user's data directory. Never holds a password:
    // one in `url` (or in the settings of an older version) is moved to libpq's password file
    // (services/WorkspacePassword.h); an error when that file cannot be written.
    static QString databaseUrl();
    static Status setDatabaseUrl(const QString &url);

    // "" means the system resolver (/etc/resolv.conf); otherwise "host:port".
    static QString resolver();
    static void setResolver(const QString &hostPort);

    // "" means the IANA root anchor from dns-root-data.
    static QString trustAnchorFile();
    static void setTrustAnchorFile(const QString &path);

    // "" means the system CA store.
    static QString caFile();
    static void setCaFile(const QString &path);

    // "" means https://mta-sts.<domain> as senders reach it; otherwise "host:port" to connect to
    // instead (a lab, a staging host), while SNI and the certificate check still use the name.
    static QString policyHostConnect();
    static void setPolicyHostConnect(const QString &hostPort);

    // "" means no watched folder; otherwise new TLS reports dropped there are imported.
    static QString watchedReportFolder();
    static void setWatchedReportFolder(const QString &path);

    // The folder a file dialog for `purpose` ("runbook", "records", ...) was last left in; ""
    // when none yet (ui/common/FileDialogs remembers them).
    static QString lastFolder(const QString &purpose);
    static void setLastFolder(const QString &purpose, const QString &folder);

    // True when `text` is empty or a valid "host:port" / "[v6]:port" / "host".
    static bool isValidResolver(const QString &text);
    // True when `text` is empty or a valid "host:port" / "[v6]:port" (the port is required).
    static bool isValidConnectOverride(const QString &text);
    // The host and port of a valid "host:port" / "[v6]:port"; false when it is not one.
    static bool splitHostPort(const QString &text, QString &host, quint16 &port);
};

} // namespace sts::ui
