#pragma once

#include "services/ServiceContext.h"
#include "util/Clock.h"

#include <QDate>
#include <QTemporaryDir>

namespace sts::test {

// A workspace with four engagements in the states the portfolio tells apart, built from real
// report files through the importer and the rollout recorded through RolloutService
// (now: 2026-03-16 12:00 UTC):
// - "Ready AG" (ready.example): testing since 1 March, every major sender clean every day: ready;
// - "Blocked GmbH" (blocked.example): testing since 20 January, Microsoft never reports and
//   Yahoo stopped on 5 March: blocked past day 30, a silent sender;
// - "Enforced SA" (enforced.example): enforce, failures jump in the last 7 days; a drift finding,
//   a certificate 12 days from expiry (a STARTTLS probe), an acknowledged info finding;
// - "Archived Ltd" (archived.example): archived.
struct PortfolioLab
{
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock;
    ServiceContext context;
    qint64 ready = 0;
    qint64 blocked = 0;
    qint64 enforced = 0;
    qint64 archived = 0;

    // Empty when built, else what failed. `url` empty: a SQLite file in `dir`.
    QString build(const QString &url = {});
    QString databaseUrl() const { return m_url; }

private:
    QString m_url;
};

} // namespace sts::test
