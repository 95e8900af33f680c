#include "services/DigestMail.h"

#include "services/FindingText.h"
#include "services/MailLanguage.h"

using namespace Qt::StringLiterals;

namespace sts {

namespace {

enum class Section { Certificates, Ready, Other };

Section sectionOf(const storage::Finding &f)
{
    if (f.kind.startsWith(u"cert.expiry"_s))
        return Section::Certificates;
    if (f.kind == u"rollout.ready"_s)
        return Section::Ready;
    return Section::Other;
}

QString heading(Section s, const TextLanguage &t)
{
    switch (s) {
    case Section::Certificates:
        return t.translate("sts::DigestMail", "Certificates running out");
    case Section::Ready:
        return t.translate("sts::DigestMail", "Ready for the next step");
    case Section::Other:
        return t.translate("sts::DigestMail", "New findings");
    }
    return {};
}

QString severityMark(storage::Finding::Severity s, const TextLanguage &t)
{
    switch (s) {
    case storage::Finding::Severity::Critical:
        return t.translate("sts::DigestMail", "CRITICAL");
    case storage::Finding::Severity::Warning:
        return t.translate("sts::DigestMail", "warning");
    case storage::Finding::Severity::Info:
        return t.translate("sts::DigestMail", "info");
    }
    return {};
}

} // namespace

mail::MailContent digestMail(const DigestInput &in, const MailLanguage &l)
{
    const TextLanguage t = l.text();
    mail::MailContent m;
    m.from = in.from;
    m.to = in.to;
    m.date = in.now;
    const int n = int(in.findings.size());
    m.subject =
        in.critical
            ? t.translate("sts::DigestMail", "STS Desk: %n critical finding(s)", nullptr, n)
            : t.translate("sts::DigestMail", "STS Desk digest: %n new finding(s)", nullptr, n);
    QString text = in.consultant.isEmpty()
                       ? t.translate("sts::DigestMail", "Monitoring found since the last digest:")
                       : t.translate("sts::DigestMail", "For %1 – monitoring found since the "
                                                        "last digest:")
                             .arg(in.consultant);
    QString html =
        u"<html><body style=\"font-family:sans-serif\"><p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    text += u"\n"_s;
    for (Section section : {Section::Certificates, Section::Ready, Section::Other}) {
        QString lastCustomer;
        bool any = false;
        for (const storage::PendingFinding &p : in.findings) {
            if (sectionOf(p.finding) != section)
                continue;
            if (!any) {
                text += u"\n"_s + heading(section, t) + u"\n"_s;
                html += u"<h2>"_s + heading(section, t).toHtmlEscaped() + u"</h2>"_s;
                any = true;
            }
            const QString who = u"%1 (%2)"_s.arg(p.customer, p.domain);
            if (who != lastCustomer) {
                if (!lastCustomer.isEmpty())
                    html += u"</ul>"_s;
                text += u"\n"_s + who + u"\n"_s;
                html += u"<h3>"_s + who.toHtmlEscaped() + u"</h3><ul>"_s;
                lastCustomer = who;
            }
            const QString line = u"[%1] %2"_s.arg(severityMark(p.finding.severity, t),
                                                  services::findingText(p.finding, l.text()));
            text += u"  - "_s + line + u"\n"_s;
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        }
        if (any)
            html += u"</ul>"_s;
    }
    const QString footer =
        t.translate("sts::DigestMail", "Each finding is mailed once. Open STS Desk to acknowledge "
                                       "findings or see their details.");
    text += u"\n-- \n"_s + footer + u"\n"_s;
    html += u"<hr><p style=\"color:#666\">"_s + footer.toHtmlEscaped() + u"</p></body></html>"_s;
    m.text = text;
    m.html = html;
    return m;
}

} // namespace sts
