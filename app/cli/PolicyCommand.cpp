// stsdesk-cli policy validate|fetch|generate
#include "CliContext.h"
#include "PolicyVersionsCommand.h"
#include "engagement/DomainName.h"
#include "mtasts/PolicyFetcher.h"
#include "mtasts/PolicyGenerator.h"
#include "mtasts/PolicyParser.h"
#include "util/HostPort.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

using namespace sts::mtasts;

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QJsonObject policyJson(const Policy &policy)
{
    return {{u"version"_s, policy.version},
            {u"mode"_s, policyModeName(policy.mode)},
            {u"max_age"_s, policy.maxAge},
            {u"mx"_s, QJsonArray::fromStringList(policy.mxTexts())}};
}

QJsonArray problemsJson(const QList<Problem> &problems, Problem::Severity severity)
{
    QJsonArray out;
    for (const Problem &p : problems) {
        if (p.severity == severity)
            out.append(
                QJsonObject{{u"code"_s, p.code}, {u"message"_s, p.message}, {u"line"_s, p.line}});
    }
    return out;
}

void printProblems(QTextStream &out, const QList<Problem> &problems)
{
    for (const Problem &p : problems) {
        const QString kind = p.severity == Problem::Severity::Error ? tr("error") : tr("warning");
        if (p.line > 0)
            out << tr("line %1: %2: %3").arg(p.line).arg(kind, printable(p.message));
        else
            out << kind << u": "_s << printable(p.message);
        out << u" ["_s << p.code << u"]\n"_s;
    }
}

int validate(Context &ctx, const QString &path)
{
    QFile file(path);
    const bool opened =
        path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return ctx.failure(
            {u"cli.read"_s, tr("Cannot read “%1”: %2").arg(path, file.errorString())});
    const QByteArray body = file.read(kMaxPolicyBytes + 1);
    if (body.size() > kMaxPolicyBytes)
        return ctx.failure(
            {u"policy.too-large"_s,
             tr("“%1” is larger than 64 KiB; senders reject such a policy.").arg(path)});
    const PolicyParse parse = parsePolicy(body);
    const bool valid = parse.policy.has_value();
    if (ctx.json()) {
        QJsonObject json{{u"valid"_s, valid},
                         {u"errors"_s, problemsJson(parse.problems, Problem::Severity::Error)},
                         {u"warnings"_s, problemsJson(parse.problems, Problem::Severity::Warning)}};
        if (valid)
            json.insert(u"policy"_s, policyJson(*parse.policy));
        ctx.printJson(json);
    } else {
        printProblems(ctx.out(), parse.problems);
        ctx.out() << (valid ? QCoreApplication::translate(
                                  "cli",
                                  "%1: valid MTA-STS policy (mode %2, max_age %3, %n mx "
                                  "pattern(s))",
                                  nullptr, int(parse.policy->mx.size()))
                                  .arg(path, policyModeName(parse.policy->mode))
                                  .arg(parse.policy->maxAge)
                            : tr("%1: invalid MTA-STS policy").arg(path))
                  << '\n';
        ctx.out().flush();
    }
    return valid ? ExitOk : ExitFailure;
}

bool parseConnect(const QString &text, FetchOptions &options)
{
    quint16 port = 0;
    if (!parseHostPort(text, options.connectHost, port) || port == 0)
        return false;
    options.port = port;
    return true;
}

int fetch(Context &ctx, const QString &domainText, const QCommandLineParser &p)
{
    const Result<DomainName> domain = DomainName::fromUserInput(domainText);
    if (!domain)
        return ctx.usageError(domain.error().message);
    FetchOptions options;
    if (p.isSet(u"connect"_s) && !parseConnect(p.value(u"connect"_s), options))
        return ctx.usageError(tr("--connect takes HOST:PORT, for example 127.0.0.1:8443."));
    options.caFile = p.value(u"ca-file"_s);
    if (p.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = p.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return ctx.usageError(tr("--timeout takes 1 to 600 seconds."));
        options.overallTimeoutMs = seconds * 1000;
        options.connectTimeoutMs = std::min(options.connectTimeoutMs, options.overallTimeoutMs);
    }
    const FetchResult result = fetchPolicy(domain->ace, options);
    if (ctx.json()) {
        QJsonObject json{
            {u"ok"_s, result.ok()},
            {u"url"_s, result.url},
            {u"httpStatus"_s, result.httpStatus},
            {u"contentType"_s, QString::fromLatin1(result.contentType)},
            {u"errors"_s, problemsJson(result.parse.problems, Problem::Severity::Error)},
            {u"warnings"_s, problemsJson(result.parse.problems, Problem::Severity::Warning)}};
        if (result.error) {
            json.insert(u"resultType"_s, result.error->code);
            json.insert(u"reason"_s, result.reason);
            json.insert(u"message"_s, result.error->message);
        }
        if (result.parse.policy)
            json.insert(u"policy"_s, policyJson(*result.parse.policy));
        ctx.printJson(json);
    } else {
        QTextStream &out = ctx.out();
        out << printable(result.url) << '\n';
        if (result.ok()) // the server's bytes: lines as served, no terminal controls
            out << printableLines(QString::fromUtf8(result.body));
        printProblems(out, result.parse.problems);
        out.flush();
        if (result.error)
            ctx.err() << printable(result.error->message) << u" ["_s << result.error->code
                      << u", "_s << printable(result.reason) << u"]\n"_s;
        ctx.err().flush();
    }
    return result.ok() ? ExitOk : ExitFailure;
}

int generate(Context &ctx, const QCommandLineParser &p)
{
    const QStringList mx = p.values(u"mx"_s);
    if (mx.isEmpty())
        return ctx.usageError(tr("generate needs at least one --mx HOST."));
    std::optional<PolicyMode> mode = PolicyMode::Testing;
    if (p.isSet(u"mode"_s))
        mode = policyModeFromName(p.value(u"mode"_s));
    if (!mode)
        return ctx.usageError(tr("--mode takes “testing”, “enforce” or “none”."));
    qint64 maxAge = *mode == PolicyMode::Enforce ? kEnforceMaxAge : kTestingMaxAge;
    if (p.isSet(u"max-age"_s)) {
        bool ok = false;
        maxAge = p.value(u"max-age"_s).toLongLong(&ok);
        if (!ok || maxAge < 0 || maxAge > kMaxPolicyMaxAge)
            return ctx.usageError(tr("--max-age takes 0 to 31557600 seconds."));
    }
    const PolicyGenerator generator;
    const PatternSuggestion suggestion = generator.suggestPatterns(mx, p.values(u"san"_s));
    if (suggestion.patterns.isEmpty() && *mode != PolicyMode::None) {
        printProblems(ctx.err(), suggestion.notes);
        return ctx.failure({u"policy.mx-missing"_s, tr("None of the given MX hosts can be used.")});
    }
    const PolicyVersion version = generator.make(*mode, suggestion.patterns, maxAge);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {u"id"_s, version.id},
            {u"policy"_s, policyJson(version.policy)},
            {u"file"_s, QString::fromLatin1(version.file())},
            {u"txt"_s, QString::fromLatin1(version.txt().toTxt())},
            {u"warnings"_s, problemsJson(suggestion.notes, Problem::Severity::Warning)}});
    } else {
        printProblems(ctx.err(), suggestion.notes);
        ctx.err().flush();
        ctx.out() << QString::fromLatin1(version.file());
        ctx.out().flush();
        ctx.err() << tr("TXT record for _mta-sts.<domain>: %1")
                         .arg(QString::fromLatin1(version.txt().toTxt()))
                  << '\n';
        ctx.err().flush();
    }
    return ExitOk;
}

int runPolicy(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Validate, fetch and generate MTA-STS policy files; list, create, verify and publish "
           "an engagement's policy versions."));
    p.addPositionalArgument(u"action"_s,
                            tr("validate FILE | fetch DOMAIN | generate | versions ID | new ID | "
                               "verify ID [VERSION] | publish ID VERSION"));
    p.addOptions({
        {u"connect"_s,
         tr("Connect to HOST:PORT instead of mta-sts.DOMAIN:443 (fetch, verify, publish)."),
         u"host:port"_s},
        {u"ca-file"_s, tr("Trust only the CAs in this PEM file (fetch, verify, publish)."),
         u"file"_s},
        {u"timeout"_s,
         tr("Overall HTTPS time limit in seconds, default 60 (fetch, verify, publish)."),
         u"seconds"_s},
        {u"mx"_s, tr("An MX host name (generate) or mx pattern (new); repeat for each."),
         u"host"_s},
        {u"san"_s, tr("A DNS name on the MX certificate; repeat for each (generate)."), u"name"_s},
        {u"mode"_s, tr("testing, enforce or none; default testing (generate, new)."), u"mode"_s},
        {u"max-age"_s,
         tr("max_age in seconds (generate, new; default 86400 testing, 604800 enforce)."),
         u"seconds"_s},
    });
    p.addOptions(policyVersionOptions());
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    if (runPolicyVersionAction(ctx, p, args, code))
        return code;
    if (action == u"validate"_s && args.size() == 2)
        return validate(ctx, args.at(1));
    if (action == u"fetch"_s && args.size() == 2)
        return fetch(ctx, args.at(1), p);
    if (action == u"generate"_s && args.size() == 1)
        return generate(ctx, p);
    return ctx.usageError(
        tr("Use “policy validate FILE”, “policy fetch DOMAIN”, “policy generate --mx HOST”, "
           "“policy versions ID”, “policy new ID”, “policy verify ID” or “policy publish ID "
           "VERSION”."));
}

} // namespace

static const Registration reg{
    u"policy"_s,
    QT_TRANSLATE_NOOP(
        "cli", "MTA-STS policies: validate, fetch, generate; versions, new, verify, publish"),
    &runPolicy};

} // namespace sts::cli
