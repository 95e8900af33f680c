#include "services/WeeklyMail.h"

#include "services/MailLanguage.h"

using namespace Qt::StringLiterals;

namespace sts {

QString weeklyAdvice(const QString &type, const MailLanguage &l)
{
    const TextLanguage t = l.text();
    if (type == u"starttls-not-supported"_s)
        return t.translate("sts::WeeklyMail", "Enable STARTTLS on every MX host.");
    if (type == u"certificate-expired"_s)
        return t.translate("sts::WeeklyMail", "Renew the expired MX certificate.");
    if (type == u"certificate-host-mismatch"_s)
        return t.translate("sts::WeeklyMail",
                           "Put every MX host name into its certificate (subjectAltName).");
    if (type == u"certificate-not-trusted"_s || type == u"validation-failure"_s)
        return t.translate("sts::WeeklyMail", "Serve the full certificate chain from a public CA "
                                              "on every MX host.");
    if (type == u"sts-policy-fetch-error"_s || type == u"sts-policy-invalid"_s ||
        type == u"sts-webpki-invalid"_s)
        return t.translate("sts::WeeklyMail",
                           "Check that the MTA-STS policy host serves a valid policy over HTTPS.");
    if (type == u"tlsa-invalid"_s || type == u"dnssec-invalid"_s || type == u"dane-required"_s)
        return t.translate("sts::WeeklyMail",
                           "Update the TLSA records to the MX keys and check the DNSSEC chain.");
    return {};
}

static void appendTop(QString &text, QString &html, const QString &title,
                      const QList<WeeklyTop> &rows, const MailLanguage &l)
{
    if (rows.isEmpty())
        return;
    text += u"\n"_s + title + u"\n"_s;
    html += u"<h3>"_s + title.toHtmlEscaped() + u"</h3><table>"_s;
    for (const WeeklyTop &row : rows) {
        const int failed = row.failed > INT_MAX ? INT_MAX : int(row.failed);
        const QString count =
            l.text().translate("sts::WeeklyMail", "%n failed session(s)", nullptr, failed);
        text += u"  - %1: %2\n"_s.arg(row.name, count);
        html += u"<tr><td>%1</td><td style=\"text-align:right\">%2</td></tr>"_s.arg(
            row.name.toHtmlEscaped(), count.toHtmlEscaped());
    }
    html += u"</table>"_s;
}

mail::MailContent weeklyMail(const WeeklySummary &s, const MailLanguage &l, const QString &from,
                             const QStringList &to, const QDateTime &now,
                             const QByteArray &chartPng)
{
    const TextLanguage t = l.text();
    mail::MailContent m;
    m.from = from;
    m.to = to;
    m.date = now;
    m.subject = t.translate("sts::WeeklyMail", "Weekly TLS report for %1 (%2 – %3)")
                    .arg(s.domain, l.day(s.from), l.day(s.to));
    const WeeklyRate week = s.weeks.isEmpty() ? WeeklyRate{} : s.weeks.last();
    qint64 before = 0, beforeFailed = 0;
    for (qsizetype i = 0; i + 1 < s.weeks.size(); ++i) {
        before += s.weeks.at(i).sessions;
        beforeFailed += s.weeks.at(i).failed;
    }
    const WeeklyRate baseline{{}, before, beforeFailed};
    QString intro =
        week.sessions == 0
            ? t.translate("sts::WeeklyMail", "No TLS reports arrived for %1 this week.")
                  .arg(s.domain)
            : t.translate("sts::WeeklyMail",
                          "This week %1 of the reported sessions to %2 failed (weeks before: %3).")
                  .arg(l.percent(week.rate()), s.domain,
                       before > 0 ? l.percent(baseline.rate())
                                  : t.translate("sts::WeeklyMail", "no reports"));
    QString text =
        t.translate("sts::WeeklyMail", "Hello %1,").arg(s.customer) + u"\n\n"_s + intro + u"\n"_s;
    QString html = u"<html><body style=\"font-family:sans-serif\"><p>"_s +
                   t.translate("sts::WeeklyMail", "Hello %1,").arg(s.customer).toHtmlEscaped() +
                   u"</p><p>"_s + intro.toHtmlEscaped() + u"</p>"_s;
    // The trend in words too: the text part must stand without the chart.
    text += u"\n"_s + t.translate("sts::WeeklyMail", "Failure rate per week") + u"\n"_s;
    for (const WeeklyRate &w : s.weeks)
        text += u"  %1: %2\n"_s.arg(l.day(w.weekStart), w.sessions ? l.percent(w.rate()) : u"–"_s);
    if (!chartPng.isEmpty()) {
        html += u"<p><img src=\"cid:%1\" alt=\"%2\"></p>"_s.arg(
            QLatin1StringView(kTrendChartId),
            t.translate("sts::WeeklyMail", "Failure rate per week").toHtmlEscaped());
        m.images.append({QString::fromLatin1(kTrendChartId), chartPng});
    }
    appendTop(text, html, t.translate("sts::WeeklyMail", "Top failures by category"), s.byCategory,
              l);
    appendTop(text, html, t.translate("sts::WeeklyMail", "Top failures by sender"), s.bySender, l);
    appendTop(text, html, t.translate("sts::WeeklyMail", "Top failures by MX host"), s.byMx, l);
    QStringList advice;
    for (const WeeklyTop &category : s.byCategory)
        if (const QString a = weeklyAdvice(category.name, l); !a.isEmpty() && !advice.contains(a))
            advice.append(a);
    if (advice.isEmpty())
        advice.append(week.failed == 0
                          ? t.translate("sts::WeeklyMail", "Nothing to do: no failures.")
                          : t.translate("sts::WeeklyMail",
                                        "Ask your consultant about the failures listed above."));
    const QString todo = t.translate("sts::WeeklyMail", "What to do");
    text += u"\n"_s + todo + u"\n"_s;
    html += u"<h3>"_s + todo.toHtmlEscaped() + u"</h3><ul>"_s;
    for (const QString &a : std::as_const(advice)) {
        text += u"  - "_s + a + u"\n"_s;
        html += u"<li>"_s + a.toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul></body></html>"_s;
    m.text = text;
    m.html = html;
    return m;
}

} // namespace sts
