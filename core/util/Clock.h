#pragma once

#include <QDateTime>
#include <memory>

namespace sts {

// Every "now" in core comes from a Clock so that rollout rules, expiry alerts and policy ids can be
// tested at any date. Times are always UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide wall clock.
    static std::shared_ptr<const Clock> system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move; for tests and for replaying a timeline.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(at.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &at) { m_now = at.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace sts
