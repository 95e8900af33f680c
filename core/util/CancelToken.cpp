#include "util/CancelToken.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

namespace sts {

struct CancelToken::State
{
    std::atomic<bool> cancelled{false};
    std::mutex mutex; // guards children
    // Weak: a finished run's token must not be kept alive by the runner's token for as long as
    // the runner lives.
    std::vector<std::weak_ptr<State>> children;

    void cancel()
    {
        // Set before the children are taken: child() checks the flag under the mutex, so a child
        // made concurrently is either seen here or sees the flag.
        if (cancelled.exchange(true, std::memory_order_acq_rel))
            return;
        std::vector<std::weak_ptr<State>> taken;
        {
            std::lock_guard lock(mutex);
            taken.swap(children);
        }
        for (const std::weak_ptr<State> &weak : taken)
            if (const std::shared_ptr<State> child = weak.lock())
                child->cancel();
    }
};

CancelToken::CancelToken() : d(std::make_shared<State>()) {}

CancelToken::CancelToken(std::shared_ptr<State> state) : d(std::move(state)) {}

void CancelToken::cancel()
{
    d->cancel();
}

bool CancelToken::isCancelled() const
{
    return d->cancelled.load(std::memory_order_acquire);
}

CancelToken CancelToken::child() const
{
    auto state = std::make_shared<State>();
    std::lock_guard lock(d->mutex);
    if (d->cancelled.load(std::memory_order_acquire)) {
        state->cancelled.store(true, std::memory_order_release);
        return CancelToken(std::move(state));
    }
    // A long-lived parent (a runner's token) would otherwise collect one dead entry per run.
    std::erase_if(d->children, [](const std::weak_ptr<State> &weak) { return weak.expired(); });
    d->children.push_back(state);
    return CancelToken(std::move(state));
}

} // namespace sts
