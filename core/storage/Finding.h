#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sts::storage {

// One condition the monitoring found on an engagement (migration 0017). (engagementId, kind,
// subject) names the condition; at most one unresolved finding exists per condition, so a
// condition that persists is alerted once.
struct Finding
{
    enum class State { Open, Acknowledged, Resolved };
    enum class Severity { Info, Warning, Critical };

    qint64 id = 0; // 0 until stored
    qint64 engagementId = 0;
    QString kind;    // stable, dotted: "cert.expiry", "drift.txt-id", "reports.failure-jump", ...
    QString subject; // what it is about: a host, a sender; "" for the engagement as a whole
    Severity severity = Severity::Warning;
    State state = State::Open;
    QJsonObject details; // the facts behind it (days left, ids seen, rates), for texts and JSON
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime acknowledgedAt; // invalid unless acknowledged
    QString acknowledgedBy;
    QDateTime resolvedAt; // invalid unless resolved
    QDateTime notifiedAt; // invalid until a digest mail carried it
};

inline QString toKey(Finding::State s)
{
    switch (s) {
    case Finding::State::Open:
        return QStringLiteral("open");
    case Finding::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case Finding::State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

inline QString toKey(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Info:
        return QStringLiteral("info");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

inline bool fromKey(const QString &key, Finding::State &out)
{
    for (auto s : {Finding::State::Open, Finding::State::Acknowledged, Finding::State::Resolved})
        if (toKey(s) == key) {
            out = s;
            return true;
        }
    return false;
}

inline bool fromKey(const QString &key, Finding::Severity &out)
{
    for (auto s :
         {Finding::Severity::Info, Finding::Severity::Warning, Finding::Severity::Critical})
        if (toKey(s) == key) {
            out = s;
            return true;
        }
    return false;
}

} // namespace sts::storage
