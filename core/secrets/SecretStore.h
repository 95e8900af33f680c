#pragma once

#include "util/Result.h"

#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

class QObject;

namespace sts::secrets {

// Where a secret is filed: the kind of secret ("stsdesk-imap", a PostgreSQL workspace, …) and
// whose it is within that kind ("tester@imap.example.com").
struct SecretKey
{
    QString service;
    QString account;
};

// A place for passwords outside the workspace and the settings file: the desktop keychain in the
// product (KeychainStore), anything else a face or a test needs. Every operation exists twice:
// asynchronous for the GUI thread (the answer arrives on `context`'s thread, never after `context`
// is gone) and blocking for the CLI and worker threads. Secrets never appear in errors or logs.
//
// Error codes: secrets.unavailable (no keychain reachable: the message says to use a password file
// instead), secrets.denied (the keychain is locked or refused), secrets.failed (anything else).
class SecretStore
{
public:
    using ReadDone = std::function<void(const Result<std::optional<QString>> &)>;
    using Done = std::function<void(const Status &)>;

    virtual ~SecretStore() = default;

    // The secret, or none when nothing is stored under `key`.
    virtual void read(const SecretKey &key, QObject *context, ReadDone done) = 0;
    // Stores `secret` under `key`, replacing what was there.
    virtual void write(const SecretKey &key, const QString &secret, QObject *context,
                       Done done) = 0;
    // Removes what is stored under `key`; removing nothing is no error.
    virtual void erase(const SecretKey &key, QObject *context, Done done) = 0;

    // Blocking forms: they wait for the store's answer (bounded, see the implementation). Never
    // call them on the GUI thread.
    virtual Result<std::optional<QString>> get(const SecretKey &key) = 0;
    virtual Status set(const SecretKey &key, const QString &secret) = 0;
    virtual Status remove(const SecretKey &key) = 0;
};

} // namespace sts::secrets
