#include "PrivateKeyring.h"

#include <QDir>
#include <QFile>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

PrivateKeyring::PrivateKeyring() = default;

PrivateKeyring::~PrivateKeyring()
{
    stop();
}

bool PrivateKeyring::available()
{
    return haveProgram(u"dbus-daemon"_s) && haveProgram(u"gnome-keyring-daemon"_s) &&
           haveProgram(u"secret-tool"_s);
}

bool PrivateKeyring::startBus(QString *error)
{
    const QString d = m_dir->path();
    // No <servicedir>: nothing is activated on demand, so a missing daemon stays missing.
    m_dir->writeFile(
        u"bus.conf"_s,
        uR"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)"_s.arg(d)
            .toUtf8());
    m_bus.setChildProcessModifier([] { ::setsid(); });
    m_bus.start(u"dbus-daemon"_s,
                {u"--config-file=%1/bus.conf"_s.arg(d), u"--nofork"_s, u"--print-address"_s});
    if (!m_bus.waitForStarted(10000)) {
        *error = u"dbus-daemon: "_s + m_bus.errorString();
        return false;
    }
    if (!waitUntil(
            [this] {
                return m_bus.canReadLine() || (m_bus.waitForReadyRead(50) && m_bus.canReadLine());
            },
            10000)) {
        *error =
            u"dbus-daemon printed no address: "_s + QString::fromUtf8(m_bus.readAllStandardError());
        return false;
    }
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    return !m_address.isEmpty();
}

bool PrivateKeyring::startKeyring(QString *error)
{
    const QString d = m_dir->path();
    for (const QString &sub : {u"home"_s, u"data"_s, u"run"_s})
        QDir().mkpath(d + u"/"_s + sub);
    QFile::setPermissions(d + u"/run"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    env.insert(u"HOME"_s, d + u"/home"_s);
    env.insert(u"XDG_DATA_HOME"_s, d + u"/data"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, d + u"/run"_s);
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    m_keyring.setChildProcessModifier([] { ::setsid(); });
    // --unlock reads the login keyring's password from stdin (an empty one is refused) and creates
    // that keyring unlocked; the control directory puts the lab on its command line (LabReaper).
    m_keyring.start(u"gnome-keyring-daemon"_s,
                    {u"--foreground"_s, u"--components=secrets"_s, u"--unlock"_s,
                     u"--control-directory=%1/run/keyring"_s.arg(d)});
    if (!m_keyring.waitForStarted(10000)) {
        *error = u"gnome-keyring-daemon: "_s + m_keyring.errorString();
        return false;
    }
    m_keyring.write("stsdesk-test");
    m_keyring.closeWriteChannel();
    // Ready when a secret can be stored in the default (login) collection.
    if (!waitUntil([this] { return store(u"stsdesk-probe"_s, u"probe"_s, u"probe"_s); }, 15000)) {
        *error = u"gnome-keyring-daemon did not serve the login keyring: "_s +
                 QString::fromUtf8(m_keyring.readAll());
        return false;
    }
    runTool(u"secret-tool"_s, {u"clear"_s, u"user"_s, u"probe"_s, u"server"_s, u"stsdesk-probe"_s});
    return true;
}

bool PrivateKeyring::start(QString *error)
{
    m_dir = std::make_unique<LabDir>(u"kr"_s);
    if (!m_dir->isValid()) {
        *error = u"no lab directory"_s;
        return false;
    }
    m_hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    m_savedAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!startBus(error))
        return false;
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    // QtKeychain asks KWallet first on a KDE desktop: the tests want the Secret Service.
    for (const char *desktop : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"})
        qunsetenv(desktop);
    if (!keepProcessWhenSessionBusCloses()) {
        *error = u"cannot connect to the private bus "_s + m_address;
        return false;
    }
    return startKeyring(error);
}

void PrivateKeyring::stop()
{
    for (QProcess *p : {&m_keyring, &m_bus}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(5000)) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
    if (!m_address.isEmpty()) {
        if (m_hadAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", m_savedAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        m_address.clear();
    }
    m_dir.reset();
}

std::optional<QString> PrivateKeyring::lookup(const QString &service, const QString &account) const
{
    const ToolRun run =
        runTool(u"secret-tool"_s, {u"lookup"_s, u"user"_s, account, u"server"_s, service});
    if (run.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(run.out);
}

bool PrivateKeyring::store(const QString &service, const QString &account,
                           const QString &secret) const
{
    // QtKeychain's attributes: user = the key, server = the service, type = plaintext.
    const ToolRun run = runTool(u"secret-tool"_s,
                                {u"store"_s, u"--label=%1 %2"_s.arg(service, account), u"user"_s,
                                 account, u"server"_s, service, u"type"_s, u"plaintext"_s},
                                10000, secret.toUtf8());
    return run.exitCode == 0;
}

} // namespace sts::test
