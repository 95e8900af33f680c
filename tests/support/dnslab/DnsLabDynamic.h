#pragma once

#include "TestEnv.h"
#include "dnslab/KnotProcess.h"

#include <QByteArray>
#include <QFileDevice>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace sts::test {

// A small DNSSEC hierarchy for RFC 2136 tests (shared/labs/dns.md §1-3, §5): "." and "test."
// signed with ldns, and `dyn.test.` signed by knotd itself (its key made with keymgr before the
// start, so its DS sits in test.) and open to TSIG-signed updates. Updates are re-signed at once,
// so discovery sees them as secure.
//
// Initial dyn.test content: SOA, NS ns.test., MX 10 mail, MX 20 mx2, mail A 127.0.0.1,
// mail AAAA ::1, mx2 A 127.0.0.2. Nothing for MTA-STS, TLS-RPT or DANE.
// Separate from DnsLab so its zones and API stay unchanged for the tests that use it.
class DnsLabDynamic
{
public:
    DnsLabDynamic();
    ~DnsLabDynamic();
    DnsLabDynamic(const DnsLabDynamic &) = delete;
    DnsLabDynamic &operator=(const DnsLabDynamic &) = delete;

    // knotd, keymgr, kdig, ldns-keygen, ldns-signzone, and `updater` (knsupdate or nsupdate).
    static bool toolsAvailable(QString *missing,
                               const QString &updater = QStringLiteral("knsupdate"));

    bool start(QString *error);

    QString zone() const { return QStringLiteral("dyn.test."); }
    QString domain() const { return QStringLiteral("dyn.test"); }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString resolverSpec() const; // "127.0.0.1:PORT"
    QString trustAnchorFile() const;
    QString tsigAlgorithm() const { return QStringLiteral("hmac-sha256"); }
    QString tsigName() const { return QStringLiteral("upd-key"); }
    QString tsigSecret() const { return m_secret; }
    // A second key for DNS-01 (certbot's dns-rfc2136): allowed to update only the TXT records of
    // _acme-challenge.mail.dyn.test. and _acme-challenge.mta-sts.dyn.test.
    QString acmeKeyName() const { return QStringLiteral("acme-key"); }
    QString acmeSecret() const { return m_acmeSecret; }

    // Runs `program` (knsupdate or nsupdate) on `script` read from a file, as an operator would.
    ToolRun applyScript(const QByteArray &script, const QString &program) const;
    // The zone's SOA serial as served, or -1.
    qint64 serial() const;
    // What the primary serves for `type` at `name` (kdig +short, no recursion), sorted.
    QStringList dig(const QString &type, const QString &name) const;
    // Writes the lab's key as one line "algorithm:name:secret" to `path` with `mode`.
    QString writeKeyFile(const QString &path, QFileDevice::Permissions mode) const;

private:
    bool buildZones(QString *error);

    std::unique_ptr<LabDir> m_dir;
    KnotProcess m_knot;
    quint16 m_port = 0;
    QString m_secret, m_acmeSecret;
};

} // namespace sts::test

// In initTestCase (QtTest): QSKIP when the lab's tools are missing, fail when it does not start.
#define STSDESK_START_DYNAMIC_LAB(lab)                                                             \
    do {                                                                                           \
        QString missing_;                                                                          \
        if (!sts::test::DnsLabDynamic::toolsAvailable(&missing_))                                  \
            QSKIP(qPrintable(QStringLiteral("missing tools: ") + missing_));                       \
        lab = std::make_unique<sts::test::DnsLabDynamic>();                                        \
        QString error_;                                                                            \
        QVERIFY2(lab->start(&error_), qPrintable(error_));                                         \
    } while (false)
