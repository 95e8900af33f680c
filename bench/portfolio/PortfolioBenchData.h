#pragma once

#include "services/ServiceContext.h"

#include <QDate>

namespace sts::bench {

struct PortfolioBenchShape
{
    int engagements = 200;
    int days = 365;
    int senders = 50; // the first three are the major senders (Google, Microsoft, Yahoo)
};

// Generates the portfolio benchmark's workspace on PostgreSQL: `engagements` engagements with a
// rollout through the services (a fifth in testing, most in enforce, some not started), one report
// per sender and day for `days` days before `today` written set-based by the database itself
// (generate_series: importing 3.65 million report files would take hours and measure the
// importer), failures on some days, jumps and silent senders on some engagements, a year of
// probes, findings and monitor runs. Returns what failed, empty on success.
QString generatePortfolioWorkspace(const ServiceContext &context,
                                   const std::shared_ptr<FixedClock> &clock,
                                   const PortfolioBenchShape &shape, const QDate &today);

} // namespace sts::bench
