#include "services/DeliverySettings.h"

#include "deploy/DeliveryKinds.h"
#include "engagement/EventKinds.h"
#include "mtasts/TlsRptTxtRecord.h"
#include "services/ChallengeValidation.h"
#include "services/ChangedValues.h"
#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::DeliverySettings", text);
}

} // namespace

// The address ends up in shell scripts and mail headers, so nothing else is let through.
bool DeliverySettings::isMailAddress(const QString &address)
{
    static const QRegularExpression local(
        u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"_s);
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || !local.match(address.left(at)).hasMatch())
        return false;
    return bool(DomainName::fromUserInput(address.mid(at + 1)));
}

namespace {

QJsonObject toJson(const StoredDeliverySettings &s)
{
    // rua null: as discovery found.
    return {{u"rua"_s, s.rua ? QJsonValue(QJsonArray::fromStringList(*s.rua)) : QJsonValue()},
            {u"alert-notice"_s, s.alerts.notice},
            {u"alert-escalation"_s, s.alerts.escalation},
            {u"alert-critical"_s, s.alerts.critical},
            {u"mta"_s, deploy::toKey(s.mta)},
            {u"hosting"_s, toKey(s.hosting)},
            {u"policy-challenge"_s, deploy::toKey(s.challenges.policyHost)},
            {u"mx-challenge"_s, deploy::toKey(s.challenges.mxHosts)},
            {u"rfc2136-server"_s, s.challenges.rfc2136.server},
            {u"rfc2136-port"_s, s.challenges.rfc2136.port},
            {u"tsig-key"_s, s.challenges.rfc2136.keyName},
            {u"tsig-algorithm"_s, s.challenges.rfc2136.algorithm},
            {u"rfc2136-zone"_s, s.challenges.rfc2136.zone},
            {u"propagation-seconds"_s, s.challenges.rfc2136.propagationSeconds}};
}

} // namespace

DeliverySettings::DeliverySettings(ServiceContext context) : m_context(std::move(context)) {}

StoredDeliverySettings DeliverySettings::normalised(StoredDeliverySettings s)
{
    if (s.rua) {
        QStringList rua;
        for (const QString &uri : std::as_const(*s.rua))
            if (const QString t = uri.trimmed(); !t.isEmpty() && !rua.contains(t))
                rua << t;
        s.rua = rua;
    }
    for (QString *address : {&s.alerts.notice, &s.alerts.escalation, &s.alerts.critical})
        *address = address->trimmed();
    s.challenges.rfc2136 = normalisedRfc2136(s.challenges.rfc2136);
    return s;
}

Status DeliverySettings::validate(const StoredDeliverySettings &s)
{
    for (const QString &uri : s.rua.value_or(QStringList{}))
        if (const std::optional<mtasts::Problem> problem = mtasts::checkRuaUri(uri))
            return Error{kRuaError, problem->message};
    const std::pair<const QString *, const QString *> levels[] = {
        {&s.alerts.notice, &kNoticeError},
        {&s.alerts.escalation, &kEscalationError},
        {&s.alerts.critical, &kCriticalError}};
    for (const auto &[address, code] : levels)
        if (!address->isEmpty() && !isMailAddress(*address))
            return Error{*code, tr("“%1” is not a mail address (name@example.com).").arg(*address)};
    return validateChallenges(s.challenges);
}

Result<StoredDeliverySettings> DeliverySettings::load(qint64 engagementId) const
{
    return storage::DeliverySettingsRepository(m_context.database).get(engagementId);
}

Result<StoredDeliverySettings> DeliverySettings::save(qint64 engagementId,
                                                      StoredDeliverySettings settings)
{
    settings = normalised(std::move(settings));
    if (Status valid = validate(settings); !valid)
        return valid.error();
    storage::DeliverySettingsRepository repository(m_context.database);
    Result<StoredDeliverySettings> before = repository.get(engagementId);
    if (!before)
        return before.error();
    if (before->sameValues(settings))
        return *before;
    settings.updatedAt = m_context.clock->now();
    Status stored = m_context.database->inTransaction([&]() -> Status {
        if (Status put = repository.put(engagementId, settings); !put)
            return put;
        storage::EngagementEvent event;
        event.engagementId = engagementId;
        event.at = settings.updatedAt;
        event.kind = QString(events::kSettingsChanged);
        event.actor = m_context.actor;
        event.payload = changedValues(toJson(*before), toJson(settings));
        Result<qint64> appended = storage::EventLog(m_context.database).append(event);
        return appended ? Status::success() : Status(appended.error());
    });
    if (!stored)
        return stored.error();
    return settings;
}

} // namespace sts::services
