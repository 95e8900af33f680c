#pragma once

#include "secrets/SecretStore.h"

#include <memory>

namespace sts::secrets {

// The desktop keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet, KeePassXC)
// on Linux, the login keychain on macOS, the credential store on Windows.
//
// QtKeychain queues its jobs in one process-wide executor that is not thread-safe and delivers
// their ends through the event loop of the thread the jobs live in. So every job of the process
// runs on one keychain thread of its own (KeychainThread): the GUI is answered through a queued
// call, the blocking forms wait for that thread's answer (at most `timeoutMs`) without an event
// loop of their own, so the CLI and worker threads can use them too.
class KeychainStore final : public SecretStore
{
public:
    explicit KeychainStore(int timeoutMs = 30000);

    void read(const SecretKey &key, QObject *context, ReadDone done) override;
    void write(const SecretKey &key, const QString &secret, QObject *context, Done done) override;
    void erase(const SecretKey &key, QObject *context, Done done) override;

    Result<std::optional<QString>> get(const SecretKey &key) override;
    Status set(const SecretKey &key, const QString &secret) override;
    Status remove(const SecretKey &key) override;

private:
    int m_timeoutMs;
};

// The store the faces use: the desktop keychain.
std::shared_ptr<SecretStore> desktopKeychain();

} // namespace sts::secrets
