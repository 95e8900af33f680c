#include "services/ChangedValues.h"

using namespace Qt::StringLiterals;

namespace sts::services {

QJsonObject changedValues(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (before.value(it.key()) != it.value())
            out.insert(it.key(), QJsonObject{{u"before"_s, before.value(it.key())},
                                             {u"after"_s, it.value()}});
    return out;
}

} // namespace sts::services
