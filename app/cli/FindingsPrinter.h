#pragma once

#include "services/Findings.h"

#include <QTextStream>

namespace sts::cli {

// One finding as a text line for `monitor` and `findings`: "#id severity state kind subject",
// then its text (FindingText) indented; `mark` ("new", "resolved") replaces the state.
void printFindingLine(QTextStream &out, const Finding &finding, const QString &mark);

} // namespace sts::cli
