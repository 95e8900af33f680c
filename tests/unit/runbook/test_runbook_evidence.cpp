// What the runbook says is live comes from the stored engagement, not from stand-ins: the policy
// versions with their publication date and evidence, the certificate paths of the renewal
// settings, the key rotation from the engagement's own digests and the TLSA TTL found in DNS, the
// BSI rows from the stored probes, the scripts wrapped in an appendix, and the customer's page.
#include "RunbookFixture.h"
#include "RunbookText.h"
#include "runbook/RunbookBuilder.h"
#include "runbook/RunbookData.h"
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookLanguage.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::runbook;

class TestRunbookEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<storage::Database> m_db;
    test::RunbookFixture m_fixture;
    const QDateTime m_now{QDate(2026, 12, 8), QTime(10, 0), Qt::UTC};
    const RunbookLanguage m_english{u"en"_s};
    RunbookData m_data;

    RunbookDocument build(const RunbookData &data, bool bsi = false) const
    {
        RunbookOptions options;
        options.now = m_now;
        options.bsiChecklist = bsi;
        return RunbookBuilder(data, options, m_english).build();
    }
    QString sectionText(const RunbookData &data, const QString &key, bool bsi = false) const
    {
        const RunbookDocument document = build(data, bsi);
        const RunbookSection *s = test::section(document, key);
        return s ? test::unwrapped(s->html) : QString();
    }
    // The BSI row that starts with `requirement`: its "Met" and evidence cells.
    QString bsiRow(const RunbookData &data, const QString &requirement) const
    {
        const RunbookDocument document = build(data, true);
        const QString html = test::section(document, u"bsi"_s)->html;
        for (const QString &row : html.split(u"<tr>"_s))
            if (test::plainText(row).startsWith(requirement))
                return test::plainText(row).mid(requirement.size()).trimmed();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_fixture.openPopulated(m_dir.path(), m_now);
        QVERIFY2(m_db, qPrintable(m_fixture.error));
        Result<RunbookData> data =
            loadRunbookData(m_db, m_fixture.engagementId, m_now, m_english.text());
        QVERIFY2(data.ok(), data ? "" : qPrintable(data.error().message));
        m_data = *data;
    }

    // Every stored version with its state: the enforce version live since it was published, on a
    // verification whose time is shown; the testing version superseded, published without proof
    // and the reason given. Nothing is called a draft.
    void versionsShowPublishedWithDate()
    {
        const QString text = sectionText(m_data, u"policies"_s);
        const QString published = m_english.formatTime(m_fixture.enforcePublishedAt);
        QVERIFY2(text.contains(u"%1 enforce 604800 mx1.runbook.example mx2.runbook.example live "
                               u"published %2 verified %3"_s.arg(
                                   m_fixture.enforcePolicyId, published,
                                   m_english.formatTime(m_fixture.enforceVerifiedAt))),
                 qPrintable(text));
        QVERIFY2(
            text.contains(u"%1 testing 86400 mx1.runbook.example mx2.runbook.example "
                          u"superseded %2 published "_s.arg(m_fixture.testingPolicyId, published)),
            qPrintable(text));
        QVERIFY(
            text.contains(u"published without proof: %1"_s.arg(m_fixture.testingPublishReason)));
        QVERIFY(!text.contains(u"draft"_s));
        QVERIFY(
            text.contains(u"Evidence that version %1 is live"_s.arg(m_fixture.enforcePolicyId)));
        QVERIFY(text.contains(u"HTTP 200, identical to the version"_s));

        // The records are those of the live version, and the TLSA records DNS has are listed as
        // found (mx1 with its TTL of 1800, mx2 none).
        const QString records = sectionText(m_data, u"records"_s);
        QVERIFY(records.contains(u"The records of the live policy version %1, published %2"_s.arg(
            m_fixture.enforcePolicyId, published)));
        QVERIFY2(records.contains(u"_25._tcp.mx1.runbook.example. 1800 3 1 1 %1 secure"_s.arg(
                     QString::fromLatin1(m_fixture.mx1SpkiSha256Hex))),
                 qPrintable(records));
        QVERIFY(records.contains(u"_25._tcp.mx2.runbook.example. none secure"_s));
    }

    // Where the deploy hooks install key and chain, as the renewal settings say: change them, and
    // the inventory follows. No certbot live folder is named.
    void certificatePathsFromSettings()
    {
        QVERIFY(m_data.renewal);
        QString text = sectionText(m_data, u"certificates"_s);
        for (const QString &path :
             {u"/etc/postfix/tls/mx1.runbook.example/fullchain.pem"_s,
              u"/etc/postfix/tls/mx2.runbook.example/privkey.pem"_s,
              u"/etc/nginx/tls/mta-sts.runbook.example/fullchain.pem"_s,
              u"/usr/local/lib/stsdesk/hooks/deploy-mx1.runbook.example.sh"_s,
              u"Issuer CN=STS Desk Test Intermediate CA"_s, u"SANs mx2.runbook.example"_s})
            QVERIFY2(text.contains(path), qPrintable(path + u" in "_s + text));
        QVERIFY(!text.contains(u"/etc/letsencrypt"_s));

        RunbookData moved = m_data;
        moved.renewal->tlsDir = u"/srv/tls"_s;
        moved.renewal->scriptDir = u"/opt/hooks"_s;
        moved.renewal->mta = deploy::Mta::Exim;
        text = sectionText(moved, u"certificates"_s);
        for (const QString &path : {u"/srv/tls/mx1.runbook.example/privkey.pem"_s,
                                    u"/srv/tls/mta-sts.runbook.example/fullchain.pem"_s,
                                    u"/opt/hooks/hooks/deploy-mx2.runbook.example.sh"_s,
                                    u"/opt/hooks/alert/expiry-alert.sh"_s})
            QVERIFY2(text.contains(path), qPrintable(path + u" in "_s + text));
    }

    // The rotation procedure names the key the host serves, the staged next key and the TTL the
    // TLSA records have in DNS (1800 for mx1), in records ready to publish.
    void rotationUsesRealDigests()
    {
        const QString text = sectionText(m_data, u"dane"_s);
        const QString current = QString::fromLatin1(m_fixture.mx1SpkiSha256Hex);
        const QString next = QString::fromLatin1(m_fixture.stagedNextSpkiSha256Hex);
        QVERIFY(!next.isEmpty());
        QVERIFY(text.contains(u"TTL of the TLSA records in DNS: 1,800 s"_s));
        QVERIFY2(
            text.contains(u"1. Publish both TLSA records (current and next key) for "
                          u"mx1.runbook.example. _25._tcp.mx1.runbook.example. 1800 IN TLSA "
                          u"3 1 1 %1 _25._tcp.mx1.runbook.example. 1800 IN TLSA 3 1 1 %2"_s.arg(
                              current, next)),
            qPrintable(text));
        QVERIFY(text.contains(u"3. After another two TTLs, remove the old key’s record"_s));
        QVERIFY(text.contains(u"_25._tcp.mx1.runbook.example. 1800 IN TLSA 3 1 1 %1"_s.arg(next)));
        // mx2 has no TLSA in DNS yet: the TTL the handed-over records carry, said as such.
        QVERIFY(text.contains(u"DNS has no TLSA records for this host yet; the records handed over "
                              u"carry a TTL of 3,600 s"_s));
        QVERIFY(text.contains(u"/usr/local/lib/stsdesk/tlsa/mx1.runbook.example.accepted"_s));
        QVERIFY(!text.contains(u"1111111111"_s) && !text.contains(u"2222222222"_s));
    }

    // The TLS row shows protocol and cipher of every probe and does not claim what the probe did
    // not test; a refusal the probe recorded makes it "yes", a weak suite "no". TLSA counts only
    // as found in DNS, secure and matching; expiry only with an alert address recorded.
    void bsiRowReflectsProbe()
    {
        const QString tlsRow = u"TLS 1.2 or newer only, with the cipher suites of BSI TR-02102-2"_s;
        QString row = bsiRow(m_data, tlsRow);
        QVERIFY2(row.startsWith(u"not tested "_s), qPrintable(row));
        QVERIFY(
            row.contains(u"mx1.runbook.example (192.0.2.25): TLSv1.3, TLS_AES_256_GCM_SHA384"_s));
        QVERIFY(row.contains(u"Refusal of TLS 1.0 and 1.1: not tested"_s));

        RunbookData refused = m_data;
        for (storage::StoredProbe &p : refused.probes)
            p.detail.insert(
                u"legacyProtocols"_s,
                QJsonArray{
                    QJsonObject{{u"protocol"_s, u"TLSv1"_s}, {u"outcome"_s, u"refused"_s}},
                    QJsonObject{{u"protocol"_s, u"TLSv1.1"_s}, {u"outcome"_s, u"refused"_s}}});
        row = bsiRow(refused, tlsRow);
        QVERIFY2(row.startsWith(u"yes "_s), qPrintable(row));

        RunbookData weak = refused;
        weak.probes.first().detail.insert(u"tlsProtocol"_s, u"TLSv1.2"_s);
        weak.probes.first().detail.insert(u"cipher"_s, u"AES128-SHA"_s);
        row = bsiRow(weak, tlsRow);
        QVERIFY2(row.startsWith(u"no "_s), qPrintable(row));
        QVERIFY(row.contains(u"TLSv1.2, AES128-SHA – not recommended by TR-02102-2"_s));

        row = bsiRow(m_data, u"DANE TLSA records published for every MX host"_s);
        QVERIFY2(row.startsWith(u"no mx1.runbook.example: found in DNS, secure, matches the served "
                                u"key mx2.runbook.example: no TLSA records found in DNS"_s),
                 qPrintable(row));
        row = bsiRow(m_data, u"Certificate expiry monitored (30/14/7 days)"_s);
        QVERIFY2(row.startsWith(u"no alert script generated, but no alert address"_s),
                 qPrintable(row));
        RunbookData alerted = m_data;
        alerted.alertsConfigured = true;
        QVERIFY(bsiRow(alerted, u"Certificate expiry monitored (30/14/7 days)"_s)
                    .startsWith(u"yes /usr/local/lib/stsdesk/alert/expiry-alert.sh"_s));
    }

    // Scripts are in the appendix, each line within the page (long ones continue after the mark),
    // none of them in the body; the body refers to them by their appendix number.
    void scriptsWrapped()
    {
        const RunbookDocument document = build(m_data);
        for (const RunbookSection &s : document.sections)
            if (s.key != u"appendix"_s)
                QVERIFY2(!s.html.contains(u"#!/bin/sh"_s), qPrintable(s.key));
        const RunbookSection *appendix = test::section(document, u"appendix"_s);
        QVERIFY(appendix);
        QVERIFY(!appendix->html.contains(u"<pre"_s));
        const QString text = test::plainText(appendix->html);
        for (const QString &file :
             {u"hooks/deploy-mx1.runbook.example.sh"_s, u"alert/expiry-alert.sh"_s,
              u"certbot/issue-mta-sts.runbook.example.sh"_s, u"dns/nsupdate.txt"_s,
              u"systemd/stsdesk-renewal.timer"_s})
            QVERIFY2(text.contains(file), qPrintable(file));
        // Each code line is a paragraph of its own, none longer than the columns that fit.
        const QRegularExpression line(u"white-space:pre;[^>]*>([^<]*)</p>"_s);
        int lines = 0, wrapped = 0;
        for (auto it = line.globalMatch(appendix->html); it.hasNext(); ++lines) {
            const QString content = test::plainText(it.next().captured(1));
            QVERIFY2(content.size() <= html::codeColumns, qPrintable(content));
            wrapped += content.contains(QChar(html::continuationMark));
        }
        QVERIFY(lines > 100);
        QVERIFY(wrapped > 0); // the deploy hook's long lines are among them
        QVERIFY(test::plainText(test::section(document, u"renewal"_s)->html)
                    .contains(u"hooks/deploy-mx1.runbook.example.sh certbot deploy hook"_s));

        // Wrapping keeps every character and says where it continued.
        const QString longLine = u"    certbot certonly "_s + QString(150, u'x') + u" --end"_s;
        const QStringList parts = html::wrapCodeLine(longLine);
        QVERIFY(parts.size() >= 2);
        QString joined = parts.first();
        for (const QString &part : parts.mid(1)) {
            QVERIFY(part.startsWith(u"    "_s + QChar(html::continuationMark) + u' '));
            QVERIFY(part.size() <= html::codeColumns);
            joined += part.mid(6);
        }
        QCOMPARE(joined, longLine);
    }

    // The customer's page compares the three mechanisms and says what this domain has now.
    void protectionsPageForTheCustomer()
    {
        const QString text = sectionText(m_data, u"protections"_s);
        for (const QString &expected :
             {u"Opportunistic STARTTLS"_s, u"MTA-STS"_s, u"DANE"_s,
              u"Yes: every mail server probed offers STARTTLS."_s,
              u"Yes, enforced since %1"_s.arg(
                  m_english.formatDay(m_fixture.enforcePublishedAt.date())),
              u"Possible, not complete: no matching TLSA record in DNS for mx2.runbook.example."_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }
};

QTEST_GUILESS_MAIN(TestRunbookEvidence)
#include "test_runbook_evidence.moc"
