#pragma once

#include "dns/Discovery.h"
#include "util/Result.h"

namespace sts::cli {

class Context;

// Reports dns.resolver-unavailable (see dns::ResolverProblem) for `discover` and `probe`: what
// happened and what it means come from core, what to do next are this face's options
// (--resolver, --trust-anchor). Returns ExitResolver.
int resolverFailure(Context &ctx, const Error &error, const sts::dns::DiscoveryOptions &options);

} // namespace sts::cli
