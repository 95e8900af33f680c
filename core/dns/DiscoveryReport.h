#pragma once

#include "dns/DnsRecord.h"
#include "dns/MxAnalysis.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::dns {

// Whether a sender could use DANE toward one MX host (RFC 7672 §2.2).
enum class DaneState {
    Usable,      // secure TLSA RRset with at least one usable record
    Possible,    // host zone is signed (secure addresses) but publishes no TLSA yet
    NotPossible, // host addresses or TLSA are insecure (unsigned zone)
    Broken,      // bogus TLSA or address RRset: DANE senders defer mail
    Unknown,     // lookups did not complete
};
QString daneStateName(DaneState state); // stable: "usable", "not-possible", ...
DaneState daneStateFromName(const QString &name);
// For people: "usable", "possible (no usable TLSA record yet)", ... translated.
QString daneStateText(DaneState state, TextLanguage language = TextLanguage::Translated);

struct MxHostReport
{
    QString name; // lower case, no final dot
    int preference = 0;
    QString provider; // see recognizeProvider()
    bool ipLiteral = false;
    LookupResult a, aaaa, tlsa;
    DaneState dane = DaneState::Unknown;

    QStringList addresses() const;
    QJsonObject toJson() const;
    static MxHostReport fromJson(const QJsonObject &json);
    bool operator==(const MxHostReport &) const = default;
};

// Everything discovery found about one mail domain. Round-trips through JSON (stored snapshots).
struct DiscoveryReport
{
    QString domain;
    QString resolver;     // ResolverConfig::describe()
    QString anchorZone;   // owner of the trust anchor used
    QDateTime finishedAt; // UTC
    LookupResult mx;
    bool nullMx = false;     // RFC 7505 "MX 0 ."
    bool implicitMx = false; // no MX: the domain's own A/AAAA are used (RFC 5321 §5.1)
    QList<MxHostReport> hosts;
    LookupResult stsTxt;                      // _mta-sts.<domain> TXT
    LookupResult tlsRptTxt;                   // _smtp._tls.<domain> TXT
    LookupResult oldTlsRptTxt;                // _smtp-tlsrpt.<domain> TXT (pre-RFC name)
    LookupResult policyHostA, policyHostAaaa; // mta-sts.<domain>
    QString stsId;                            // from the one valid _mta-sts record, if any
    QStringList tlsRptRua;                    // from the one valid _smtp._tls record, if any
    QList<Finding> findings;

    QList<QByteArray> stsTxtStrings() const { return txtOf(stsTxt); }
    QList<QByteArray> tlsRptTxtStrings() const { return txtOf(tlsRptTxt); }
    static QList<QByteArray> txtOf(const LookupResult &result);
    bool hasFinding(const QString &code, const QString &host = {}) const;

    QJsonObject toJson() const;
    static DiscoveryReport fromJson(const QJsonObject &json);
    bool operator==(const DiscoveryReport &) const = default;
};

} // namespace sts::dns
