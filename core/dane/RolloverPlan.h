#pragma once

#include "dane/Tlsa.h"
#include "util/TextLanguage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace sts::dane {

// A DANE key rollover as data: publish current + next "3 1 1", wait at least twice the TLSA TTL
// so that every resolver cache has seen both, switch the server to the next key, wait again, then
// withdraw the old digest. Two records are published at every moment a sender may look.
struct RolloverStep
{
    enum class Action { PublishBoth, SwitchServerKey, WithdrawOld };
    Action action = Action::PublishBoth;
    QDateTime notBefore;       // earliest UTC time for this step
    QList<TlsaRecord> records; // the TLSA RRset once the step is done
    QString description;       // instruction in the language the plan was made in

    QJsonObject toJson(const QString &host, int ttl) const;
};

struct RolloverPlan
{
    QString host;
    int ttl = 3600;
    QList<RolloverStep> steps;

    // `start` is when the combined RRset is published; `ttl` is the TLSA RRset's TTL in seconds
    // (the zone's negative TTL too if larger: the caller passes the larger). The steps are
    // described in `language`.
    static Result<RolloverPlan> make(const QString &host, const QByteArray &currentSpkiSha256,
                                     const QByteArray &nextSpkiSha256, int ttl,
                                     const QDateTime &start,
                                     TextLanguage language = TextLanguage::Translated);
    QJsonObject toJson() const;
};

} // namespace sts::dane
