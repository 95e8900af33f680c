#pragma once

#include <memory>

namespace sts {

// The one way to ask running work to stop, across core and the GUI (it replaced an
// `std::atomic_bool *` here, an options field there and error codes elsewhere).
//
// Copies share one state, so copying is as cheap as a shared_ptr: the owner keeps a copy to call
// cancel() on, the work gets a `const CancelToken &` and polls isCancelled() (one atomic load, so
// inner loops may ask often). Thread-safe: any thread may cancel, any thread may ask.
//
// child() makes a token that is cancelled with this one but can also be cancelled alone: a
// TaskRunner gives every run a child of its own token, so cancelling a run stops that run and
// shutting the runner down stops them all. Cancelling never runs the work's code on the
// cancelling thread (there are no callbacks); work notices at its next poll, which each
// long-running function bounds in its own comment.
class CancelToken
{
public:
    CancelToken(); // not cancelled
    CancelToken(const CancelToken &) = default;
    CancelToken &operator=(const CancelToken &) = default;
    CancelToken(CancelToken &&) = default;
    CancelToken &operator=(CancelToken &&) = default;
    ~CancelToken() = default;

    // Idempotent; also cancels every child (and their children).
    void cancel();
    bool isCancelled() const;

    // A token cancelled with this one (at once, if this one already is).
    CancelToken child() const;

private:
    struct State;
    explicit CancelToken(std::shared_ptr<State> state);
    std::shared_ptr<State> d;
};

} // namespace sts
