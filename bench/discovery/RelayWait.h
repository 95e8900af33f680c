#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>

// How long a relay's ppoll() may sleep: until the next held packet is due, or 100 ms when none
// is (so that a stop request is seen). ppoll, not poll: poll() rounds up to whole milliseconds,
// which would add up to a millisecond to every flight of a 5 ms round trip.
template <typename Queue>
timespec relayWait(const Queue &queue, std::chrono::steady_clock::time_point now)
{
    timespec wait{0, 100'000'000};
    if (queue.empty())
        return wait;
    const auto left = std::max(std::chrono::steady_clock::duration::zero(), queue.top().due - now);
    wait.tv_sec = std::chrono::duration_cast<std::chrono::seconds>(left).count();
    wait.tv_nsec =
        (std::chrono::duration_cast<std::chrono::nanoseconds>(left) % std::chrono::seconds(1))
            .count();
    return wait;
}
