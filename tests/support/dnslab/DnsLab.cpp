#include "DnsLab.h"

#include "TestEnv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

const QStringList kZones{u"."_s,
                         u"test."_s,
                         u"com."_s,
                         u"secure.test."_s,
                         u"insecure.test."_s,
                         u"expired.test."_s,
                         u"notyet.test."_s,
                         u"wrongds.test."_s,
                         u"badsig.test."_s,
                         u"nosig.test."_s,
                         u"stripped.test."_s,
                         u"many.test."_s,
                         u"n3.test."_s,
                         u"insec.n3.test."_s,
                         u"n3bad.test."_s,
                         u"oo.test."_s,
                         u"insec.oo.test."_s};

QString header(const QString &origin)
{
    return u"$ORIGIN %1\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n"
           "@ NS ns.test.\n"_s.arg(origin);
}

QString leaf(const QString &origin)
{
    return header(origin) + u"@ MX 10 mail\nmail A 127.0.0.1\nmail AAAA ::1\n"_s;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmmss"_s);
}

QString emptyDigest()
{
    return QString::fromLatin1(QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
}

// Drops the lines of a signed zone file for which `drop` holds.
bool filterFile(const QString &path, const std::function<bool(const QString &)> &drop,
                const std::function<QString(const QString &)> &edit = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QStringList out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (drop(line))
            continue;
        out.append(edit ? edit(line) : line);
    }
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(out.join(QLatin1Char('\n')).toUtf8());
    return true;
}

} // namespace

QByteArray DnsLab::labDigest()
{
    return QCryptographicHash::hash("stsdesk-lab-mx1", QCryptographicHash::Sha256);
}

DnsLab::DnsLab() = default;

DnsLab::~DnsLab()
{
    KnotProcess::stopProcess(m_unbound);
}

bool DnsLab::toolsAvailable(QString *missing, bool withUnbound)
{
    QStringList tools{u"knotd"_s,       u"keymgr"_s,        u"kdig"_s,
                      u"ldns-keygen"_s, u"ldns-signzone"_s, u"ldns-nsec3-hash"_s};
    if (withUnbound)
        tools << u"unbound"_s << u"unbound-control"_s << u"drill"_s;
    QStringList absent;
    for (const QString &tool : tools)
        if (!haveProgram(tool))
            absent << tool;
    if (missing)
        *missing = absent.join(u", "_s);
    return absent.isEmpty();
}

QString DnsLab::path() const
{
    return m_dir ? m_dir->path() : QString();
}
QString DnsLab::resolverSpec() const
{
    return u"127.0.0.1:%1"_s.arg(m_port);
}
QString DnsLab::unboundSpec() const
{
    return u"127.0.0.1:%1"_s.arg(m_unboundPort);
}
QString DnsLab::trustAnchorFile() const
{
    return m_dir->filePath(u"root.anchor"_s);
}
QString DnsLab::trustAnchorDsFile() const
{
    return m_dir->filePath(u"root.anchor.ds"_s);
}
QStringList DnsLab::zones() const
{
    return kZones;
}

bool DnsLab::sign(const QString &zone, const QString &file, const QStringList &extra, QString *ds,
                  QString *kskBase, QString *error)
{
    const QString keys = m_dir->filePath(u"keys"_s);
    const ToolRun ksk =
        runTool(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, u"-k"_s, zone}, 20000, {}, keys);
    const ToolRun zsk =
        runTool(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, zone}, 20000, {}, keys);
    if (ksk.exitCode != 0 || zsk.exitCode != 0) {
        *error = u"ldns-keygen %1: %2 %3"_s.arg(zone, ksk.describe(), zsk.describe());
        return false;
    }
    const QString kskName = QString::fromUtf8(ksk.out).trimmed();
    const QString zskName = QString::fromUtf8(zsk.out).trimmed();
    const QString zones = m_dir->filePath(u"zones/"_s);
    const ToolRun signing = runTool(u"ldns-signzone"_s,
                                    extra + QStringList{u"-f"_s, zones + file + u".zone"_s,
                                                        zones + file + u".in"_s, kskName, zskName},
                                    30000, {}, keys);
    if (signing.exitCode != 0) {
        *error = u"ldns-signzone %1: %2"_s.arg(zone, signing.describe());
        return false;
    }
    QFile dsFile(keys + u"/"_s + kskName + u".ds"_s);
    if (!dsFile.open(QIODevice::ReadOnly)) {
        *error = u"no DS file for %1"_s.arg(zone);
        return false;
    }
    *ds = QString::fromUtf8(dsFile.readAll()).trimmed();
    if (kskBase)
        *kskBase = keys + u"/"_s + kskName;
    return true;
}

bool DnsLab::buildZones(QString *error)
{
    const QStringList window{u"-i"_s, stamp(m_inception), u"-e"_s, stamp(m_expiration)};
    const QString mx1 = QString::fromLatin1(labDigest().toHex());
    auto write = [this](const QString &file, const QString &text) {
        return m_dir->writeFile(u"zones/"_s + file, text.toUtf8());
    };
    QString secure = header(u"secure.test."_s);
    secure += u"@ MX 10 mx1\n@ MX 20 mx2\nmx1 A 127.0.0.1\nmx1 AAAA ::1\nmx2 A 127.0.0.2\n"
              "_25._tcp.mx1 TLSA 3 1 1 %1\n_25._tcp.mx1 TLSA 2 1 1 %1\n"
              "_25._tcp.mx2 TLSA 3 1 1 %2\n_25._tcp.mx2 TLSA 3 1 2 %1\n"
              "_25._tcp.mx2 TLSA 1 1 1 %1\n"
              "_mta-sts TXT \"v=STSv1; \" \"id=20240101000000\"\n"
              "_smtp._tls TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@secure.test\"\n"
              "mta-sts A 127.0.0.1\n"
              "nullmx MX 0 .\n"
              "nomx A 127.0.0.3\nnomx AAAA ::3\n"
              "cname MX 10 alias\nalias CNAME mx1\n"
              "noaddr MX 10 hostless\nnoaddr MX 20 mx1\nhostless TXT \"no address here\"\n"
              "twosts MX 10 mx1\n_mta-sts.twosts TXT \"v=STSv1; id=1\"\n"
              "_mta-sts.twosts TXT \"v=STSv1; id=2\"\n"
              "badsts MX 10 mx1\n_mta-sts.badsts TXT \"v=STSv1; id=bad-id!\"\n"
              "_smtp._tls.badsts TXT \"v=TSLRPTv1; rua=mailto:x@secure.test\"\n"
              "_smtp-tlsrpt.badsts TXT \"v=TLSRPTv1; rua=mailto:old@secure.test\"\n"
              "iplit MX 10 127.0.0.1.\n"
              "dup MX 10 mx1\ndup MX 20 mx1\n"
              "provider MX 10 contoso-test.mail.protection.outlook.com.\n"
              "www CNAME mx1\nx CNAME mail.insecure.test.\n"_s.arg(mx1, emptyDigest());
    QString dsSecure, dsExpired, dsNotyet, dsWrong, dsBadsig, dsNosig, dsMany, unused;
    QString insecure =
        header(u"insecure.test."_s) + u"@ MX 10 mail\n@ MX 20 mx1.secure.test.\nmail A 127.0.0.4\n"
                                      "_25._tcp.mail TLSA 3 1 1 %1\n"_s.arg(mx1);
    QString many = header(u"many.test."_s);
    for (int i = 1; i <= 20; ++i)
        many +=
            u"@ MX %1 h%2\nh%2 A 127.0.1.%2\n_25._tcp.h%2 TLSA 3 1 1 %3\n"_s.arg(i * 10).arg(i).arg(
                mx1);
    if (!write(u"secure.test.in"_s, secure) || !write(u"insecure.test.zone"_s, insecure) ||
        !write(u"stripped.test.zone"_s, leaf(u"stripped.test."_s)) ||
        !write(u"many.test.in"_s, many) ||
        !write(u"com.zone"_s,
               header(u"com."_s) + u"contoso-test.mail.protection.outlook.com. A 127.0.0.10\n"_s)) {
        *error = u"cannot write zone files"_s;
        return false;
    }
    for (const QString &z : {u"expired"_s, u"notyet"_s, u"wrongds"_s, u"badsig"_s, u"nosig"_s})
        write(z + u".test.in"_s, leaf(z + u".test."_s));
    if (!sign(u"secure.test."_s, u"secure.test"_s, window, &dsSecure, nullptr, error) ||
        !sign(u"many.test."_s, u"many.test"_s, window, &dsMany, nullptr, error) ||
        !sign(u"expired.test."_s, u"expired.test"_s,
              {u"-i"_s, u"20200101000000"_s, u"-e"_s, u"20200201000000"_s}, &dsExpired, nullptr,
              error) ||
        !sign(u"notyet.test."_s, u"notyet.test"_s,
              {u"-i"_s, u"20300101000000"_s, u"-e"_s, u"20300201000000"_s}, &dsNotyet, nullptr,
              error) ||
        !sign(u"wrongds.test."_s, u"wrongds.test"_s, window, &unused, nullptr, error) ||
        !sign(u"badsig.test."_s, u"badsig.test"_s, window, &dsBadsig, nullptr, error) ||
        !sign(u"nosig.test."_s, u"nosig.test"_s, window, &dsNosig, nullptr, error))
        return false;
    // A DS of a key that signs nothing.
    const ToolRun stray =
        runTool(u"ldns-keygen"_s, {u"-a"_s, u"ECDSAP256SHA256"_s, u"-k"_s, u"wrongds.test."_s},
                20000, {}, m_dir->filePath(u"keys"_s));
    QFile strayDs(m_dir->filePath(u"keys/"_s) + QString::fromUtf8(stray.out).trimmed() + u".ds"_s);
    if (stray.exitCode != 0 || !strayDs.open(QIODevice::ReadOnly)) {
        *error = u"stray key: "_s + stray.describe();
        return false;
    }
    dsWrong = QString::fromUtf8(strayDs.readAll()).trimmed();
    const QString zones = m_dir->filePath(u"zones/"_s);
    static const QRegularExpression badsigA(u"^mail\\.badsig\\.test\\.\\s+\\d+\\s+IN\\s+A\\s"_s);
    filterFile(
        zones + u"badsig.test.zone"_s, [](const QString &) { return false; },
        [](const QString &line) {
            return badsigA.match(line).hasMatch()
                       ? QString(line).replace(u"127.0.0.1"_s, u"127.0.0.2"_s)
                       : line;
        });
    static const QRegularExpression nosigMx(u"^nosig\\.test\\.\\s.*\\sRRSIG\\s+MX\\s"_s);
    filterFile(zones + u"nosig.test.zone"_s,
               [](const QString &line) { return nosigMx.match(line).hasMatch(); });

    QStringList nsec3Delegations;
    if (!buildNsec3Zones(window, &nsec3Delegations, error))
        return false;
    QString test = header(u"test."_s) + u"ns A 127.0.0.1\nns AAAA ::1\n"_s +
                   nsec3Delegations.join(u"\n"_s) + u"\n"_s;
    for (const QString &child : {u"secure"_s, u"insecure"_s, u"expired"_s, u"notyet"_s,
                                 u"wrongds"_s, u"badsig"_s, u"nosig"_s, u"stripped"_s, u"many"_s})
        test += child + u" NS ns.test.\n"_s;
    for (const QString &ds : {dsSecure, dsExpired, dsNotyet, dsWrong, dsBadsig, dsNosig, dsMany})
        test += ds + u"\n"_s;
    QString dsTest, rootKsk;
    if (!write(u"test.in"_s, test) || !sign(u"test."_s, u"test"_s, window, &dsTest, nullptr, error))
        return false;
    static const QRegularExpression strippedNsec(
        u"^stripped\\.test\\.\\s.*\\s(NSEC|RRSIG\\s+NSEC)\\s"_s);
    filterFile(zones + u"test.zone"_s,
               [](const QString &line) { return strippedNsec.match(line).hasMatch(); });

    const QString root =
        header(u"."_s) + u"test. NS ns.test.\nns.test. A 127.0.0.1\nns.test. AAAA ::1\n"
                         "com. NS ns.test.\n%1\n"_s.arg(dsTest);
    QString dsRoot;
    if (!write(u"root.in"_s, root) || !sign(u"."_s, u"root"_s, window, &dsRoot, &rootKsk, error))
        return false;
    QFile key(rootKsk + u".key"_s);
    if (!key.open(QIODevice::ReadOnly) || !m_dir->writeFile(u"root.anchor"_s, key.readAll()) ||
        !m_dir->writeFile(u"root.anchor.ds"_s, dsRoot.toUtf8() + "\n")) {
        *error = u"cannot write the trust anchor"_s;
        return false;
    }
    return true;
}

bool DnsLab::start(QString *error)
{
    m_dir = std::make_unique<LabDir>(u"dns"_s);
    if (!m_dir->isValid()) {
        *error = u"no lab directory"_s;
        return false;
    }
    QDir(m_dir->path()).mkpath(u"keys"_s);
    QDir(m_dir->path()).mkpath(u"zones"_s);
    QDir(m_dir->path()).mkpath(u"run"_s);
    QDir(m_dir->path()).mkpath(u"db"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_inception = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() - 86400, Qt::UTC);
    m_expiration = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + 30 * 86400, Qt::UTC);
    // knot.conf first: keymgr makes the key of the knotd-signed zone from it.
    m_port = freeTcpUdpPort();
    m_dir->writeFile(u"knot.conf"_s, knotConfig().toUtf8());
    if (!buildZones(error))
        return false;
    const auto writeConfig = [this](quint16) {
        return m_dir->writeFile(u"knot.conf"_s, knotConfig().toUtf8());
    };
    return m_knot.start(*m_dir, m_port, writeConfig, kZones, false, error) &&
           waitForKnotSigning(error);
}

} // namespace sts::test
