#include "secrets/KeychainStore.h"

#include "secrets/KeychainThread.h"

#include <QCoreApplication>
#include <QThread>
#include <future>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace sts::secrets {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::secrets", text); // lupdate: helpers in sts::secrets
}

Error unavailable(const QString &detail)
{
    return Error{u"secrets.unavailable"_s,
                 tr("No desktop keychain could be reached (%1). Keep the password in a file "
                    "instead (stsdesk-cli: --password-file FILE), or start a Secret Service such "
                    "as GNOME Keyring or KeePassXC in your desktop session.")
                     .arg(detail)};
}

// QtKeychain's error, in words that say what to do. Its libsecret backend reports an absent
// session bus or Secret Service as OtherError, so only refusals are told apart from "not there".
Error toError(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{u"secrets.denied"_s,
                     tr("The desktop keychain refused access (%1). Unlock it and try again, or "
                        "keep the password in a file instead.")
                         .arg(detail)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return unavailable(detail);
    default:
        return Error{u"secrets.failed"_s, tr("The desktop keychain failed: %1").arg(detail)};
    }
}

// Runs `makeJob` on the keychain thread and hands the finished job to `finished` there.
template <typename MakeJob, typename Finished> void runJob(MakeJob makeJob, Finished finished)
{
    KeychainThread::instance().post(
        [makeJob = std::move(makeJob), finished = std::move(finished)]() mutable {
            QKeychain::Job *job = makeJob();
            job->setAutoDelete(false);
            job->setInsecureFallback(false); // never a plain-text copy in a settings file
            QObject::connect(job, &QKeychain::Job::finished, job,
                             [finished = std::move(finished)](QKeychain::Job *done) mutable {
                                 finished(done);
                                 done->deleteLater();
                             });
            job->start();
        });
}

// Calls `done(result)` on `context`'s thread (directly on the keychain thread without one).
template <typename T>
std::function<void(T)> deliverTo(QObject *context, std::function<void(const T &)> done)
{
    if (!context)
        return [done = std::move(done)](T result) { done(result); };
    auto result = std::make_shared<std::optional<T>>();
    auto *relay = new KeychainRelay;
    QObject::connect(
        relay, &KeychainRelay::ready, context, [result, done = std::move(done)] { done(**result); },
        Qt::QueuedConnection);
    relay->moveToThread(KeychainThread::instance().thread());
    return [result, relay](T value) {
        *result = std::move(value);
        relay->deliver();
    };
}

using ReadResult = Result<std::optional<QString>>;

// Waits for an asynchronous operation's answer, at most `timeoutMs`.
template <typename T, typename Start> T waitFor(int timeoutMs, Start start)
{
    if (QThread::currentThread() == KeychainThread::instance().thread())
        return Error{u"secrets.failed"_s, u"blocking keychain call on the keychain thread"_s};
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> answer = promise->get_future();
    start([promise](const T &result) { promise->set_value(result); });
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return unavailable(
            tr("no answer within %1 s; is it waiting to be unlocked?").arg(timeoutMs / 1000));
    return answer.get();
}

} // namespace

KeychainStore::KeychainStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

void KeychainStore::read(const SecretKey &key, QObject *context, ReadDone done)
{
    auto deliver = deliverTo<ReadResult>(context, std::move(done));
    runJob(
        [key] {
            auto *job = new QKeychain::ReadPasswordJob(key.service);
            job->setKey(key.account);
            return job;
        },
        [deliver](QKeychain::Job *job) {
            if (job->error() == QKeychain::EntryNotFound)
                deliver(std::optional<QString>());
            else if (job->error() != QKeychain::NoError)
                deliver(toError(job->error(), job->errorString()));
            else
                deliver(std::optional<QString>(
                    static_cast<QKeychain::ReadPasswordJob *>(job)->textData()));
        });
}

void KeychainStore::write(const SecretKey &key, const QString &secret, QObject *context, Done done)
{
    auto deliver = deliverTo<Status>(context, std::move(done));
    runJob(
        [key, secret] {
            auto *job = new QKeychain::WritePasswordJob(key.service);
            job->setKey(key.account);
            job->setTextData(secret);
            return job;
        },
        [deliver](QKeychain::Job *job) {
            deliver(job->error() == QKeychain::NoError
                        ? Status::success()
                        : Status(toError(job->error(), job->errorString())));
        });
}

void KeychainStore::erase(const SecretKey &key, QObject *context, Done done)
{
    auto deliver = deliverTo<Status>(context, std::move(done));
    runJob(
        [key] {
            auto *job = new QKeychain::DeletePasswordJob(key.service);
            job->setKey(key.account);
            return job;
        },
        [deliver](QKeychain::Job *job) {
            const bool gone =
                job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
            deliver(gone ? Status::success() : Status(toError(job->error(), job->errorString())));
        });
}

Result<std::optional<QString>> KeychainStore::get(const SecretKey &key)
{
    return waitFor<ReadResult>(m_timeoutMs,
                               [&](ReadDone done) { read(key, nullptr, std::move(done)); });
}

Status KeychainStore::set(const SecretKey &key, const QString &secret)
{
    return waitFor<Status>(m_timeoutMs,
                           [&](Done done) { write(key, secret, nullptr, std::move(done)); });
}

Status KeychainStore::remove(const SecretKey &key)
{
    return waitFor<Status>(m_timeoutMs, [&](Done done) { erase(key, nullptr, std::move(done)); });
}

std::shared_ptr<SecretStore> desktopKeychain()
{
    return std::make_shared<KeychainStore>();
}

} // namespace sts::secrets
