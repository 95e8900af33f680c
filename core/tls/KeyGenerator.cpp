#include "tls/KeyGenerator.h"

#include "tls/CsrBuilder.h"
#include "util/OutputFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sts::tls {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tls::KeyGenerator", text);
}

} // namespace

QString KeyGenerator::engagementSecretsDir(qint64 engagementId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/secrets/engagement-%1"_s.arg(engagementId);
}

QString KeyGenerator::keyName(const QString &domain, const QDateTime &at)
{
    // A domain may have 253 characters, a name that generate() accepts 101, and the staged key
    // adds "-next": a longer domain keeps its start and gets a digest of the whole, so that two
    // long domains with the same start still get different names.
    constexpr qsizetype kMaxDomainPart = 79; // + "-yyyyMMddTHHmmssZ" + "-next" = 101
    QString part = domain;
    if (part.size() > kMaxDomainPart) {
        const QByteArray digest =
            QCryptographicHash::hash(domain.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        part = domain.left(kMaxDomainPart - 9) + u'-' + QString::fromLatin1(digest);
    }
    return part + u'-' + at.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

Status KeyGenerator::prepareDir() const
{
    if (QDir(m_dir).exists())
        return {};
    QDir parent = QFileInfo(m_dir).absoluteDir();
    if (!parent.exists() && !parent.mkpath(u"."_s))
        return Error{u"tls.secrets-dir"_s, tr("Cannot create “%1”").arg(parent.path())};
    if (::mkdir(QFile::encodeName(m_dir).constData(), 0700) != 0 && errno != EEXIST)
        return Error{
            u"tls.secrets-dir"_s,
            tr("Cannot create “%1”: %2").arg(m_dir, QString::fromLocal8Bit(strerror(errno)))};
    return {};
}

Result<GeneratedKey> KeyGenerator::generate(const QString &name, KeyAlgorithm algorithm,
                                            const QStringList &csrHosts,
                                            const QByteArray &passphrase) const
{
    static const QRegularExpression safeName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$"_s);
    if (!safeName.match(name).hasMatch())
        return Error{u"tls.key-name"_s, tr("“%1” cannot be used as a key file name").arg(name)};
    if (Status dir = prepareDir(); !dir)
        return dir.error();
    Result<PrivateKey> key = PrivateKey::generate(algorithm);
    if (!key)
        return key.error();
    GeneratedKey out;
    out.algorithm = algorithm;
    out.keyPath = QDir(m_dir).filePath(name + u".key"_s);
    out.spkiSha256 = key->spkiSha256();
    if (!csrHosts.isEmpty()) {
        // Build the CSR before writing anything so that a bad host list leaves no stray key.
        Result<QByteArray> csr = CsrBuilder().setHosts(csrHosts).buildPem(*key);
        if (!csr)
            return csr.error();
        out.csrPem = *csr;
        out.csrPath = QDir(m_dir).filePath(name + u".csr.pem"_s);
    }
    Result<QByteArray> pem = key->toPem(passphrase);
    if (!pem)
        return pem.error();
    if (Status saved = writeNewFile(out.keyPath, *pem, 0600); !saved)
        return saved.error();
    out.keyFileSha256 = QCryptographicHash::hash(*pem, QCryptographicHash::Sha256);
    if (!out.csrPath.isEmpty()) {
        if (Status saved = writeNewFile(out.csrPath, out.csrPem, 0644); !saved)
            return saved.error();
    }
    return out;
}

Result<StagedKeys> KeyGenerator::generateWithNext(const QString &name, KeyAlgorithm algorithm,
                                                  const QStringList &csrHosts,
                                                  const QByteArray &passphrase) const
{
    Result<GeneratedKey> current = generate(name, algorithm, csrHosts, passphrase);
    if (!current)
        return current.error();
    Result<GeneratedKey> next = generate(name + u"-next"_s, algorithm, csrHosts, passphrase);
    if (!next)
        return next.error();
    return StagedKeys{*current, *next};
}

} // namespace sts::tls
