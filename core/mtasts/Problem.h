#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>

namespace sts::mtasts {

// One finding of a strict parser. `message` is translated; `line` is 1-based, 0 when not
// applicable. Problems of the TXT record parsers also keep the `args` their sentence is built
// from (see ProblemText.h), so that they can be phrased again in another language.
struct Problem
{
    enum class Severity { Error, Warning };
    Severity severity;
    QString code;
    QString message;
    int line = 0;
    QStringList args = {};
};

inline bool hasErrors(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

} // namespace sts::mtasts
