#include "services/FindingText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sts::services {

// lupdate files the free functions below under their namespace.
static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts::services", text);
}

// With a count: lupdate sees tr(text, disambiguation, n) and makes it a plural message.
static QString tr(const char *text, const char *disambiguation, int n, TextLanguage language)
{
    return language.translate("sts::services", text, disambiguation, n);
}

static QString list(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items << item.toString();
    return items.join(u", "_s);
}

static QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', rate < 0.1 ? 1 : 0) + u" %"_s;
}

// "2026-12-19 23:59 UTC": one form a reader of either language takes in at a glance (the
// details keep the ISO timestamp for scripts).
static QString readableTime(const QJsonValue &iso)
{
    const QDateTime at = QDateTime::fromString(iso.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : iso.toString();
}

static QString certificateText(const storage::Finding &f, TextLanguage language)
{
    const qint64 days = f.details.value(u"daysLeft"_s).toInteger();
    const QString host = f.subject;
    if (days < 0)
        return tr("The certificate of %1 has expired (%2).", language)
            .arg(host, readableTime(f.details.value(u"notAfter"_s)));
    return tr("The certificate of %1 expires in %n day(s) (%2).", nullptr, int(days), language)
        .arg(host, readableTime(f.details.value(u"notAfter"_s)));
}

QString findingText(const storage::Finding &f, TextLanguage language)
{
    const QJsonObject &d = f.details;
    if (f.kind == u"drift.mx-set"_s) {
        QString text = tr("The MX hosts changed from %1 to %2.", language)
                           .arg(list(d.value(u"before"_s)), list(d.value(u"after"_s)));
        if (d.value(u"uncovered"_s).toArray().isEmpty())
            text += u' ' + tr("The live policy still covers every host.", language);
        return text + u' ' + tr("Run discovery again to record the new set.", language);
    }
    if (f.kind == u"drift.mx-uncovered"_s) {
        QString text = tr("The live policy %1 does not cover %2.", language)
                           .arg(d.value(u"liveId"_s).toString(), list(d.value(u"uncovered"_s)));
        if (d.value(u"mode"_s).toString() == u"enforce"_s)
            text += u' ' + tr("Senders that enforce MTA-STS refuse to deliver to it.", language);
        if (d.contains(u"draftPolicyId"_s))
            text += u' ' + tr("Draft policy %1 covers the new set; it is not published.", language)
                               .arg(d.value(u"draftPolicyId"_s).toString());
        return text;
    }
    if (f.kind == u"drift.txt-id"_s) {
        const QString served = d.value(u"servedId"_s).toString();
        return served.isEmpty()
                   ? tr("The _mta-sts TXT record announces id %1, but the served policy "
                        "is none of the stored versions (live: %2).",
                        language)
                         .arg(d.value(u"txtId"_s).toString(), d.value(u"liveId"_s).toString())
                   : tr("The _mta-sts TXT record announces id %1, but the policy host "
                        "serves version %2.",
                        language)
                         .arg(d.value(u"txtId"_s).toString(), served);
    }
    if (f.kind == u"policy.unfetchable"_s)
        return tr("The policy cannot be fetched from %1 (%2).", language)
            .arg(d.value(u"url"_s).toString(), d.value(u"resultType"_s).toString());
    if (f.kind.startsWith(u"cert.expiry"_s))
        return certificateText(f, language);
    if (f.kind == u"drift.tlsa"_s)
        return tr("The TLSA records of %1 do not match the key it serves.", language)
            .arg(f.subject);
    if (f.kind == u"reports.failure-jump"_s)
        return tr("On %1, %2 of %3 sessions failed, against %4 in the %5 days before.", language)
            .arg(d.value(u"day"_s).toString(), percent(d.value(u"rate"_s).toDouble()))
            .arg(d.value(u"sessions"_s).toInteger())
            .arg(percent(d.value(u"baselineRate"_s).toDouble()))
            .arg(d.value(u"baselineDays"_s).toInt());
    if (f.kind == u"rollout.ready"_s)
        return tr("Ready for enforce: %1 clean days in a row after %2 days of testing.", language)
            .arg(d.value(u"cleanStreak"_s).toInt())
            .arg(d.value(u"daysInTesting"_s).toInt());
    return f.subject.isEmpty() ? f.kind : f.kind + u' ' + f.subject;
}

QString severityText(storage::Finding::Severity severity, TextLanguage language)
{
    switch (severity) {
    case storage::Finding::Severity::Info:
        return tr("info", language);
    case storage::Finding::Severity::Warning:
        return tr("warning", language);
    case storage::Finding::Severity::Critical:
        return tr("critical", language);
    }
    return {};
}

QString stateText(storage::Finding::State state, TextLanguage language)
{
    switch (state) {
    case storage::Finding::State::Open:
        return tr("open", language);
    case storage::Finding::State::Acknowledged:
        return tr("acknowledged", language);
    case storage::Finding::State::Resolved:
        return tr("resolved", language);
    }
    return {};
}

} // namespace sts::services
