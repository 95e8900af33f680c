#include "wizard/PatternSuggestions.h"

#include "dns/MxAnalysis.h"
#include "mtasts/PolicyGenerator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui", text);
}

QList<QPair<QString, QString>> suggestPatternsWithReasons(const dns::DiscoveryReport &report)
{
    QStringList hosts;
    for (const dns::MxHostReport &host : report.hosts)
        if (!host.ipLiteral)
            hosts << host.name;
    const mtasts::PatternSuggestion suggestion = mtasts::PolicyGenerator().suggestPatterns(hosts);

    QList<QPair<QString, QString>> out;
    for (const mtasts::MxPattern &pattern : suggestion.patterns) {
        QStringList covered;
        QString provider;
        for (const dns::MxHostReport &host : report.hosts) {
            if (host.ipLiteral || !pattern.matches(host.name))
                continue;
            covered << u"%1 (%2)"_s.arg(host.name).arg(host.preference);
            if (!host.provider.isEmpty())
                provider = dns::providerDisplayName(host.provider);
        }
        QString reason;
        if (!provider.isEmpty())
            reason = tr("Pattern documented by %1; covers MX %2.")
                         .arg(provider, covered.isEmpty() ? tr("none yet") : covered.join(u", "_s));
        else if (pattern.isWildcard())
            reason = tr("One wildcard for MX %1: the certificate is issued for %2.")
                         .arg(covered.join(u", "_s), pattern.text());
        else if (covered.isEmpty())
            reason = tr("Provider pattern that no current MX host needs.");
        else
            reason = tr("MX host %1, listed by its exact name.").arg(covered.join(u", "_s));
        out.append({pattern.text(), reason});
    }
    for (const mtasts::Problem &note : suggestion.notes)
        out.append({QString(), note.message});
    return out;
}

} // namespace sts::ui
