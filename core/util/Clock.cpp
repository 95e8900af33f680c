#include "util/Clock.h"

namespace sts {

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}

} // namespace sts
