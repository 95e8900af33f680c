#include "secrets/KeychainThread.h"

#include <QCoreApplication>
#include <QThread>

namespace sts::secrets {

KeychainThread::KeychainThread() : m_thread(new QThread), m_anchor(new QObject)
{
    m_thread->setObjectName(QStringLiteral("keychain"));
    m_anchor->moveToThread(m_thread);
    m_thread->start();
    qAddPostRoutine(&KeychainThread::stop);
}

KeychainThread &KeychainThread::instance()
{
    static KeychainThread keychain;
    return keychain;
}

void KeychainThread::stop()
{
    KeychainThread &self = instance();
    self.m_thread->quit();
    self.m_thread->wait();
}

void KeychainThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_anchor, std::move(work), Qt::QueuedConnection);
}

} // namespace sts::secrets
