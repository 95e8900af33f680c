// stsdesk-cli engagement settings: what the consultant types about delivery, as the wizard's
// Records and Hosting pages store it (services::DeliverySettings).
#include "EngagementSettingsCommand.h"

#include "ChallengeOptions.h"
#include "deploy/DeliveryKinds.h"
#include "services/DeliverySettings.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QJsonObject settingsJson(qint64 id, const services::StoredDeliverySettings &s)
{
    QJsonObject out{
        {u"engagement"_s, id},
        {u"rua"_s, s.rua ? QJsonValue(QJsonArray::fromStringList(*s.rua)) : QJsonValue()},
        {u"alert-notice"_s, s.alerts.notice},
        {u"alert-escalation"_s, s.alerts.escalation},
        {u"alert-critical"_s, s.alerts.critical},
        {u"mta"_s, deploy::toKey(s.mta)},
        {u"hosting"_s, toKey(s.hosting)},
        {u"updated"_s, s.updatedAt.isValid() ? s.updatedAt.toString(Qt::ISODate) : QString()}};
    addChallengesJson(out, s.challenges);
    return out;
}

void print(Context &ctx, qint64 id, const services::StoredDeliverySettings &s)
{
    if (ctx.json()) {
        ctx.printJson(settingsJson(id, s));
        return;
    }
    const QString unset = tr("(not set)");
    auto shown = [&](const QString &value) { return value.isEmpty() ? unset : printable(value); };
    QTextStream &out = ctx.out();
    out << tr("Delivery settings of engagement %1").arg(id) << '\n'
        << "  " << tr("TLS-RPT reports to:") << ' '
        << (!s.rua             ? tr("(as discovered)")
            : s.rua->isEmpty() ? tr("(none: no TLS-RPT record)")
                               : printable(s.rua->join(u", "_s)))
        << '\n'
        << "  " << tr("Expiry notice to:") << ' ' << shown(s.alerts.notice) << '\n'
        << "  " << tr("Expiry escalation to:") << ' ' << shown(s.alerts.escalation) << '\n'
        << "  " << tr("Critical expiry alert to:") << ' ' << shown(s.alerts.critical) << '\n'
        << "  " << tr("Mail server (MTA):") << ' ' << deploy::displayName(s.mta) << '\n'
        << "  " << tr("Policy hosting:") << ' ' << displayName(s.hosting) << '\n';
    printChallenges(out, s.challenges);
    out.flush();
}

} // namespace

QList<QCommandLineOption> engagementSettingsOptions()
{
    return challengeOptions() +
           QList<QCommandLineOption>{
               {u"rua"_s,
                tr("TLS-RPT address, mailto: or https: (settings; repeat for several; \"\": no "
                   "record; \"discovered\": as discovery finds)."),
                u"uri"_s},
               {u"alert-notice"_s, tr("Address for expiry notices, 30 days left (settings)."),
                u"address"_s},
               {u"alert-escalation"_s,
                tr("Address for expiry escalations, 14 days left (settings)."), u"address"_s},
               {u"alert-critical"_s,
                tr("Address for critical expiry alerts, 7 days left (settings)."), u"address"_s},
               {u"mta"_s, tr("postfix or exim: the MX hosts' mail server (settings)."), u"mta"_s},
           };
}

int runEngagementSettings(Context &ctx, const ServiceContext &workspace, qint64 id,
                          const QCommandLineParser &p)
{
    services::DeliverySettings service(workspace);
    Result<services::StoredDeliverySettings> settings = service.load(id);
    if (!settings)
        return ctx.failure(settings.error());
    services::StoredDeliverySettings wanted = *settings;
    bool change = false;
    if (p.isSet(u"rua"_s)) {
        wanted.rua = p.values(u"rua"_s);
        // "--rua discovered" goes back to what discovery finds.
        if (wanted.rua == QStringList{u"discovered"_s})
            wanted.rua.reset();
        change = true;
    }
    for (const auto &[name, target] : {std::pair{u"alert-notice"_s, &wanted.alerts.notice},
                                       std::pair{u"alert-escalation"_s, &wanted.alerts.escalation},
                                       std::pair{u"alert-critical"_s, &wanted.alerts.critical}}) {
        if (p.isSet(name)) {
            *target = p.value(name);
            change = true;
        }
    }
    if (p.isSet(u"mta"_s)) {
        const std::optional<deploy::Mta> mta = deploy::mtaFromKey(p.value(u"mta"_s));
        if (!mta)
            return ctx.usageError(tr("--mta takes “postfix” or “exim”."));
        wanted.mta = *mta;
        change = true;
    }
    if (p.isSet(u"hosting"_s)) {
        if (!fromKey(p.value(u"hosting"_s), wanted.hosting))
            return ctx.usageError(
                tr("--hosting takes one of: %1.").arg(hostingKeys().join(u", "_s)));
        change = true;
    }
    if (const QString usage = readChallengeOptions(p, wanted.challenges, change); !usage.isEmpty())
        return ctx.usageError(usage);
    if (change) {
        settings = service.save(id, wanted);
        if (!settings)
            return ctx.failure(settings.error());
    }
    print(ctx, id, *settings);
    return ExitOk;
}

} // namespace sts::cli
