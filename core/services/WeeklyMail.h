#pragma once

#include "mail/MimeComposer.h"
#include "services/WeeklySummary.h"

namespace sts {

class MailLanguage;

// The content id of the trend chart inside the weekly mail's HTML.
inline constexpr const char *kTrendChartId = "trend@stsdesk";

// The weekly summary mail for a customer in `language`: the week's failure rate against the
// weeks before (with the chart when `chartPng` is not empty), the top failures per category,
// sender and MX, and what to do about them.
mail::MailContent weeklyMail(const WeeklySummary &summary, const MailLanguage &language,
                             const QString &from, const QStringList &to, const QDateTime &now,
                             const QByteArray &chartPng);

// What to do about failures of one result type (RFC 8460 names), or "" when there is no advice.
QString weeklyAdvice(const QString &resultType, const MailLanguage &language);

} // namespace sts
