#pragma once

#include "dns/DnsRecord.h"
#include "util/MessageText.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::dns {

// One observation of discovery, kept as a stable `code` ("mx.cname-target") with the `args` its
// sentence is built from, and phrased where it is shown (text(), see FindingText.cpp): a
// snapshot taken by the English CLI reads in German in the German wizard and runbook.
struct Finding
{
    enum class Severity { Info, Warning, Error };
    QString code;
    Severity severity = Severity::Info;
    QString host; // the MX host or owner name concerned; empty for the domain as a whole
    QStringList args = {};
    // The sentence as stored by a version that kept no arguments, or with a code this version
    // cannot phrase: shown as it is. Empty for the findings this version makes.
    QString storedText = {};

    QString text(TextLanguage language = TextLanguage::Translated) const;

    static QString severityName(Severity severity); // "info", "warning", "error"
    // With "message" in English, for scripts written against versions without "args".
    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject &json);
    bool operator==(const Finding &) const = default;
};

// Mail providers recognised from MX host names: "microsoft365", "google-workspace" or empty.
QString recognizeProvider(const QString &mxHost);
QString providerDisplayName(const QString &provider,
                            TextLanguage language = TextLanguage::Translated);

// True for an MX target that is an address rather than a host name ("127.0.0.1", "[::1]").
bool isIpLiteral(const QString &mxHost);

// RFC 7672 checks on the TLSA RRset at _25._tcp.<host>: SHA-256 of empty input, digest length
// not matching the matching type, usages 0/1 (PKIX) that do not apply to port 25.
QList<Finding> checkTlsaRecords(const QString &host, const QList<DnsRecord> &records);
// A record a sender could use: usage 2 or 3, selector 0/1, matching 0/1/2 with a fitting length.
bool isUsableTlsa(const DnsRecord &record);

} // namespace sts::dns
