// stsdesk-cli cert inspect FILE: what a certificate (chain) file holds and whether it verifies.
#include "CliContext.h"
#include "tls/ChainVerifier.h"
#include "tls/ExpiryAlert.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

QJsonObject certificateJson(const tls::Certificate &c, const QDateTime &now)
{
    const tls::ExpiryStatus expiry = tls::expiryStatus(c, now);
    return {{u"subject"_s, c.subject()},
            {u"issuer"_s, c.issuer()},
            {u"serial"_s, c.serialHex()},
            {u"dnsNames"_s, QJsonArray::fromStringList(c.dnsNames())},
            {u"notBefore"_s, c.notBefore().toString(Qt::ISODate)},
            {u"notAfter"_s, c.notAfter().toString(Qt::ISODate)},
            {u"daysLeft"_s, expiry.daysLeft},
            {u"expiryLevel"_s, tls::toKey(expiry.level)},
            {u"keyType"_s, tls::toKey(c.keyType())},
            {u"keyBits"_s, c.keyBits()},
            {u"signatureAlgorithm"_s, c.signatureAlgorithm()},
            {u"ca"_s, c.isCa()},
            {u"sha256"_s, QString::fromLatin1(c.sha256().toHex())},
            {u"spkiSha256"_s, QString::fromLatin1(c.spkiSha256().toHex())}};
}

int runCert(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("cert inspect FILE: show the certificates in a PEM or DER file and verify the chain "
           "(exit 1 when it does not verify or does not name --host)."));
    p.addPositionalArgument(u"action"_s, tr("inspect"));
    p.addPositionalArgument(u"file"_s, tr("PEM or DER certificate (chain) file."));
    const QCommandLineOption host(u"host"_s, tr("Check that the certificate names this host."),
                                  u"name"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("Trust only the CAs in this PEM file."),
                                    u"file"_s);
    p.addOptions({host, caFile});
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args[0] != u"inspect"_s)
        return ctx.usageError(tr("Usage: cert inspect FILE [--host NAME] [--ca-file F]"));

    Result<tls::CertificateChain> chain = tls::CertificateChain::fromFile(args[1]);
    if (!chain)
        return ctx.failure(chain.error());
    tls::ChainVerifier verifier(p.isSet(caFile) ? tls::TrustSettings::fromCaFile(p.value(caFile))
                                                : tls::TrustSettings::system());
    if (Status loaded = verifier.load(); !loaded)
        return ctx.failure(loaded.error());
    const QDateTime now = verifier.clock().now();
    const tls::ChainVerification result = verifier.verify(*chain, p.value(host));

    if (ctx.json()) {
        QJsonArray list;
        for (const tls::Certificate &c : chain->certificates())
            list.append(certificateJson(c, now));
        ctx.printJson(QJsonObject{
            {u"file"_s, args[1]}, {u"certificates"_s, list}, {u"verification"_s, result.toJson()}});
    } else {
        QTextStream &out = ctx.out();
        int index = 0;
        for (const tls::Certificate &c : chain->certificates()) {
            const tls::ExpiryStatus expiry = tls::expiryStatus(c, now);
            out << tr("Certificate %1").arg(++index) << '\n'
                << "  " << tr("Subject:") << ' ' << printable(c.subject()) << '\n'
                << "  " << tr("Issuer:") << ' ' << printable(c.issuer()) << '\n'
                << "  " << tr("DNS names:") << ' ' << printable(c.dnsNames().join(u", "_s)) << '\n'
                << "  " << tr("Valid:") << ' ' << c.notBefore().toString(Qt::ISODate) << " – "
                << c.notAfter().toString(Qt::ISODate) << " (" << expiry.describe() << ")\n"
                << "  " << tr("Key:") << ' ' << tls::toKey(c.keyType()) << ' ' << c.keyBits()
                << '\n'
                << "  " << tr("Signature:") << ' ' << c.signatureAlgorithm() << '\n'
                << "  " << tr("SHA-256:") << ' ' << c.sha256().toHex() << '\n'
                << "  " << tr("SPKI SHA-256 (TLSA 3 1 1):") << ' ' << c.spkiSha256().toHex()
                << '\n';
        }
        out << tr("Verification:") << ' ' << printable(result.summary());
        if (!result.ok())
            out << " [" << result.failureType() << ']';
        out << '\n';
        out.flush();
    }
    return result.ok() ? ExitOk : ExitFailure;
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"cert"_s, QT_TRANSLATE_NOOP("cli", "Inspect and verify a certificate file"),
    &sts::cli::runCert};
