#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>
#include <functional>

namespace sts::test {

// Where the tests find things. All of these come from the environment stsdesk_add_test() sets.
QString sourceDir();   // the checkout
QString binaryDir();   // the build tree
QString testDataDir(); // tests/data in the checkout
QString cliPath();     // the built stsdesk-cli

// A free TCP port on 127.0.0.1 (bound once and released; good enough for one test program).
quint16 freeTcpPort();
// A port that is free for both TCP and UDP on 127.0.0.1 (DNS servers need both).
quint16 freeTcpUdpPort();

// True when `program` is on PATH (or is an executable absolute path).
bool haveProgram(const QString &program);

struct ToolRun
{
    int exitCode = -1;
    bool timedOut = false;
    bool started = false;
    QByteArray out;
    QByteArray err;
    QString describe() const; // for QVERIFY2 messages
};

// Runs a program to completion (bounded) and captures its output.
ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs = 30000,
                const QByteArray &stdinData = {}, const QString &workDir = {},
                const QStringList &extraEnv = {});

// The whole of a fixture or lab file; the test program stops (qFatal) when it cannot be read.
QByteArray fileBytes(const QString &path);

// Polls `ready` every 20 ms until it is true or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &ready, int timeoutMs);

// A short, world-traversable scratch directory below /tmp (servers running as their own users
// need to reach it; unix socket paths must stay short). Removed on destruction unless
// STSDESK_KEEP_LABS is set; when the test program ends without destroying it (abort, crash,
// timeout), LabReaper stops whatever runs from it and removes it. Servers started from a lab keep
// its path on their command line or run in it.
class LabDir
{
public:
    explicit LabDir(const QString &tag);
    ~LabDir();
    LabDir(const LabDir &) = delete;
    LabDir &operator=(const LabDir &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }
    bool writeFile(const QString &name, const QByteArray &content) const;

private:
    QString m_path;
    QString m_reaperToken;
};

} // namespace sts::test
