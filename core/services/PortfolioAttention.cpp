#include "services/PortfolioAttention.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text, TextLanguage language)
{
    return language.translate("sts::PortfolioAttention", text);
}

static QString tr(const char *text, const char *disambiguation, int n, TextLanguage language)
{
    return language.translate("sts::PortfolioAttention", text, disambiguation, n);
}

static bool expectsReports(RolloutPhase phase)
{
    return phase == RolloutPhase::Testing || phase == RolloutPhase::Enforce ||
           phase == RolloutPhase::Monitoring;
}

QList<AttentionReason> PortfolioAttention::reasons(const PortfolioRow &row, const QDateTime &now,
                                                   TextLanguage language)
{
    QList<AttentionReason> out;
    int serious = 0;
    for (const storage::Finding &finding : row.findings) {
        if (finding.state == storage::Finding::State::Open &&
            finding.severity != storage::Finding::Severity::Info)
            ++serious;
    }
    if (serious > 0)
        out << AttentionReason{
            u"finding"_s,
            tr("%n open finding(s) of severity warning or critical.", nullptr, serious, language)};
    if (row.phase == RolloutPhase::Testing && !row.ready && row.testingDay > kBlockedAfterDays)
        out << AttentionReason{u"blocked"_s,
                               tr("Day %1 of testing and still not ready: %2", language)
                                   .arg(row.testingDay)
                                   .arg(row.blockedReason)};
    const std::optional<double> recent = row.recentFailureRate();
    const std::optional<double> baseline = row.baselineFailureRate();
    if (recent && baseline && *recent >= kJumpFloor && *recent >= kJumpFactor * *baseline)
        out << AttentionReason{
            u"failure-jump"_s,
            tr("Failure rate of the last 7 days %1 % against %2 % in the 28 days before.", language)
                .arg(QLocale().toString(*recent * 100, 'f', 1),
                     QLocale().toString(*baseline * 100, 'f', 1))};
    if (expectsReports(row.phase)) {
        const QDate today = now.toUTC().date();
        QStringList silent;
        for (const PortfolioSender &sender : row.majorSenders) {
            const QDate since =
                sender.lastReport.isValid() ? sender.lastReport : row.phaseSince.toUTC().date();
            if (!sender.excluded && since.isValid() && since.daysTo(today) > kSilentDays)
                silent << sender.name;
        }
        if (!silent.isEmpty())
            out << AttentionReason{u"missing-reports"_s,
                                   tr("No report for more than %1 days from %2.", language)
                                       .arg(kSilentDays)
                                       .arg(silent.join(u", "_s))};
    }
    if (row.certificateNotAfter.isValid() && row.certificateDaysLeft <= kCertificateDays)
        out << AttentionReason{
            u"certificate"_s,
            row.certificateDaysLeft < 0
                ? tr("The certificate of %1 has expired.", language).arg(row.certificateHost)
                : tr("The certificate of %1 expires in %n day(s).", nullptr,
                     row.certificateDaysLeft, language)
                      .arg(row.certificateHost)};
    return out;
}

QString PortfolioAttention::findingCounts(const PortfolioRow &row, TextLanguage language)
{
    QStringList parts;
    if (row.openCritical)
        parts << tr("%1 critical", language).arg(row.openCritical);
    if (row.openWarnings)
        parts << tr("%1 warning", language).arg(row.openWarnings);
    if (row.openInfo)
        parts << tr("%1 info", language).arg(row.openInfo);
    return parts.join(u", "_s);
}

QString PortfolioAttention::flagLabel(const QString &kind, TextLanguage language)
{
    if (kind == u"drift.mx-set"_s)
        return tr("MX changed", language);
    if (kind == u"drift.mx-uncovered"_s)
        return tr("MX not covered", language);
    if (kind == u"drift.txt-id"_s)
        return tr("TXT id", language);
    if (kind == u"policy.unfetchable"_s)
        return tr("Policy unreachable", language);
    if (kind == u"drift.tlsa"_s)
        return tr("TLSA", language);
    return kind;
}

QString PortfolioAttention::flagExplanation(const QString &kind, TextLanguage language)
{
    if (kind == u"drift.mx-set"_s)
        return tr("The MX hosts in DNS differ from the last discovery: run discovery again to "
                  "record them.",
                  language);
    if (kind == u"drift.mx-uncovered"_s)
        return tr("An MX host in DNS is not covered by the mx lines of the live policy: a new "
                  "policy version is needed (a draft is offered).",
                  language);
    if (kind == u"drift.txt-id"_s)
        return tr("The id in the _mta-sts TXT record differs from the policy served: senders "
                  "keep a cached policy.",
                  language);
    if (kind == u"policy.unfetchable"_s)
        return tr("The policy could not be fetched over HTTPS from the policy host.", language);
    if (kind == u"drift.tlsa"_s)
        return tr("A TLSA record does not match the key the mail server presents.", language);
    return kind;
}

} // namespace sts
