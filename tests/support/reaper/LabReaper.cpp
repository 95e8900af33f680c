#include "reaper/LabReaper.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <cstdlib>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

// Polls the program's pid: the watcher is no child of it and cannot wait for it.
static const QString kWatcher = uR"sh(pid=$1; dir=$2
while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
for command in "$dir"/*.sh; do
    [ -f "$command" ] && sh "$command" >/dev/null 2>&1
done
rm -rf "$dir"
)sh"_s;

// Sourced with $lab set: the shell running it names only the watcher's command file, never the
// lab, so it does not match itself.
static const QString kStopLab = uR"sh(running() {
    for p in /proc/[0-9]*; do
        [ "${p#/proc/}" = "$$" ] && continue
        line=$(tr '\0' ' ' < "$p/cmdline" 2>/dev/null) || continue
        case "$line $(readlink "$p/cwd" 2>/dev/null)" in *"$lab"*) echo "${p#/proc/}" ;; esac
    done
}
pids=$(running)
[ -n "$pids" ] && kill -TERM $pids 2>/dev/null
i=0
while [ -n "$pids" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); pids=$(running); done
[ -n "$pids" ] && kill -KILL $pids 2>/dev/null
[ -n "$keep" ] || rm -rf "$lab"
)sh"_s;

namespace {
struct Watcher
{
    QMutex mutex;
    QString dir;
    int next = 0;

    // The watcher's folder, started on first use; empty when it cannot be started.
    QString ensureStarted()
    {
        if (!dir.isEmpty())
            return dir;
        QByteArray pattern = "/tmp/sts-reaper-XXXXXX";
        if (!mkdtemp(pattern.data()))
            return {};
        const QString made = QString::fromLocal8Bit(pattern);
        const bool written = [&] {
            QFile script(made + u"/stop-lab"_s);
            return script.open(QIODevice::WriteOnly) && script.write(kStopLab.toUtf8()) > 0;
        }();
        // setsid: a session of its own, so that killing the program's process group or session
        // leaves the watcher alive to clean up.
        if (!written ||
            !QProcess::startDetached(u"setsid"_s, {u"sh"_s, u"-c"_s, kWatcher, u"sts-reaper"_s,
                                                   QString::number(::getpid()), made})) {
            QDir(made).removeRecursively();
            return {};
        }
        dir = made;
        return dir;
    }
};

Watcher &watcher()
{
    static Watcher instance;
    return instance;
}
} // namespace

QString LabReaper::cleanUpAtExit(const QString &labFolder, bool keepFolder)
{
    Watcher &w = watcher();
    QMutexLocker lock(&w.mutex);
    const QString dir = w.ensureStarted();
    if (dir.isEmpty())
        return {};
    const QString path = u"%1/%2.sh"_s.arg(dir).arg(++w.next, 6, 10, QLatin1Char('0'));
    // Written under another name and renamed: the watcher never runs half a command.
    QFile file(path + u".part"_s);
    const QByteArray command = "lab='" + QFile::encodeName(labFolder) +
                               "'\nkeep=" + (keepFolder ? "1" : "") + "\n. '" +
                               QFile::encodeName(dir) + "/stop-lab'\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(command) != command.size())
        return {};
    file.close();
    return QFile::rename(file.fileName(), path) ? path : QString();
}

void LabReaper::withdraw(const QString &token)
{
    if (!token.isEmpty())
        QFile::remove(token);
}

} // namespace sts::test
