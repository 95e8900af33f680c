#include "DnsLabDynamic.h"

#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

const QStringList kZones{u"."_s, u"test."_s, u"dyn.test."_s};

QString header(const QString &origin)
{
    return u"$ORIGIN %1\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
           "@ NS ns.test.\n"_s.arg(origin);
}

QString stamp(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(u"yyyyMMddHHmmss"_s);
}

} // namespace

DnsLabDynamic::DnsLabDynamic() = default;

DnsLabDynamic::~DnsLabDynamic() = default;

bool DnsLabDynamic::toolsAvailable(QString *missing, const QString &updater)
{
    QStringList absent;
    for (const QString &tool :
         {u"knotd"_s, u"keymgr"_s, u"kdig"_s, u"ldns-keygen"_s, u"ldns-signzone"_s, updater})
        if (!haveProgram(tool))
            absent << tool;
    if (missing)
        *missing = absent.join(u", "_s);
    return absent.isEmpty();
}

QString DnsLabDynamic::resolverSpec() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}

QString DnsLabDynamic::trustAnchorFile() const
{
    return m_dir->filePath(u"root.anchor"_s);
}

bool DnsLabDynamic::buildZones(QString *error)
{
    const QString conf = m_dir->filePath(u"knot.conf"_s);
    const ToolRun generate = runTool(u"keymgr"_s,
                                     {u"-c"_s, conf, u"dyn.test."_s, u"generate"_s,
                                      u"algorithm=ecdsap256sha256"_s, u"ksk=yes"_s, u"zsk=yes"_s},
                                     20000);
    const ToolRun dynDs = runTool(u"keymgr"_s, {u"-c"_s, conf, u"dyn.test."_s, u"ds"_s}, 20000);
    if (generate.exitCode != 0 || dynDs.exitCode != 0 || dynDs.out.trimmed().isEmpty()) {
        *error = u"keymgr: "_s + generate.describe() + dynDs.describe();
        return false;
    }
    const QString zones = m_dir->filePath(u"zones/"_s);
    const QString keys = m_dir->filePath(u"keys"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList window{u"-i"_s, stamp(now - 86400), u"-e"_s, stamp(now + 30 * 86400)};
    // Signs zones/<file>.in into zones/<file>.zone; returns the DS of the new KSK.
    auto sign = [&](const QString &zone, const QString &file, QString *ds, QString *ksk) {
        const ToolRun k = runTool(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, u"-k"_s, zone},
                                  20000, {}, keys);
        const ToolRun z =
            runTool(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, zone}, 20000, {}, keys);
        const QString kName = QString::fromUtf8(k.out).trimmed();
        const ToolRun s = runTool(u"ldns-signzone"_s,
                                  window + QStringList{u"-f"_s, zones + file + u".zone"_s,
                                                       zones + file + u".in"_s, kName,
                                                       QString::fromUtf8(z.out).trimmed()},
                                  30000, {}, keys);
        QFile dsFile(keys + u'/' + kName + u".ds"_s);
        if (k.exitCode != 0 || z.exitCode != 0 || s.exitCode != 0 ||
            !dsFile.open(QIODevice::ReadOnly)) {
            *error = u"signing %1: %2 %3 %4"_s.arg(zone, k.describe(), z.describe(), s.describe());
            return false;
        }
        *ds = QString::fromUtf8(dsFile.readAll()).trimmed();
        *ksk = keys + u'/' + kName;
        return true;
    };
    const QString dyn = header(u"dyn.test."_s) + u"@ MX 10 mail\n@ MX 20 mx2\nmail A 127.0.0.1\n"
                                                 "mail AAAA ::1\nmx2 A 127.0.0.2\n"_s;
    const QString test = header(u"test."_s) + u"ns A 127.0.0.1\nns AAAA ::1\ndyn NS ns.test.\n"_s +
                         QString::fromUtf8(dynDs.out);
    QString dsTest, dsRoot, kskTest, kskRoot;
    if (!m_dir->writeFile(u"zones/dyn.test.zone"_s, dyn.toUtf8()) ||
        !m_dir->writeFile(u"zones/test.in"_s, test.toUtf8()) ||
        !sign(u"test."_s, u"test"_s, &dsTest, &kskTest))
        return false;
    const QString root = header(u"."_s) + u"test. NS ns.test.\nns.test. A 127.0.0.1\n"
                                          "ns.test. AAAA ::1\n%1\n"_s.arg(dsTest);
    if (!m_dir->writeFile(u"zones/root.in"_s, root.toUtf8()) ||
        !sign(u"."_s, u"root"_s, &dsRoot, &kskRoot))
        return false;
    QFile key(kskRoot + u".key"_s);
    if (!key.open(QIODevice::ReadOnly) || !m_dir->writeFile(u"root.anchor"_s, key.readAll())) {
        *error = u"cannot write the trust anchor"_s;
        return false;
    }
    return true;
}

bool DnsLabDynamic::start(QString *error)
{
    m_dir = std::make_unique<LabDir>(u"dnsdyn"_s);
    if (!m_dir->isValid()) {
        *error = u"no lab directory"_s;
        return false;
    }
    for (const QString &sub : {u"keys"_s, u"zones"_s, u"run"_s, u"db"_s})
        QDir(m_dir->path()).mkpath(sub);
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
    m_secret = QString::fromLatin1(raw.toBase64());
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
    m_acmeSecret = QString::fromLatin1(raw.toBase64());
    m_port = freeTcpUdpPort();
    const auto writeConfig = [this](quint16 port) {
        const QString conf =
            u"server:\n    rundir: \"%1/run\"\n    listen: 127.0.0.1@%2\n"
            "database:\n    storage: \"%1/db\"\n"
            "log:\n  - target: \"%1/knotd.log\"\n    any: info\n"
            "key:\n  - id: upd-key\n    algorithm: hmac-sha256\n    secret: %3\n"
            "  - id: acme-key\n    algorithm: hmac-sha256\n    secret: %4\n"
            "acl:\n  - id: ddns\n    address: 127.0.0.1\n    key: upd-key\n    action: update\n"
            // DNS-01 (docs/labs): acme-key may only set the TXT of _acme-challenge names.
            "  - id: acme\n    key: acme-key\n    action: update\n    update-type: [TXT]\n"
            "    update-owner: name\n    update-owner-match: equal\n"
            "    update-owner-name: [_acme-challenge.mail.dyn.test., "
            "_acme-challenge.mta-sts.dyn.test.]\n"
            "policy:\n  - id: lab\n    algorithm: ecdsap256sha256\n    single-type-signing: on\n"
            "    manual: on\n"
            "template:\n  - id: default\n    storage: \"%1/zones\"\n    file: \"%s.zone\"\n"
            "zone:\n  - domain: .\n    file: \"root.zone\"\n  - domain: test.\n"
            "  - domain: dyn.test.\n    dnssec-signing: on\n    dnssec-policy: lab\n    acl: [ddns, acme]\n"_s
                .arg(m_dir->path())
                .arg(port)
                .arg(m_secret, m_acmeSecret);
        return m_dir->writeFile(u"knot.conf"_s, conf.toUtf8());
    };
    if (!writeConfig(m_port) || !buildZones(error))
        return false;
    // dyn.test. must also be signed already, not just loaded.
    return m_knot.start(*m_dir, m_port, writeConfig, kZones, true, error);
}

ToolRun DnsLabDynamic::applyScript(const QByteArray &script, const QString &program) const
{
    const QString name = u"update-%1.nsu"_s.arg(QRandomGenerator::global()->generate());
    m_dir->writeFile(name, script);
    QFile::setPermissions(m_dir->filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    return runTool(program, {m_dir->filePath(name)}, 30000);
}

qint64 DnsLabDynamic::serial() const
{
    const QStringList soa = dig(u"SOA"_s, zone());
    const QStringList fields = soa.value(0).split(u' ', Qt::SkipEmptyParts);
    bool ok = false;
    const qint64 value = fields.value(2).toLongLong(&ok);
    return ok ? value : -1;
}

QStringList DnsLabDynamic::dig(const QString &type, const QString &name) const
{
    const ToolRun run = runTool(u"kdig"_s,
                                {u"@127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"+tcp"_s,
                                 u"+norec"_s, u"+time=2"_s, u"+retry=0"_s, u"+short"_s, type, name},
                                10000);
    QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QString DnsLabDynamic::writeKeyFile(const QString &path, QFileDevice::Permissions mode) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(u"%1:%2:%3\n"_s.arg(tsigAlgorithm(), tsigName(), m_secret).toLatin1());
    file.close();
    QFile::setPermissions(path, mode);
    return path;
}

} // namespace sts::test
