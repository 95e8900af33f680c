#include "mtasts/PolicyGenerator.h"

#include "mtasts/PolicySerializer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts", text);
}

QByteArray PolicyVersion::file() const
{
    return serializePolicy(policy);
}

StsTxtRecord PolicyVersion::txt() const
{
    return StsTxtRecord{id, {}};
}

PolicyGenerator::PolicyGenerator(std::shared_ptr<const Clock> clock) : m_clock(std::move(clock)) {}

static bool isTimestampId(const QString &id)
{
    if (id.size() != 14)
        return false;
    for (QChar c : id)
        if (!c.isDigit())
            return false;
    return true;
}

// The timestamp id one second after `id` (a UTC timestamp id).
static QString secondAfter(const QString &id)
{
    QDateTime at = QDateTime::fromString(id, u"yyyyMMddHHmmss"_s);
    at.setTimeSpec(Qt::UTC); // the fields are UTC already; no local-time shift
    return at.addSecs(1).toString(u"yyyyMMddHHmmss"_s);
}

QString nextPolicyId(const QString &candidate, const QStringList &used)
{
    QString newest;
    for (const QString &id : used)
        if (isTimestampId(id) && id > newest)
            newest = id;
    QString id = candidate;
    if (!newest.isEmpty() && (!isTimestampId(id) || id <= newest))
        id = secondAfter(newest);
    while (isTimestampId(id) && used.contains(id))
        id = secondAfter(id);
    return id;
}

QString PolicyGenerator::newId() const
{
    return m_clock->now().toUTC().toString(u"yyyyMMddHHmmss"_s);
}

namespace {

struct Provider
{
    QString suffix;       // hosts ending in this belong to the provider
    QStringList patterns; // what the provider documents
};

// Microsoft documents "*.mail.protection.outlook.com" (one tenant label). Google's hosts are
// aspmx.l.google.com and altN.aspmx.l.google.com: "*.aspmx.l.google.com" covers only the altN
// hosts (one label), so the bare name must be listed too; "*.google.com" would match neither.
const QList<Provider> &providers()
{
    static const QList<Provider> list{
        {u".mail.protection.outlook.com"_s, {u"*.mail.protection.outlook.com"_s}},
        {u"aspmx.l.google.com"_s, {u"aspmx.l.google.com"_s, u"*.aspmx.l.google.com"_s}},
    };
    return list;
}

bool isWebOnlyHost(const QString &host)
{
    return host.startsWith(u"mta-sts."_s) || host.startsWith(u"autoconfig."_s) ||
           host.startsWith(u"autodiscover."_s);
}

QString parentOf(const QString &host)
{
    const qsizetype dot = host.indexOf(u'.');
    return dot < 0 ? QString() : host.mid(dot + 1);
}

void appendUnique(QList<MxPattern> &list, const MxPattern &pattern)
{
    if (!list.contains(pattern))
        list.append(pattern);
}

} // namespace

PatternSuggestion PolicyGenerator::suggestPatterns(const QStringList &mxHosts,
                                                   const QStringList &certificateSans) const
{
    PatternSuggestion out;
    QStringList sans;
    for (const QString &san : certificateSans)
        sans.append(normalizeHostName(san));

    QStringList hosts;
    for (const QString &raw : mxHosts) {
        const QString host = normalizeHostName(raw);
        if (host.isEmpty() || hosts.contains(host))
            continue;
        if (isWebOnlyHost(host)) {
            out.notes.append(Problem{Problem::Severity::Warning, u"generator.web-host"_s,
                                     QCoreApplication::translate(
                                         "sts::mtasts::PolicyGenerator",
                                         "“%1” is a web host name, not a mail server; it is left "
                                         "out of the policy.")
                                         .arg(host)});
            continue;
        }
        hosts.append(host);
    }

    for (const QString &host : hosts) {
        bool provided = false;
        for (const Provider &provider : providers()) {
            if (host == provider.suffix || host.endsWith(provider.suffix)) {
                for (const QString &p : provider.patterns)
                    appendUnique(out.patterns, *MxPattern::parse(p));
                provided = true;
            }
        }
        if (provided)
            continue;
        const QString parent = parentOf(host);
        const QString wildcard = u"*."_s + parent;
        const qsizetype siblings = std::count_if(
            hosts.cbegin(), hosts.cend(), [&](const QString &h) { return parentOf(h) == parent; });
        const auto asWildcard = MxPattern::parse(wildcard);
        if (siblings >= 2 && sans.contains(wildcard) && asWildcard) {
            appendUnique(out.patterns, *asWildcard);
            continue;
        }
        const auto exact = MxPattern::parse(host);
        if (exact)
            appendUnique(out.patterns, *exact);
        else
            out.notes.append(
                Problem{Problem::Severity::Warning, exact.error().code, exact.error().message});
    }
    return out;
}

PolicyVersion PolicyGenerator::make(PolicyMode mode, const QList<MxPattern> &patterns,
                                    qint64 maxAge) const
{
    PolicyVersion version;
    version.policy.mode = mode;
    version.policy.maxAge = maxAge;
    version.policy.mx = patterns;
    version.createdAt = m_clock->now().toUTC();
    version.id = newId();
    return version;
}

PolicyVersion PolicyGenerator::testing(const QList<MxPattern> &patterns) const
{
    return make(PolicyMode::Testing, patterns, kTestingMaxAge);
}

PolicyVersion PolicyGenerator::enforce(const Policy &current) const
{
    return make(PolicyMode::Enforce, current.mx, kEnforceMaxAge);
}

PolicyVersion PolicyGenerator::remove(const Policy &current) const
{
    // Keep the patterns: senders that still match hosts see a well-formed policy; mode none
    // tells them to stop applying it.
    return make(PolicyMode::None, current.mx, current.maxAge);
}

QDateTime cachedUntil(const Policy &previous, const QDateTime &publishedAt)
{
    return publishedAt.toUTC().addSecs(previous.maxAge);
}

QList<PublishStep> publishOrder(const QString &domain, const PolicyVersion &next,
                                const std::optional<Policy> &previous, const QDateTime &publishedAt)
{
    QList<PublishStep> steps;
    steps.append({PublishStep::Kind::PublishPolicyFile,
                  tr("Publish the new policy file at https://mta-sts.%1/.well-known/"
                     "mta-sts.txt and check that it is served.")
                      .arg(domain),
                  next.file(),
                  {}});
    steps.append({PublishStep::Kind::UpdateTxtRecord,
                  tr("Then change the TXT record _mta-sts.%1 to id %2 so senders fetch the "
                     "new policy.")
                      .arg(domain, next.id),
                  next.txt().toTxt(),
                  {}});
    if (previous && next.policy.mode == PolicyMode::None) {
        const QDateTime until = cachedUntil(*previous, publishedAt);
        steps.append({PublishStep::Kind::WaitUntil,
                      tr("Keep serving mode “none” until %1 (the old max_age), so every "
                         "cached copy has expired.")
                          .arg(until.toString(Qt::ISODate)),
                      {},
                      until});
        steps.append(
            {PublishStep::Kind::RemoveTxtRecord, tr("Delete the _mta-sts TXT record."), {}, until});
        steps.append({PublishStep::Kind::RemovePolicyHost,
                      tr("Stop serving the policy host mta-sts.%1.").arg(domain),
                      {},
                      until});
    }
    return steps;
}

} // namespace sts::mtasts
