// stsdesk-cli policy versions|new|verify|publish ENGAGEMENT …: the engagement's MTA-STS policy
// versions, from draft to live with the evidence that senders see them.
#include "PolicyVersionsCommand.h"

#include "services/PolicyVersions.h"
#include "util/HostPort.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QString shortTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toUTC(), u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                        : u"–"_s;
}

QString stateText(const StoredPolicyVersion &version)
{
    if (version.isDraft())
        return tr("draft");
    return version.isLive() ? tr("live") : tr("superseded");
}

void printVersions(Context &ctx, const QList<StoredPolicyVersion> &versions)
{
    if (ctx.json()) {
        QJsonArray out;
        for (const StoredPolicyVersion &v : versions)
            out.append(policyVersionJson(v));
        ctx.printJson(out);
        return;
    }
    QTextStream &out = ctx.out();
    if (versions.isEmpty())
        out << tr("No policy version yet: create one with “policy new ID --mode testing”.") << '\n';
    for (const StoredPolicyVersion &v : versions) {
        const mtasts::Policy &policy = v.version.policy;
        out << u"%1  %2  max_age %3  %4"_s.arg(v.version.id, mtasts::policyModeName(policy.mode))
                   .arg(policy.maxAge)
                   .arg(stateText(v));
        if (!v.isDraft())
            out << ' ' << tr("published %1").arg(shortTime(v.publishedAt));
        if (v.supersededAt.isValid())
            out << ", " << tr("superseded %1").arg(shortTime(v.supersededAt));
        out << '\n';
        if (!policy.mxTexts().isEmpty())
            out << "    mx: " << printable(policy.mxTexts().join(u", "_s)) << '\n';
        if (!v.isDraft()) {
            if (v.verificationId > 0)
                out << "    " << tr("verified (check %1)").arg(v.verificationId) << '\n';
            else
                out << "    " << tr("published without proof: %1").arg(printable(v.publishReason))
                    << '\n';
        }
    }
    out.flush();
}

void printCheck(QTextStream &out, const services::PublicationCheck &check)
{
    out << (check.ok ? tr("Policy %1 is live: DNS and the policy host show it.")
                     : tr("Policy %1 is not what senders see yet."))
               .arg(check.policyId)
        << '\n';
    out << "  "
        << tr("checked %1 through resolver %2").arg(shortTime(check.checkedAt), check.resolver)
        << '\n';
    out << "  _mta-sts TXT: "
        << (check.stsTxt.isEmpty() ? tr("none") : printable(check.stsTxt.join(u" | "_s)))
        << (check.stsTxtSecure ? tr(" (DNSSEC secure)") : QString()) << '\n';
    out << "  _smtp._tls TXT: "
        << (check.tlsRptTxt.isEmpty() ? tr("none") : printable(check.tlsRptTxt.join(u" | "_s)))
        << '\n';
    for (const services::TlsaEvidence &tlsa : check.tlsa)
        out << "  TLSA " << printable(tlsa.host) << ": "
            << (tlsa.ok ? tr("published and secure") : tr("missing, insecure or other digests"))
            << '\n';
    out << "  " << printable(check.url) << ": ";
    if (check.fetchError.isEmpty())
        out << tr("HTTP %1, %2")
                   .arg(check.httpStatus)
                   .arg(check.servedEqual ? tr("serves this version byte for byte")
                                          : tr("serves another file"));
    else
        out << printable(check.fetchError) << " (" << printable(check.fetchReason) << ')';
    out << '\n';
    for (const mtasts::Problem &problem : check.problems)
        out << "  - " << printable(problem.message) << " [" << problem.code << "]\n";
    out.flush();
}

int newVersion(Context &ctx, PolicyVersions &versions, qint64 id, const QCommandLineParser &p)
{
    NewPolicyVersion request;
    const std::optional<mtasts::PolicyMode> mode = mtasts::policyModeFromName(
        p.value(u"mode"_s).isEmpty() ? u"testing"_s : p.value(u"mode"_s));
    if (!mode)
        return ctx.usageError(tr("--mode takes “testing”, “enforce” or “none”."));
    request.mode = *mode;
    if (p.isSet(u"max-age"_s)) {
        bool ok = false;
        const qint64 maxAge = p.value(u"max-age"_s).toLongLong(&ok);
        if (!ok || maxAge < 0 || maxAge > mtasts::kMaxPolicyMaxAge)
            return ctx.usageError(tr("--max-age takes 0 to 31557600 seconds."));
        request.maxAge = maxAge;
    }
    if (p.isSet(u"mx"_s))
        request.mx = p.values(u"mx"_s);
    Result<StoredPolicyVersion> created = versions.create(id, request);
    if (!created)
        return ctx.failure(created.error());
    if (ctx.json()) {
        ctx.printJson(policyVersionJson(*created));
    } else {
        ctx.out() << tr("Draft %1 saved. Publish the file and the TXT record, then run “policy "
                        "publish %2 %1”.")
                         .arg(created->version.id)
                         .arg(id)
                  << "\n\n"
                  << QString::fromUtf8(created->body);
        ctx.out().flush();
    }
    return ExitOk;
}

int verifyVersion(Context &ctx, PolicyVersions &versions, qint64 id, const QString &policyId,
                  const services::PublicationTargets &targets)
{
    Result<services::PublicationCheck> check = versions.verify(id, policyId, targets);
    if (!check)
        return ctx.failure(check.error());
    if (ctx.json())
        ctx.printJson(check->toJson());
    else
        printCheck(ctx.out(), *check);
    return check->ok ? ExitOk : ExitFailure;
}

int publishVersion(Context &ctx, PolicyVersions &versions, qint64 id, const QString &policyId,
                   const services::PublicationTargets &targets, const QCommandLineParser &p)
{
    const QString withoutProof = p.value(u"without-proof"_s);
    const QString override = p.value(u"override"_s);
    if ((p.isSet(u"without-proof"_s) && withoutProof.trimmed().isEmpty()) ||
        (p.isSet(u"override"_s) && override.trimmed().isEmpty()))
        return ctx.usageError(tr("--without-proof and --override need a reason."));
    Result<Publication> published = versions.publish(id, policyId, targets, withoutProof, override);
    if (!published)
        return ctx.failure(published.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"version"_s, policyVersionJson(published->version)},
                                  {u"verified"_s, published->verified},
                                  {u"reason"_s, published->reason},
                                  {u"phase"_s, published->phaseChange},
                                  {u"check"_s, published->check.toJson()}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    if (published->check.rowId > 0)
        printCheck(out, published->check);
    if (published->verified)
        out << tr("Policy %1 is published and live.").arg(policyId) << '\n';
    else
        out << tr("Policy %1 is marked live without proof: %2")
                   .arg(policyId, printable(published->reason))
            << '\n';
    if (!published->phaseChange.isEmpty())
        out << tr("Rollout phase now: %1").arg(published->phaseChange) << '\n';
    out.flush();
    return ExitOk;
}

} // namespace

// Where a verification looks, from --resolver, --trust-anchor, --dns-timeout, --connect,
// --ca-file and --timeout; false after a usage error.
bool readTargets(Context &ctx, const QCommandLineParser &p, services::PublicationTargets &targets,
                 int &exitCode)
{
    if (p.isSet(u"resolver"_s)) {
        Result<dns::ResolverConfig> resolver = dns::ResolverConfig::parse(p.value(u"resolver"_s));
        if (!resolver) {
            exitCode = ctx.usageError(resolver.error().message);
            return false;
        }
        targets.dns.resolver = *resolver;
    }
    if (p.isSet(u"dns-timeout"_s)) {
        bool ok = false;
        const int ms = p.value(u"dns-timeout"_s).toInt(&ok);
        if (!ok || ms < 1) {
            exitCode = ctx.usageError(tr("--dns-timeout needs a positive number of milliseconds."));
            return false;
        }
        targets.dns.resolver.timeoutMs = ms;
    }
    targets.dns.trustAnchorFile = p.value(u"trust-anchor"_s);
    if (p.isSet(u"connect"_s)) {
        quint16 port = 0;
        if (!parseHostPort(p.value(u"connect"_s), targets.https.connectHost, port) || port == 0) {
            exitCode = ctx.usageError(tr("--connect takes HOST:PORT, for example 127.0.0.1:8443."));
            return false;
        }
        targets.https.port = port;
    }
    targets.https.caFile = p.value(u"ca-file"_s);
    if (p.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = p.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 600) {
            exitCode = ctx.usageError(tr("--timeout takes 1 to 600 seconds."));
            return false;
        }
        targets.https.overallTimeoutMs = seconds * 1000;
        targets.https.connectTimeoutMs =
            std::min(targets.https.connectTimeoutMs, targets.https.overallTimeoutMs);
    }
    return true;
}

QList<QCommandLineOption> policyVersionOptions()
{
    return {
        {u"resolver"_s,
         tr("Validating DNS resolver as HOST:PORT (verify, publish; default: the system's)."),
         u"host:port"_s},
        {u"trust-anchor"_s, tr("DNSSEC trust anchor file (verify, publish)."), u"file"_s},
        {u"dns-timeout"_s, tr("Per-query DNS timeout in milliseconds (verify, publish)."), u"ms"_s},
        {u"without-proof"_s,
         tr("Mark the version live although the check fails, for this reason (publish)."),
         u"reason"_s},
        {u"override"_s, tr("Enforce although the rollout is not ready, for this reason (publish)."),
         u"reason"_s},
    };
}

bool runPolicyVersionAction(Context &ctx, const QCommandLineParser &p, const QStringList &args,
                            int &exitCode)
{
    const QString action = args.value(0);
    static const QStringList actions{u"versions"_s, u"new"_s, u"verify"_s, u"publish"_s};
    if (!actions.contains(action))
        return false;
    const qsizetype wanted = action == u"publish"_s ? 3 : action == u"verify"_s ? -1 : 2;
    qint64 id = 0;
    if ((wanted > 0 && args.size() != wanted) ||
        (wanted < 0 && args.size() != 2 && args.size() != 3) ||
        !parseEngagementId(args.value(1), id)) {
        exitCode = ctx.usageError(
            tr("Use “policy versions ID”, “policy new ID --mode MODE”, “policy verify ID "
               "[VERSION]” or “policy publish ID VERSION”."));
        return true;
    }
    services::PublicationTargets targets;
    if ((action == u"verify"_s || action == u"publish"_s) &&
        !readTargets(ctx, p, targets, exitCode))
        return true;
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace) {
        exitCode = ctx.failure(workspace.error());
        return true;
    }
    PolicyVersions versions(*workspace);
    if (action == u"versions"_s) {
        Result<QList<StoredPolicyVersion>> all = versions.list(id);
        if (!all) {
            exitCode = ctx.failure(all.error());
        } else {
            printVersions(ctx, *all);
            exitCode = ExitOk;
        }
    } else if (action == u"new"_s) {
        exitCode = newVersion(ctx, versions, id, p);
    } else if (action == u"verify"_s) {
        exitCode = verifyVersion(ctx, versions, id, args.value(2), targets);
    } else {
        exitCode = publishVersion(ctx, versions, id, args.value(2), targets, p);
    }
    return true;
}

} // namespace sts::cli
