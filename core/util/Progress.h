#pragma once

#include <QString>
#include <QVariant>
#include <functional>

namespace sts {

// One step of a long operation, as the work reports it.
struct ProgressStep
{
    qint64 done = 0;
    qint64 total = 0; // 0: not known yet
    QString what;     // what is being done now, for a status line; may be empty
    // A partial result the owner may show before the whole result is in (one probed address,
    // say); empty for plain steps.
    QVariant detail;
};

// Where a task reports its progress. The work calls report() from whatever thread it runs on
// (also from several at once); the sink decides how the steps travel. A TaskRunner's sink queues
// them to the owner's thread and drops them once the run is stale, so the work never needs to
// know whether anybody still listens. Default-constructed, it reports nowhere (the CLI, tests).
class Progress
{
public:
    using Sink = std::function<void(const ProgressStep &)>;

    Progress() = default;
    explicit Progress(Sink sink) : m_sink(std::move(sink)) {}

    void report(const ProgressStep &step) const
    {
        if (m_sink)
            m_sink(step);
    }
    void report(qint64 done, qint64 total, const QString &what = {}) const
    {
        report(ProgressStep{done, total, what, {}});
    }

private:
    Sink m_sink;
};

} // namespace sts
