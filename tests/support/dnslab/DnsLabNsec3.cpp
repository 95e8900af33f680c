// The NSEC3 half of the DNS lab: n3.test (ldns-signzone -n), n3bad.test (NSEC3 records removed
// or altered after signing) and oo.test (signed by knotd with NSEC3 opt-out). See DnsLab.h.
#include "DnsLab.h"
#include "TestEnv.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

QString header(const QString &origin)
{
    return u"$ORIGIN %1\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
           "@ NS ns.test.\n"_s.arg(origin);
}

// The NSEC3 hash (SHA-1, no salt, no extra iterations: how the lab signs) of `name`.
QString nsec3Hash(const QString &name)
{
    const ToolRun run = runTool(u"ldns-nsec3-hash"_s, {u"-t"_s, u"0"_s, name}, 10000);
    QString hash = QString::fromUtf8(run.out).trimmed().toLower();
    if (hash.endsWith(QLatin1Char('.')))
        hash.chop(1);
    return run.exitCode == 0 ? hash : QString();
}

struct Nsec3Line
{
    QString owner; // hash label
    QString next;
};

// owner < hash < next in the hash ring (hashes are base32hex: text order is hash order).
bool covers(const Nsec3Line &r, const QString &hash)
{
    if (r.owner < r.next)
        return r.owner < hash && hash < r.next;
    return hash > r.owner || hash < r.next;
}

} // namespace

QString DnsLab::knotConfig() const
{
    QString conf = u"server:\n    rundir: \"%1/run\"\n    listen: 127.0.0.1@%2\n"
                   "database:\n    storage: \"%1/db\"\n"
                   "log:\n  - target: \"%1/knotd.log\"\n    any: info\n"
                   "policy:\n  - id: optout\n    algorithm: ecdsap256sha256\n"
                   "    single-type-signing: on\n    manual: on\n    nsec3: on\n"
                   "    nsec3-opt-out: on\n    nsec3-iterations: 0\n    nsec3-salt-length: 0\n"
                   "template:\n  - id: default\n    storage: \"%1/zones\"\n    file: \"%s.zone\"\n"
                   "zone:\n"_s.arg(m_dir->path())
                       .arg(m_port);
    for (const QString &zone : zones()) {
        conf += u"  - domain: %1\n    file: \"%2.zone\"\n"_s.arg(
            zone, zone == u"."_s ? u"root"_s : zone.chopped(1));
        if (zone == u"oo.test."_s)
            conf += u"    dnssec-signing: on\n    dnssec-policy: optout\n"_s;
    }
    return conf;
}

bool DnsLab::buildNsec3Zones(const QStringList &window, QStringList *delegations, QString *error)
{
    auto write = [this](const QString &file, const QString &text) {
        return m_dir->writeFile(u"zones/"_s + file, text.toUtf8());
    };
    const QStringList nsec3{u"-n"_s, u"-t"_s, u"0"_s};
    const QString digest = QString::fromLatin1(labDigest().toHex());
    QString dsN3, dsN3bad;
    const QString n3 = header(u"n3.test."_s) +
                       u"@ MX 10 mail\nmail A 127.0.0.1\nmail AAAA ::1\n"
                       "_25._tcp.mail TLSA 3 1 1 %1\n*.wild A 127.0.0.5\n"
                       "a.b TXT \"below an empty non-terminal\"\ninsec NS ns.test.\n"_s.arg(digest);
    QString n3bad = header(u"n3bad.test."_s) +
                    u"@ MX 10 mail\nmail A 127.0.0.1\nmail AAAA ::1\n*.wild A 127.0.0.5\n"_s;
    for (int i = 1; i <= 8; ++i) // names whose NSEC3 records may be removed
        n3bad += u"s%1 A 127.0.0.9\n"_s.arg(i);
    if (!write(u"n3.test.in"_s, n3) || !write(u"n3bad.test.in"_s, n3bad) ||
        !write(u"insec.n3.test.zone"_s,
               header(u"insec.n3.test."_s) + u"@ MX 10 mail\nmail A 127.0.0.6\n"_s) ||
        !write(u"oo.test.zone"_s,
               header(u"oo.test."_s) + u"@ MX 10 mail\nmail A 127.0.0.1\ninsec NS ns.test.\n"_s) ||
        !write(u"insec.oo.test.zone"_s,
               header(u"insec.oo.test."_s) + u"@ MX 10 mail\nmail A 127.0.0.7\n"_s)) {
        *error = u"cannot write NSEC3 zone files"_s;
        return false;
    }
    if (!sign(u"n3.test."_s, u"n3.test"_s, window + nsec3, &dsN3, nullptr, error) ||
        !sign(u"n3bad.test."_s, u"n3bad.test"_s, window + nsec3, &dsN3bad, nullptr, error) ||
        !breakNsec3Chain(error))
        return false;

    // oo.test: knotd signs it on load with the key made here, so its DS can go into test.
    const QString conf = m_dir->filePath(u"knot.conf"_s);
    const ToolRun generate = runTool(u"keymgr"_s,
                                     {u"-c"_s, conf, u"oo.test."_s, u"generate"_s,
                                      u"algorithm=ecdsap256sha256"_s, u"ksk=yes"_s, u"zsk=yes"_s},
                                     20000);
    const ToolRun ooDs = runTool(u"keymgr"_s, {u"-c"_s, conf, u"oo.test."_s, u"ds"_s}, 20000);
    if (generate.exitCode != 0 || ooDs.exitCode != 0 || ooDs.out.trimmed().isEmpty()) {
        *error = u"keymgr oo.test: "_s + generate.describe() + ooDs.describe();
        return false;
    }
    *delegations << u"n3 NS ns.test."_s << dsN3 << u"n3bad NS ns.test."_s << dsN3bad
                 << u"oo NS ns.test."_s << QString::fromUtf8(ooDs.out).trimmed();
    return true;
}

// n3bad.test: removes the NSEC3 records that would prove two chosen names absent (so the
// server can only hand out records that do not cover them) and alters the type bitmap of the
// NSEC3 of mail.n3bad.test (so its signature no longer verifies).
bool DnsLab::breakNsec3Chain(QString *error)
{
    const QString path = m_dir->filePath(u"zones/n3bad.test.zone"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"no signed n3bad.test"_s;
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    file.close();
    static const QRegularExpression nsec3Line(
        u"^([0-9a-v]{32})\\.n3bad\\.test\\.\\s+\\d+\\s+IN\\s+NSEC3\\s+1\\s+\\d+\\s+\\d+\\s+\\S+\\s+"
        "([0-9a-v]{32})"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Nsec3Line> chain;
    for (const QString &line : lines)
        if (const auto m = nsec3Line.match(line); m.hasMatch())
            chain.append({m.captured(1).toLower(), m.captured(2).toLower()});
    QSet<QString> sacrificial;
    for (int i = 1; i <= 8; ++i)
        sacrificial.insert(nsec3Hash(u"s%1.n3bad.test"_s.arg(i)));
    QSet<QString> removed;
    // The first candidate whose covering NSEC3 belongs to a sacrificial name.
    auto pick = [&](const QString &pattern) -> QString {
        for (int i = 1; i <= 60; ++i) {
            const QString name = pattern.arg(i);
            const QString hash = nsec3Hash(name);
            for (const Nsec3Line &r : chain)
                if (covers(r, hash) && sacrificial.contains(r.owner) &&
                    !removed.contains(r.owner)) {
                    removed.insert(r.owner);
                    return name;
                }
        }
        return {};
    };
    m_n3MissingName = pick(u"nx%1.n3bad.test"_s);
    m_n3MissingWildcardName = pick(u"w%1.wild.n3bad.test"_s);
    const QString mailHash = nsec3Hash(u"mail.n3bad.test"_s);
    if (chain.size() < 10 || m_n3MissingName.isEmpty() || m_n3MissingWildcardName.isEmpty() ||
        mailHash.isEmpty()) {
        *error = u"cannot choose NSEC3 records to break in n3bad.test"_s;
        return false;
    }
    QStringList out;
    bool forged = false;
    for (QString line : lines) {
        const QString owner = line.section(QLatin1Char('.'), 0, 0).toLower();
        const bool nsec3Record =
            line.contains(QRegularExpression(u"\\s(NSEC3|RRSIG\\s+NSEC3)\\s"_s));
        if (nsec3Record && removed.contains(owner))
            continue;
        if (owner == mailHash && line.contains(u"\tNSEC3\t"_s) &&
            line.contains(u" A AAAA RRSIG"_s)) {
            line.replace(u" A AAAA RRSIG"_s, u" A RRSIG"_s);
            forged = true;
        }
        out.append(line);
    }
    if (!forged || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot forge the NSEC3 of mail.n3bad.test"_s;
        return false;
    }
    file.write(out.join(QLatin1Char('\n')).toUtf8());
    return true;
}

bool DnsLab::waitForKnotSigning(QString *error)
{
    const bool signedZone = waitUntil(
        [&] {
            const ToolRun probe =
                runTool(u"kdig"_s,
                        {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"+tcp"_s, u"+norec"_s,
                         u"+dnssec"_s, u"+time=1"_s, u"+retry=0"_s, u"NSEC3PARAM"_s, u"oo.test."_s},
                        5000);
            return probe.out.contains("RRSIG") && probe.out.contains("NSEC3PARAM");
        },
        20000);
    if (!signedZone)
        *error = u"knotd did not sign oo.test"_s;
    return signedZone;
}

} // namespace sts::test
