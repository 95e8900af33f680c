#include "engagement/RolloutPhase.h"

using namespace Qt::StringLiterals;

namespace sts {

static const struct
{
    RolloutPhase phase;
    const char *key;
    const char *name;
} kPhases[] = {
    {RolloutPhase::Discovery, "discovery", QT_TRANSLATE_NOOP("sts", "Discovery")},
    {RolloutPhase::Prepared, "prepared", QT_TRANSLATE_NOOP("sts", "Prepared")},
    {RolloutPhase::Testing, "testing", QT_TRANSLATE_NOOP("sts", "Testing")},
    {RolloutPhase::Enforce, "enforce", QT_TRANSLATE_NOOP("sts", "Enforce")},
    {RolloutPhase::Monitoring, "monitoring", QT_TRANSLATE_NOOP("sts", "Monitoring")},
    {RolloutPhase::Removal, "removal", QT_TRANSLATE_NOOP("sts", "Removal")},
};

QString toKey(RolloutPhase phase)
{
    for (const auto &entry : kPhases) {
        if (entry.phase == phase)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

bool fromKey(const QString &key, RolloutPhase &out)
{
    for (const auto &entry : kPhases) {
        if (key == QLatin1StringView(entry.key)) {
            out = entry.phase;
            return true;
        }
    }
    return false;
}

QString displayName(RolloutPhase phase, TextLanguage language)
{
    for (const auto &entry : kPhases) {
        if (entry.phase == phase)
            return language.translate("sts", entry.name);
    }
    return {};
}

} // namespace sts
