#include "services/PublicationCheck.h"

#include "dane/PublishedTlsa.h"
#include "mtasts/PublishedStateCheck.h"
#include "util/IsoTime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text) // lupdate files these helpers under sts::services
{
    return QCoreApplication::translate("sts::services", text);
}

QStringList latin1(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &item : list)
        out.append(QString::fromLatin1(item));
    return out;
}

QStringList hexList(const QList<QByteArray> &digests)
{
    QStringList out;
    for (const QByteArray &digest : digests)
        out.append(QString::fromLatin1(digest.toHex()));
    return out;
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

void addError(PublicationCheck &check, const QString &code, const QString &message)
{
    check.problems.append({mtasts::Problem::Severity::Error, code, message});
}

const dns::MxHostReport *hostOf(const dns::DiscoveryReport &report, const QString &name)
{
    for (const dns::MxHostReport &host : report.hosts)
        if (host.name == name)
            return &host;
    return nullptr;
}

void judgeTlsRpt(PublicationCheck &check, const dns::DiscoveryReport &report,
                 const PublishPlan &plan)
{
    check.tlsRptTxt = latin1(report.tlsRptTxtStrings());
    check.tlsRptRua = report.tlsRptRua;
    check.expectedRua = plan.records.rua;
    if (check.expectedRua.isEmpty())
        return;
    if (check.tlsRptRua.isEmpty()) {
        addError(check, u"live.tlsrpt-missing"_s,
                 tr("No valid TLS-RPT record is published at _smtp._tls.%1; senders do not know "
                    "where to send their reports.")
                     .arg(report.domain));
        return;
    }
    QStringList published = check.tlsRptRua, expected = check.expectedRua;
    published.sort();
    expected.sort();
    if (published != expected)
        addError(check, u"live.tlsrpt-differs"_s,
                 tr("The TLS-RPT record sends reports to %1, the engagement plans %2.")
                     .arg(check.tlsRptRua.join(u", "_s), check.expectedRua.join(u", "_s)));
}

void judgeTlsa(PublicationCheck &check, const dns::DiscoveryReport &report, const PublishPlan &plan)
{
    for (const HostDigests &planned : plan.daneHosts) {
        if (planned.current.isEmpty() && planned.next.isEmpty())
            continue; // nothing to publish for this host yet
        TlsaEvidence evidence;
        evidence.host = planned.host;
        for (const QByteArray &digest : {planned.current, planned.next})
            if (!digest.isEmpty())
                evidence.expectedSpki.append(QString::fromLatin1(digest.toHex()));
        if (const dns::MxHostReport *host = hostOf(report, planned.host)) {
            evidence.secure = host->tlsa.verdict.isSecure();
            evidence.publishedSpki = hexList(dane::publishedSpkiSha256(host->tlsa.records));
        }
        const bool all = std::all_of(
            evidence.expectedSpki.cbegin(), evidence.expectedSpki.cend(),
            [&](const QString &digest) { return evidence.publishedSpki.contains(digest); });
        evidence.ok = evidence.secure && all;
        if (!evidence.secure)
            addError(check, u"live.tlsa-insecure"_s,
                     tr("The TLSA records of %1 did not validate as DNSSEC-secure; DANE senders "
                        "ignore them.")
                         .arg(planned.host));
        else if (!all)
            addError(check, u"live.tlsa-missing"_s,
                     tr("The TLSA records of %1 lack a digest the engagement publishes (%2).")
                         .arg(planned.host, evidence.expectedSpki.join(u", "_s)));
        check.tlsa.append(evidence);
    }
}

} // namespace

PublicationCheck judgePublication(const dns::DiscoveryReport &report,
                                  const mtasts::FetchResult &fetched,
                                  const storage::StoredPolicyVersion &expected,
                                  const PublishPlan &plan, const QDateTime &checkedAt)
{
    PublicationCheck check;
    check.policyId = expected.version.id;
    check.checkedAt = checkedAt;
    check.resolver = report.resolver;
    check.stsTxt = latin1(report.stsTxtStrings());
    check.stsId = report.stsId;
    check.stsTxtSecure = report.stsTxt.verdict.isSecure();
    check.url = fetched.url;
    check.httpStatus = fetched.httpStatus;
    check.fetchError = fetched.error ? fetched.error->code : QString();
    check.fetchReason = fetched.reason;
    if (fetched.ok())
        check.servedSha256 =
            QCryptographicHash::hash(fetched.body, QCryptographicHash::Sha256).toHex();
    check.servedEqual = fetched.ok() && fetched.body == expected.body;

    mtasts::PublishedStateInput input;
    input.txtRecords = report.stsTxtStrings();
    input.expectedId = expected.version.id;
    input.expectedPolicyFile = expected.body;
    for (const dns::MxHostReport &host : report.hosts)
        input.mxHosts.append(host.name);
    input.fetched = fetched;
    const mtasts::PublishedState state = mtasts::checkPublishedState(input);
    for (const mtasts::Problem &problem : state.problems)
        check.problems.append(problem);

    judgeTlsRpt(check, report, plan);
    judgeTlsa(check, report, plan);
    check.ok = !mtasts::hasErrors(check.problems);
    return check;
}

QJsonObject PublicationCheck::toJson() const
{
    QJsonArray tlsaList;
    for (const TlsaEvidence &t : tlsa)
        tlsaList.append(QJsonObject{{u"host"_s, t.host},
                                    {u"secure"_s, t.secure},
                                    {u"published"_s, array(t.publishedSpki)},
                                    {u"expected"_s, array(t.expectedSpki)},
                                    {u"ok"_s, t.ok}});
    QJsonArray problemList;
    for (const mtasts::Problem &p : problems)
        problemList.append(QJsonObject{
            {u"code"_s, p.code},
            {u"message"_s, p.message},
            {u"severity"_s,
             p.severity == mtasts::Problem::Severity::Error ? u"error"_s : u"warning"_s}});
    return {{u"policyId"_s, policyId},
            {u"checkedAt"_s, toIsoUtc(checkedAt)},
            {u"ok"_s, ok},
            {u"stsTxt"_s, array(stsTxt)},
            {u"stsId"_s, stsId},
            {u"stsTxtSecure"_s, stsTxtSecure},
            {u"tlsRptTxt"_s, array(tlsRptTxt)},
            {u"tlsRptRua"_s, array(tlsRptRua)},
            {u"expectedRua"_s, array(expectedRua)},
            {u"tlsa"_s, tlsaList},
            {u"resolver"_s, resolver},
            {u"url"_s, url},
            {u"httpStatus"_s, httpStatus},
            {u"fetchError"_s, fetchError},
            {u"fetchReason"_s, fetchReason},
            {u"servedSha256"_s, QString::fromLatin1(servedSha256)},
            {u"servedEqual"_s, servedEqual},
            {u"problems"_s, problemList}};
}

PublicationCheck PublicationCheck::fromJson(const QJsonObject &json)
{
    PublicationCheck check;
    check.policyId = json.value(u"policyId"_s).toString();
    check.checkedAt = fromIsoUtc(json.value(u"checkedAt"_s).toString());
    check.ok = json.value(u"ok"_s).toBool();
    check.stsTxt = strings(json.value(u"stsTxt"_s));
    check.stsId = json.value(u"stsId"_s).toString();
    check.stsTxtSecure = json.value(u"stsTxtSecure"_s).toBool();
    check.tlsRptTxt = strings(json.value(u"tlsRptTxt"_s));
    check.tlsRptRua = strings(json.value(u"tlsRptRua"_s));
    check.expectedRua = strings(json.value(u"expectedRua"_s));
    for (const QJsonValue &value : json.value(u"tlsa"_s).toArray()) {
        const QJsonObject t = value.toObject();
        check.tlsa.append({t.value(u"host"_s).toString(), t.value(u"secure"_s).toBool(),
                           strings(t.value(u"published"_s)), strings(t.value(u"expected"_s)),
                           t.value(u"ok"_s).toBool()});
    }
    check.resolver = json.value(u"resolver"_s).toString();
    check.url = json.value(u"url"_s).toString();
    check.httpStatus = json.value(u"httpStatus"_s).toInt();
    check.fetchError = json.value(u"fetchError"_s).toString();
    check.fetchReason = json.value(u"fetchReason"_s).toString();
    check.servedSha256 = json.value(u"servedSha256"_s).toString().toLatin1();
    check.servedEqual = json.value(u"servedEqual"_s).toBool();
    for (const QJsonValue &value : json.value(u"problems"_s).toArray()) {
        const QJsonObject p = value.toObject();
        check.problems.append({p.value(u"severity"_s).toString() == u"warning"_s
                                   ? mtasts::Problem::Severity::Warning
                                   : mtasts::Problem::Severity::Error,
                               p.value(u"code"_s).toString(), p.value(u"message"_s).toString()});
    }
    return check;
}

} // namespace sts::services
