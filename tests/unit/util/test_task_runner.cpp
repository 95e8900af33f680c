// TaskRunner and Task<T>: results reach the owner on its thread, only from the current run, never
// after the owner is gone; cancel reaches the work; destroying the owner waits for its workers
// without an event loop and leaves no thread behind.
#include "util/Task.h"

#include <QAbstractEventDispatcher>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sts;

namespace {

// An owner as the screens have one: the runner is its child, the slot a member after it.
class Owner : public QObject
{
public:
    TaskRunner *runner = new TaskRunner(this);
    Task<QString> task{runner};
};

// Blocks the work until the test lets it go, or until the run is cancelled.
bool waitUntilReleased(QSemaphore &gate, const CancelToken &token)
{
    while (!gate.tryAcquire(1, 10))
        if (token.isCancelled())
            return false;
    return true;
}

// Records whether this thread's thread-local objects were destroyed.
std::atomic_bool threadLocalGone{false};
struct SlowThreadLocal
{
    bool used = false;
    ~SlowThreadLocal()
    {
        if (!used)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        threadLocalGone = true;
    }
};
thread_local SlowThreadLocal slowThreadLocal;

} // namespace

class TestTaskRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultArrivesOnOwnersThread()
    {
        Owner owner;
        std::atomic<QThread *> workedOn{nullptr};
        QThread *deliveredOn = nullptr;
        QString delivered;
        owner.task.start(
            [&workedOn](const CancelToken &, Progress &) -> Result<QString> {
                workedOn = QThread::currentThread();
                return u"done"_s;
            },
            [&](const Result<QString> &r) {
                deliveredOn = QThread::currentThread();
                delivered = *r;
            });
        QVERIFY(owner.task.isRunning());
        QTRY_COMPARE(delivered, u"done"_s);
        QVERIFY(!owner.task.isRunning());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QVERIFY(workedOn.load() != nullptr);
        QVERIFY(workedOn.load() != QThread::currentThread());
    }

    void errorsArriveAsValues()
    {
        Owner owner;
        std::optional<Error> error;
        owner.task.start(
            [](const CancelToken &, Progress &) -> Result<QString> {
                return Error{u"test.failed"_s, u"it failed"_s};
            },
            [&](const Result<QString> &r) { error = r.error(); });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->code, u"test.failed"_s);
    }

    void progressArrivesInOrderOnOwnersThread()
    {
        Owner owner;
        QList<qint64> steps;
        bool threadOk = true;
        bool done = false;
        owner.task.start(
            [](const CancelToken &, Progress &progress) -> Result<QString> {
                for (int i = 1; i <= 5; ++i)
                    progress.report(i, 5, u"step"_s);
                return u"x"_s;
            },
            [&](const Result<QString> &) { done = true; },
            [&](const ProgressStep &step) {
                threadOk = threadOk && QThread::currentThread() == qApp->thread();
                steps << step.done;
            });
        QTRY_VERIFY(done);
        QCOMPARE(steps, (QList<qint64>{1, 2, 3, 4, 5}));
        QVERIFY(threadOk);
    }

    void newerRunMakesTheOlderStale()
    {
        Owner owner;
        QSemaphore firstGate;
        std::atomic_bool firstStarted{false};
        std::atomic_bool firstSawCancel{false};
        QStringList delivered;
        QStringList progressed;
        owner.task.start(
            [&](const CancelToken &token, Progress &progress) -> Result<QString> {
                firstStarted = true;
                // Wait for the gate even when cancelled, so the stale result really arrives late.
                firstGate.acquire();
                firstSawCancel = token.isCancelled();
                progress.report(1, 1, u"first"_s);
                return u"first"_s;
            },
            [&](const Result<QString> &r) { delivered << *r; },
            [&](const ProgressStep &s) { progressed << s.what; });
        QTRY_VERIFY(firstStarted.load());
        owner.task.start(
            [](const CancelToken &, Progress &progress) -> Result<QString> {
                progress.report(1, 1, u"second"_s);
                return u"second"_s;
            },
            [&](const Result<QString> &r) { delivered << *r; },
            [&](const ProgressStep &s) { progressed << s.what; });
        QTRY_COMPARE(delivered, QStringList{u"second"_s});
        firstGate.release();
        owner.runner->waitForIdle();
        QCoreApplication::processEvents(); // whatever the first run posted is handled now
        QCOMPARE(delivered, QStringList{u"second"_s});
        QCOMPARE(progressed, QStringList{u"second"_s});
        QVERIFY(firstSawCancel);
    }

    void cancelReachesTheWorkAndDropsItsResult()
    {
        Owner owner;
        std::atomic_bool sawCancel{false};
        std::atomic_bool started{false};
        bool delivered = false;
        owner.task.start(
            [&](const CancelToken &token, Progress &) -> Result<QString> {
                started = true;
                while (!token.isCancelled())
                    QThread::msleep(5);
                sawCancel = true;
                return Error{u"test.cancelled"_s, u"cancelled"_s};
            },
            [&](const Result<QString> &) { delivered = true; });
        QTRY_VERIFY(started.load());
        owner.task.cancel();
        QVERIFY(!owner.task.isRunning()); // idle at once, while the worker winds down
        owner.runner->waitForIdle();
        QVERIFY(sawCancel.load());
        QCOMPARE(owner.runner->activeRuns(), 0);
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    // interrupt() keeps the run current: also one still queued behind another runs (with its
    // token cancelled) and delivers.
    void interruptedQueuedRunStillDelivers()
    {
        QObject owner;
        auto *runner = new TaskRunner(&owner, 1);
        Task<QString> blocker(runner);
        Task<QString> queued(runner);
        QSemaphore gate;
        std::atomic_bool blocking{false};
        blocker.start(
            [&](const CancelToken &, Progress &) -> Result<QString> {
                blocking = true;
                gate.acquire();
                return u"blocker"_s;
            },
            {});
        QTRY_VERIFY(blocking.load());
        std::optional<QString> delivered;
        queued.start(
            [](const CancelToken &token, Progress &) -> Result<QString> {
                return token.isCancelled() ? u"stopped early"_s : u"complete"_s;
            },
            [&delivered](const Result<QString> &r) { delivered = *r; });
        queued.interrupt();
        QVERIFY(queued.isRunning());
        gate.release();
        QTRY_VERIFY(delivered.has_value());
        QCOMPARE(*delivered, u"stopped early"_s);
        QVERIFY(!queued.isRunning());
    }

    void queuedResultIsDroppedWhenOwnerIsDestroyed()
    {
        auto owner = std::make_unique<Owner>();
        bool delivered = false;
        owner->task.start([](const CancelToken &, Progress &) -> Result<QString> { return u"x"_s; },
                          [&](const Result<QString> &) { delivered = true; });
        owner->runner->waitForIdle(); // the result is posted, not yet delivered
        owner.reset();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void destroyingTheOwnerCancelsAndWaitsWithoutEventLoop()
    {
        auto owner = std::make_unique<Owner>();
        QSemaphore neverReleased;
        std::atomic_int running{0};
        std::atomic_int cancelled{0};
        std::atomic_int started{0};
        bool delivered = false;
        // More runs than threads: some are still queued when the owner goes.
        std::vector<std::unique_ptr<Task<QString>>> slots;
        for (int i = 0; i < 8; ++i) {
            slots.push_back(std::make_unique<Task<QString>>(owner->runner));
            slots.back()->start(
                [&](const CancelToken &token, Progress &) -> Result<QString> {
                    ++started;
                    ++running;
                    const bool released = waitUntilReleased(neverReleased, token);
                    if (!released)
                        ++cancelled;
                    --running;
                    return u"late"_s;
                },
                [&](const Result<QString> &) { delivered = true; });
        }
        QTRY_VERIFY(started.load() >= 1);
        bool eventLoopRan = false;
        QTimer::singleShot(0, [&] { eventLoopRan = true; });
        owner.reset(); // must return: the runs see their tokens cancelled
        QVERIFY(!eventLoopRan);
        QCOMPARE(running.load(), 0);
        QCOMPARE(cancelled.load(), started.load());
        QVERIFY(started.load() <= 4); // queued runs never started
        slots.clear();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void destroyedOwnerLeavesNoThreadBehind()
    {
        threadLocalGone = false;
        {
            Owner owner;
            owner.task.start(
                [](const CancelToken &, Progress &) -> Result<QString> {
                    slowThreadLocal.used = true;
                    return u"x"_s;
                },
                {});
            owner.runner->waitForIdle();
        }
        // A detached thread (QThreadPool's) would still be inside its thread-local destructors.
        QVERIFY(threadLocalGone.load());
    }

    // Qt code on a worker (QSslSocket, the PDF writer) starts timers: the thread needs an event
    // dispatcher, as a QThread has.
    void workersCanStartTimers()
    {
        Owner owner;
        std::optional<bool> active;
        owner.task.start(
            [](const CancelToken &, Progress &) -> Result<QString> {
                // What QObject::startTimer() needs, or it warns and the timer never fires.
                return QAbstractEventDispatcher::instance() ? u"active"_s : u"inactive"_s;
            },
            [&active](const Result<QString> &r) { active = *r == u"active"_s; });
        QTRY_VERIFY(active.has_value());
        QVERIFY(*active);
    }

    void childTokensFollowTheirParent()
    {
        CancelToken parent;
        CancelToken child = parent.child();
        CancelToken grandChild = child.child();
        CancelToken sibling = parent.child();
        sibling.cancel();
        QVERIFY(sibling.isCancelled());
        QVERIFY(!parent.isCancelled());
        QVERIFY(!child.isCancelled());
        CancelToken copy = child;
        parent.cancel();
        QVERIFY(child.isCancelled());
        QVERIFY(copy.isCancelled());
        QVERIFY(grandChild.isCancelled());
        QVERIFY(parent.child().isCancelled());
    }

    void tokenIsSafeAcrossThreads()
    {
        CancelToken root;
        std::atomic_int seen{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i)
            threads.emplace_back([&root, &seen] {
                for (int j = 0; j < 200; ++j) {
                    CancelToken mine = root.child();
                    if (j == 100)
                        mine.cancel();
                }
                CancelToken last = root.child();
                while (!last.isCancelled())
                    std::this_thread::yield();
                ++seen;
            });
        QThread::msleep(20);
        root.cancel();
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(seen.load(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "test_task_runner.moc"
