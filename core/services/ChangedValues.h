#pragma once

#include <QJsonObject>

namespace sts::services {

// {"key": {"before": …, "after": …}, …} for each value of `after` that differs from `before`
// (a key missing from `before` counts as null there): the payload of every "what was edited" event
// (settings, hand-entered MX hosts, mailboxes), so the history reads the same for all of them.
QJsonObject changedValues(const QJsonObject &before, const QJsonObject &after);

} // namespace sts::services
