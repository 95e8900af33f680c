#pragma once

#include "TestEnv.h"

#include <QProcess>
#include <memory>
#include <optional>

namespace sts::test {

// SessionBus.cpp: GDBus's shared session connection of this process no longer ends the process when
// the bus goes away (the private bus ends before the test program does). False: no bus to reach.
bool keepProcessWhenSessionBusCloses();

// A real desktop keychain for tests: a private D-Bus session bus (dbus-daemon with a config of its
// own, no service activation) and GNOME Keyring's Secret Service on it, with a login keyring
// created and unlocked with a known password. HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR of the daemon
// point into the lab, so the user's own keyring is never touched. start() points
// DBUS_SESSION_BUS_ADDRESS of this process (and so of the programs it starts) at the private bus;
// stop() (or the destructor) ends both daemons and restores it. Start once per test program: the
// session bus connection of GLib (and so of libsecret and QtKeychain) is made once per process.
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    static bool available(); // dbus-daemon, gnome-keyring-daemon and secret-tool installed
    bool start(QString *error);
    void stop();

    QString busAddress() const { return m_address; }
    // What QtKeychain filed under (service, account), read back with secret-tool (libsecret's
    // command line, not our code); none when nothing is there.
    std::optional<QString> lookup(const QString &service, const QString &account) const;
    // Stores a secret the way QtKeychain does, with secret-tool.
    bool store(const QString &service, const QString &account, const QString &secret) const;

private:
    bool startBus(QString *error);
    bool startKeyring(QString *error);

    std::unique_ptr<LabDir> m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QByteArray m_savedAddress;
    bool m_hadAddress = false;
};

} // namespace sts::test
