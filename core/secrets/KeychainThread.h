#pragma once

#include <QObject>
#include <functional>

class QThread;

namespace sts::secrets {

// The one thread every QtKeychain job of the process lives on (see KeychainStore for why). Started
// on first use, stopped (quit() + wait()) when the application object is destroyed.
class KeychainThread
{
public:
    static KeychainThread &instance();

    // Runs `work` on the keychain thread, through its event loop.
    void post(std::function<void()> work);
    QThread *thread() const { return m_thread; }

private:
    KeychainThread();
    static void stop();

    QThread *m_thread;
    QObject *m_anchor; // lives on m_thread: queued calls are delivered to it
};

// Delivers a job's end to the thread of a caller's context object, and not at all once the context
// is gone (its queued connection is removed with it). Made on the caller's thread, then moved to
// the keychain thread, where it emits and deletes itself.
class KeychainRelay : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    void deliver()
    {
        Q_EMIT ready();
        deleteLater();
    }

Q_SIGNALS:
    void ready();
};

} // namespace sts::secrets
