#pragma once

#include "tls/CertificateChain.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <memory>

struct x509_store_st;

namespace sts::tls {

// Where trust comes from: the system store by default, or only the CA bundle file given (tests
// use their own root; a customer may pin a private CA).
struct TrustSettings
{
    QString caFile;             // PEM bundle; when set, the system store is not used
    bool useSystemStore = true; // ignored when caFile is set

    static TrustSettings system() { return {}; }
    static TrustSettings fromCaFile(const QString &path)
    {
        TrustSettings settings;
        settings.caFile = path;
        return settings;
    }
};

// Everything learned from one verification. The RFC 8460 result type is derived from the flags,
// so a probe, a report and the GUI speak about the same failure in the same words.
struct ChainVerification
{
    Q_DECLARE_TR_FUNCTIONS(sts::tls::ChainVerification)

public:
    bool trusted = false;             // a path to a trust anchor was built (dates aside)
    bool expired = false;             // some certificate on the path is past notAfter
    bool notYetValid = false;         // some certificate on the path is before notBefore
    bool nameChecked = false;         // a host name was given
    bool nameMatches = false;         // the leaf names that host (RFC 6125)
    bool missingIntermediate = false; // the issuer of the last served certificate is unknown
    bool selfSigned = false;          // the leaf is self-signed and not a trust anchor
    bool ordered = true;              // served in issuing order
    QString missingIssuer;            // subject of the certificate that was not served
    QStringList verifyErrors;         // OpenSSL's reasons, in plain words
    QList<Certificate> path;          // the verified path, leaf first, ending at the anchor

    bool ok() const { return trusted && !expired && !notYetValid && (!nameChecked || nameMatches); }
    // "certificate-not-trusted", "certificate-expired", "certificate-host-mismatch",
    // "validation-failure", or empty when ok().
    QString failureType() const;
    QString summary() const; // translated one-liner
    QJsonObject toJson() const;
};

// Verifies served chains against a trust store, as of the injected clock's time. Copies share one
// store; verify() is const and may run concurrently on worker threads.
class ChainVerifier
{
public:
    explicit ChainVerifier(TrustSettings settings = {},
                           std::shared_ptr<const Clock> clock = Clock::system());

    // Fails when the CA file cannot be read or holds no certificate.
    Status load();
    bool isLoaded() const { return m_store != nullptr; }

    ChainVerification verify(const CertificateChain &served, const QString &host = {}) const;

    const TrustSettings &settings() const { return m_settings; }
    const Clock &clock() const { return *m_clock; }
    // The certificates of the CA file (empty for the system store), e.g. to name trust anchors.
    QList<Certificate> anchors() const { return m_anchors; }

private:
    TrustSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    std::shared_ptr<x509_store_st> m_store;
    QList<Certificate> m_anchors;
};

} // namespace sts::tls
