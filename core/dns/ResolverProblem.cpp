#include "dns/ResolverProblem.h"

#include "util/MessageText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns::ResolverProblem", text);
}

} // namespace

QString ResolverProblem::failureName(ResolverFailure failure)
{
    switch (failure) {
    case ResolverFailure::NoAnswer:
        return u"no-answer"_s;
    case ResolverFailure::ServerFailure:
        return u"server-failure"_s;
    case ResolverFailure::NoAnchorKeys:
        return u"no-anchor-keys"_s;
    case ResolverFailure::AnchorMismatch:
        return u"anchor-mismatch"_s;
    }
    return {};
}

QString ResolverProblem::describe() const
{
    QString what;
    switch (failure) {
    case ResolverFailure::NoAnswer:
        what = tr("The DNS resolver %1 did not answer (%3).");
        break;
    case ResolverFailure::ServerFailure:
        what = tr("The DNS resolver %1 could not answer for the keys of the trust anchor zone "
                  "“%2” (%3): it cannot resolve anything right now.");
        break;
    case ResolverFailure::NoAnchorKeys:
        what = tr("The DNS resolver %1 returned no keys for the trust anchor zone “%2” (%3), "
                  "which every working resolver can: it is probably offline or filtered, and "
                  "may claim that every name does not exist.");
        break;
    case ResolverFailure::AnchorMismatch:
        what = tr("The keys the DNS resolver %1 returned for the trust anchor zone “%2” do not "
                  "validate with the configured trust anchor (%3): the anchor file is wrong or "
                  "outdated, this computer's clock is off, or the answers are forged.");
        break;
    }
    return fillArguments(what, {resolver, anchorZone, detail}) + u' ' +
           tr("Nothing was learned about the customer’s domain: this is not a finding about its "
              "zone.");
}

Error ResolverProblem::toError() const
{
    return Error{QString::fromLatin1(errorCode), describe()};
}

std::optional<ResolverProblem> resolverProblem(const Result<DnssecVerdict> &anchorCheck,
                                               const QString &resolver, const QString &anchorZone)
{
    ResolverProblem problem{ResolverFailure::NoAnswer, resolver, anchorZone, {}};
    if (!anchorCheck) {
        problem.detail = anchorCheck.error().message;
        if (anchorCheck.error().code == u"dns.server-failure"_s)
            problem.failure = ResolverFailure::ServerFailure;
        return problem;
    }
    const DnssecVerdict &verdict = *anchorCheck;
    if (verdict.security == Security::Secure)
        return std::nullopt;
    problem.detail = verdict.detail.isEmpty() ? verdict.describe() : verdict.detail;
    problem.failure = verdict.reason == BogusReason::NoDnskey ? ResolverFailure::NoAnchorKeys
                                                              : ResolverFailure::AnchorMismatch;
    return problem;
}

} // namespace sts::dns
