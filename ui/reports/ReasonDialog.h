#pragma once

#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace sts::ui {

// Asks the consultant to confirm a step on stored reports and to say why (recorded in the event
// log). The reason (empty when optional and not given), or nothing when cancelled.
std::optional<QString> askForReason(QWidget *parent, const QString &title, const QString &question,
                                    bool reasonRequired);

// The same question through a seam, so that GUI tests answer it without a dialog.
using ReasonPrompt = std::function<std::optional<QString>(
    QWidget *parent, const QString &title, const QString &question, bool reasonRequired)>;

} // namespace sts::ui
