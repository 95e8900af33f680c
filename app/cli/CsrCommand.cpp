// stsdesk-cli csr: a new private key (0600) and a CSR for an engagement's hosts.
#include "CliContext.h"
#include "services/KeyService.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

int runCsr(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Generate a private key (ECDSA P-256 unless --rsa is given) and a certificate signing "
           "request whose subjectAltNames are exactly the given hosts. The key file is created "
           "with mode 0600 and never stored in the workspace."));
    const QCommandLineOption engagement(u"engagement"_s, tr("Engagement id."), u"id"_s);
    const QCommandLineOption hosts(u"hosts"_s, tr("Comma-separated host names."), u"list"_s);
    const QCommandLineOption rsa(u"rsa"_s, tr("RSA key of 2048, 3072 or 4096 bits."), u"bits"_s);
    const QCommandLineOption out(u"out"_s, tr("Secrets folder (created with mode 0700)."),
                                 u"dir"_s);
    const QCommandLineOption next(u"next"_s, tr("Also stage the next key for a DANE rollover."));
    const QCommandLineOption passphraseFile(
        u"passphrase-file"_s, tr("Encrypt the key with the passphrase in this file."), u"file"_s);
    p.addOptions({engagement, hosts, rsa, out, next, passphraseFile});
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    bool ok = false;
    const qint64 id = p.value(engagement).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(tr("--engagement takes an engagement id."));
    const QStringList hostList = p.value(hosts).split(u',', Qt::SkipEmptyParts);
    if (hostList.isEmpty())
        return ctx.usageError(tr("--hosts takes at least one host name."));
    tls::KeyAlgorithm algorithm = tls::KeyAlgorithm::EcdsaP256;
    if (p.isSet(rsa)) {
        const QString bits = p.value(rsa);
        if (!tls::fromKey(u"rsa-"_s + bits, algorithm))
            return ctx.usageError(tr("--rsa takes 2048, 3072 or 4096."));
    }
    QByteArray passphrase;
    if (p.isSet(passphraseFile)) {
        QFile file(p.value(passphraseFile));
        if (!file.open(QIODevice::ReadOnly))
            return ctx.failure(
                {u"cli.passphrase-file"_s, tr("Cannot read “%1”.").arg(file.fileName())});
        passphrase = file.readLine().trimmed();
        if (passphrase.isEmpty())
            return ctx.usageError(tr("The passphrase file is empty."));
    }

    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    KeyRequest request;
    request.hosts = hostList;
    request.algorithm = algorithm;
    request.passphrase = passphrase;
    request.stageNext = p.isSet(next);
    request.secretsDir = p.value(out);
    // The event records where the files are and the public digests, never the key itself.
    const Result<QJsonObject> generated = KeyService(*workspace).generate(id, request);
    if (!generated)
        return ctx.failure(generated.error());
    const QJsonObject &result = *generated;

    if (ctx.json()) {
        ctx.printJson(result);
    } else {
        QTextStream &o = ctx.out();
        for (const QString &which : {u"current"_s, u"next"_s}) {
            const QJsonObject key = result.value(which).toObject();
            if (key.isEmpty())
                continue;
            o << (which == u"current"_s ? tr("Key:") : tr("Next key:")) << ' '
              << printable(key.value(u"keyPath"_s).toString()) << '\n'
              << "  " << tr("CSR:") << ' ' << printable(key.value(u"csrPath"_s).toString()) << '\n'
              << "  " << tr("TLSA:") << ' ' << key.value(u"tlsa"_s).toString() << '\n';
        }
        o.flush();
    }
    return ExitOk;
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"csr"_s, QT_TRANSLATE_NOOP("cli", "Generate a key and a certificate signing request"),
    &sts::cli::runCsr};
