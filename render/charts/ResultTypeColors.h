#pragma once

#include <QColor>
#include <QSet>
#include <QString>
#include <QStringList>

// The colours of TLS-RPT result types, the same in the Reports view's charts and tables and in the
// runbook's charts.
namespace sts::render {

// The key of successful (and of failed) sessions beside the RFC 8460 result types.
inline constexpr char16_t successKey[] = u"success";
inline constexpr char16_t failedKey[] = u"failed";

// One colour per RFC 8460 result type (and "success"); "other: <name>" and unknown names share
// one neutral colour.
QColor resultTypeColor(const QString &resultType);

// The RFC 8460 result types in legend order (most common first), "success" first.
QStringList knownResultTypes();

// `present` in legend order: success, then the RFC list, then anything else sorted.
QStringList orderedResultTypes(const QSet<QString> &present);

} // namespace sts::render
