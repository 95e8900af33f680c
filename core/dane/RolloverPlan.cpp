#include "dane/RolloverPlan.h"

#include "util/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::dane {

namespace {

// A count goes third, as in QObject::tr(): lupdate marks a message as a plural only when the call
// passes the count third (and a message without a count passes only the language second).
QString tr(const char *text, const char *disambiguation, int n,
           TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts::dane::RolloverPlan", text, disambiguation, n);
}

QString tr(const char *text, TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts::dane::RolloverPlan", text);
}

QString actionKey(RolloverStep::Action action)
{
    switch (action) {
    case RolloverStep::Action::PublishBoth:
        return u"publish-both"_s;
    case RolloverStep::Action::SwitchServerKey:
        return u"switch-server-key"_s;
    case RolloverStep::Action::WithdrawOld:
        return u"withdraw-old"_s;
    }
    return {};
}

} // namespace

QJsonObject RolloverStep::toJson(const QString &host, int ttl) const
{
    QJsonArray rrset;
    for (const TlsaRecord &record : records)
        rrset.append(record.zoneLine(host, ttl));
    return {{u"action"_s, actionKey(action)},
            {u"notBefore"_s, toIsoUtc(notBefore)},
            {u"records"_s, rrset},
            {u"description"_s, description}};
}

Result<RolloverPlan> RolloverPlan::make(const QString &host, const QByteArray &currentSpkiSha256,
                                        const QByteArray &nextSpkiSha256, int ttl,
                                        const QDateTime &start, TextLanguage language)
{
    const TlsaRecord current = TlsaRecord::fromSpkiSha256(currentSpkiSha256);
    const TlsaRecord next = TlsaRecord::fromSpkiSha256(nextSpkiSha256);
    for (const TlsaRecord &record : {current, next}) {
        if (Status valid = record.validate(); !valid)
            return valid.error();
    }
    if (current == next)
        return Error{u"dane.rollover-same-key"_s,
                     tr("The next key is the current key; stage a new key first")};
    if (ttl <= 0)
        return Error{u"dane.rollover-ttl"_s, tr("The TTL must be positive")};

    RolloverPlan plan;
    plan.host = host;
    plan.ttl = ttl;
    const qint64 wait = 2 * qint64(ttl);
    const QDateTime switchAt = start.toUTC().addSecs(wait);
    plan.steps.append(
        {RolloverStep::Action::PublishBoth,
         start.toUTC(),
         {current, next},
         tr("Publish both TLSA records (current and next key) for %1.", language).arg(host)});
    plan.steps.append(
        {RolloverStep::Action::SwitchServerKey,
         switchAt,
         {current, next},
         tr("After at least twice the TTL (%n second(s)), switch the server to the next key.",
            nullptr, int(wait), language)});
    plan.steps.append({RolloverStep::Action::WithdrawOld,
                       switchAt.addSecs(wait),
                       {next},
                       tr("After another two TTLs, remove the old key’s record; stage a new next "
                          "key before the following rollover.",
                          language)});
    return plan;
}

QJsonObject RolloverPlan::toJson() const
{
    QJsonArray list;
    for (const RolloverStep &step : steps)
        list.append(step.toJson(host, ttl));
    return {{u"host"_s, host}, {u"ttl"_s, ttl}, {u"steps"_s, list}};
}

} // namespace sts::dane
