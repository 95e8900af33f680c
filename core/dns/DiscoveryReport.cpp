#include "DiscoveryReport.h"

#include "dns/Discovery.h"
#include "util/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

const QList<std::pair<DaneState, QString>> kDaneNames{{DaneState::Usable, u"usable"_s},
                                                      {DaneState::Possible, u"possible"_s},
                                                      {DaneState::NotPossible, u"not-possible"_s},
                                                      {DaneState::Broken, u"broken"_s},
                                                      {DaneState::Unknown, u"unknown"_s}};

} // namespace

QString daneStateName(DaneState state)
{
    for (const auto &[value, name] : kDaneNames)
        if (value == state)
            return name;
    return u"unknown"_s;
}

DaneState daneStateFromName(const QString &name)
{
    for (const auto &[value, text] : kDaneNames)
        if (text == name)
            return value;
    return DaneState::Unknown;
}

QString daneStateText(DaneState state, TextLanguage language)
{
    const auto text = [language](const char *source) {
        return messageText("sts::dns", source, language);
    };
    switch (state) {
    case DaneState::Usable:
        return text(QT_TRANSLATE_NOOP("sts::dns", "usable"));
    case DaneState::Possible:
        return text(QT_TRANSLATE_NOOP("sts::dns", "possible (no usable TLSA record yet)"));
    case DaneState::NotPossible:
        return text(QT_TRANSLATE_NOOP("sts::dns", "not possible (unsigned)"));
    case DaneState::Broken:
        return text(QT_TRANSLATE_NOOP("sts::dns", "broken"));
    case DaneState::Unknown:
        return text(QT_TRANSLATE_NOOP("sts::dns", "unknown"));
    }
    return {};
}

QStringList MxHostReport::addresses() const
{
    QStringList out;
    for (const LookupResult *r : {&a, &aaaa})
        for (const DnsRecord &record : r->records)
            if (!record.address.isEmpty())
                out.append(record.address);
    return out;
}

QJsonObject MxHostReport::toJson() const
{
    QJsonObject json{{u"name"_s, name},          {u"preference"_s, preference},
                     {u"a"_s, a.toJson()},       {u"aaaa"_s, aaaa.toJson()},
                     {u"tlsa"_s, tlsa.toJson()}, {u"dane"_s, daneStateName(dane)}};
    if (!provider.isEmpty())
        json.insert(u"provider"_s, provider);
    if (ipLiteral)
        json.insert(u"ipLiteral"_s, true);
    return json;
}

MxHostReport MxHostReport::fromJson(const QJsonObject &json)
{
    MxHostReport h;
    h.name = json.value(u"name"_s).toString();
    h.preference = json.value(u"preference"_s).toInt();
    h.provider = json.value(u"provider"_s).toString();
    h.ipLiteral = json.value(u"ipLiteral"_s).toBool();
    h.a = LookupResult::fromJson(json.value(u"a"_s).toObject());
    h.aaaa = LookupResult::fromJson(json.value(u"aaaa"_s).toObject());
    h.tlsa = LookupResult::fromJson(json.value(u"tlsa"_s).toObject());
    h.dane = daneStateFromName(json.value(u"dane"_s).toString());
    return h;
}

QList<QByteArray> DiscoveryReport::txtOf(const LookupResult &result)
{
    QList<QByteArray> out;
    for (const DnsRecord &r : result.records)
        if (r.type == RrType::TXT)
            out.append(r.txt);
    return out;
}

bool DiscoveryReport::hasFinding(const QString &code, const QString &host) const
{
    for (const Finding &f : findings)
        if (f.code == code && (host.isEmpty() || f.host == host))
            return true;
    return false;
}

QJsonObject DiscoveryReport::toJson() const
{
    QJsonArray hostArray, findingArray;
    for (const MxHostReport &h : hosts)
        hostArray.append(h.toJson());
    for (const Finding &f : findings)
        findingArray.append(f.toJson());
    return QJsonObject{{u"domain"_s, domain},
                       {u"resolver"_s, resolver},
                       {u"anchorZone"_s, anchorZone},
                       {u"finishedAt"_s, toIsoUtc(finishedAt)},
                       {u"mx"_s, mx.toJson()},
                       {u"nullMx"_s, nullMx},
                       {u"implicitMx"_s, implicitMx},
                       {u"hosts"_s, hostArray},
                       {u"stsTxt"_s, stsTxt.toJson()},
                       {u"tlsRptTxt"_s, tlsRptTxt.toJson()},
                       {u"oldTlsRptTxt"_s, oldTlsRptTxt.toJson()},
                       {u"policyHostA"_s, policyHostA.toJson()},
                       {u"policyHostAaaa"_s, policyHostAaaa.toJson()},
                       {u"stsId"_s, stsId},
                       {u"tlsRptRua"_s, QJsonArray::fromStringList(tlsRptRua)},
                       {u"findings"_s, findingArray}};
}

DiscoveryReport DiscoveryReport::fromJson(const QJsonObject &json)
{
    DiscoveryReport r;
    r.domain = json.value(u"domain"_s).toString();
    r.resolver = json.value(u"resolver"_s).toString();
    r.anchorZone = json.value(u"anchorZone"_s).toString();
    r.finishedAt = fromIsoUtc(json.value(u"finishedAt"_s).toString());
    r.mx = LookupResult::fromJson(json.value(u"mx"_s).toObject());
    r.nullMx = json.value(u"nullMx"_s).toBool();
    r.implicitMx = json.value(u"implicitMx"_s).toBool();
    for (const QJsonValue &v : json.value(u"hosts"_s).toArray())
        r.hosts.append(MxHostReport::fromJson(v.toObject()));
    r.stsTxt = LookupResult::fromJson(json.value(u"stsTxt"_s).toObject());
    r.tlsRptTxt = LookupResult::fromJson(json.value(u"tlsRptTxt"_s).toObject());
    r.oldTlsRptTxt = LookupResult::fromJson(json.value(u"oldTlsRptTxt"_s).toObject());
    r.policyHostA = LookupResult::fromJson(json.value(u"policyHostA"_s).toObject());
    r.policyHostAaaa = LookupResult::fromJson(json.value(u"policyHostAaaa"_s).toObject());
    r.stsId = json.value(u"stsId"_s).toString();
    for (const QJsonValue &v : json.value(u"tlsRptRua"_s).toArray())
        r.tlsRptRua.append(v.toString());
    for (const QJsonValue &v : json.value(u"findings"_s).toArray())
        r.findings.append(Finding::fromJson(v.toObject()));
    rephraseStoredFindings(r);
    return r;
}

} // namespace sts::dns
