#include "services/FindingMailText.h"

#include "services/MailLanguage.h"
#include "util/IsoTime.h"

using namespace Qt::StringLiterals;

namespace sts {

QString findingMailText(const storage::Finding &f, const MailLanguage &l)
{
    const QJsonObject &d = f.details;
    const TextLanguage t = l.text();
    if (f.kind.startsWith(u"cert.expiry"_s)) {
        const QString host = d.value(u"host"_s).toString(f.subject);
        const QString notAfter = l.time(fromIsoUtc(d.value(u"notAfter"_s).toString()));
        const int days = d.value(u"daysLeft"_s).toInt(f.kind.section(u'.', 2).toInt());
        return t
            .translate("sts::FindingMailText", "The certificate of %1 expires in %n day(s) (%2).",
                       nullptr, days)
            .arg(host, notAfter);
    }
    if (f.kind == u"drift.mx-set"_s)
        return t
            .translate("sts::FindingMailText",
                       "The MX set changed: the policy needs a new version (%1).")
            .arg(f.subject);
    if (f.kind == u"drift.txt-id"_s)
        return t.translate("sts::FindingMailText",
                           "The _mta-sts TXT id does not match the id of the served policy.");
    if (f.kind == u"policy.unfetchable"_s)
        return t.translate("sts::FindingMailText", "The MTA-STS policy cannot be fetched (%1).")
            .arg(f.subject);
    if (f.kind == u"drift.tlsa"_s)
        return t
            .translate("sts::FindingMailText", "The TLSA records of %1 no longer match its key.")
            .arg(f.subject);
    if (f.kind == u"reports.failure-jump"_s)
        return t.translate("sts::FindingMailText", "The failure rate jumped to %1 (baseline %2)%3.")
            .arg(l.percent(d.value(u"rate"_s).toDouble()),
                 l.percent(d.value(u"baseline"_s).toDouble()),
                 f.subject.isEmpty() ? QString() : u" – "_s + f.subject);
    if (f.kind == u"rollout.ready"_s)
        return t.translate(
            "sts::FindingMailText",
            "Ready for the next rollout step: the reports meet the readiness rules.");
    return t.translate("sts::FindingMailText", "%1: %2").arg(f.kind, f.subject);
}

} // namespace sts
