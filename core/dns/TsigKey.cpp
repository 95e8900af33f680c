#include "dns/TsigKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dns", text); // lupdate: free functions in sts::dns
}

// tsig-keygen and ddns-confgen: `key "name" { algorithm hmac-sha256; secret "..."; };`
void bindKeys(const QString &text, QList<TsigKey> &keys)
{
    static const QRegularExpression block(uR"re(\bkey\s+"?([^"\s{]+)"?\s*\{([^}]*)\}\s*;)re"_s);
    static const QRegularExpression algorithm(uR"re(\balgorithm\s+"?([A-Za-z0-9.-]+)"?\s*;)re"_s);
    static const QRegularExpression secret(uR"re(\bsecret\s+"([^"]*)"\s*;)re"_s);
    for (const QRegularExpressionMatch &m : block.globalMatch(text)) {
        const QString body = m.captured(2);
        keys.append({m.captured(1), algorithm.match(body).captured(1),
                     secret.match(body).captured(1).toLatin1()});
    }
}

// keymgr -t: a `key:` list of `- id:`, `algorithm:` and `secret:` entries.
void knotKeys(const QString &text, QList<TsigKey> &keys)
{
    static const QRegularExpression entry(
        uR"re(^\s*(-\s+)?(id|algorithm|secret):\s*(\S+)\s*$)re"_s);
    TsigKey *current = nullptr;
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch m = entry.match(line);
        if (!m.hasMatch())
            continue;
        if (m.captured(2) == u"id"_s) {
            keys.append({m.captured(3), {}, {}});
            current = &keys.last();
        } else if (current && m.captured(2) == u"algorithm"_s) {
            current->algorithm = m.captured(3);
        } else if (current) {
            current->secret = m.captured(3).toLatin1();
        }
    }
}

// nsupdate -y, and the comment line keymgr -t prints: `[algorithm:]name:secret`.
void lineKeys(const QString &text, QList<TsigKey> &keys)
{
    static const QRegularExpression form(
        uR"re(^#?\s*(?:([A-Za-z0-9.-]+):)?([^:\s#]+):([A-Za-z0-9+/]+=*)\s*$)re"_s);
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch m = form.match(line.trimmed());
        if (m.hasMatch())
            keys.append({m.captured(2), m.captured(1), m.captured(3).toLatin1()});
    }
}

} // namespace

bool TsigKey::isSupportedAlgorithm(const QString &algorithm)
{
    return algorithm == u"hmac-sha256"_s || algorithm == u"hmac-sha512"_s;
}

Result<TsigKey> readTsigKeyFile(const QString &path)
{
    QFile file(path);
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode) ||
        !file.open(QIODevice::ReadOnly))
        return Error{u"dns.tsig-file"_s, tr("Cannot read the TSIG key file “%1”.").arg(path)};
    if (info.st_mode & S_IROTH)
        return Error{u"dns.tsig-file-mode"_s,
                     tr("The TSIG key file “%1” can be read by every user of this computer "
                        "(mode %2). Make it the owner's alone (chmod 600) and create a new key: "
                        "the secret may have been read.")
                         .arg(path)
                         .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0'))};
    const QString text = QString::fromUtf8(file.read(64 * 1024));

    QList<TsigKey> found;
    bindKeys(text, found);
    knotKeys(text, found);
    lineKeys(text, found);
    QList<TsigKey> keys;
    for (TsigKey key : found) {
        key.algorithm = key.algorithm.isEmpty() ? u"hmac-sha256"_s : key.algorithm.toLower();
        if (key.algorithm.endsWith(u'.'))
            key.algorithm.chop(1);
        // keymgr prints the same key twice (its comment line and its YAML).
        const bool seen = std::any_of(keys.cbegin(), keys.cend(), [&](const TsigKey &k) {
            return k.name == key.name && k.algorithm == key.algorithm && k.secret == key.secret;
        });
        if (!seen)
            keys.append(key);
    }
    if (keys.size() != 1)
        return Error{u"dns.tsig-format"_s,
                     keys.isEmpty()
                         ? tr("“%1” holds no TSIG key (expected BIND’s key \"name\" { … }; "
                              "block, keymgr -t output or a line algorithm:name:secret).")
                               .arg(path)
                         : tr("“%1” holds %2 TSIG keys; give a file with the one for this "
                              "zone.")
                               .arg(path)
                               .arg(keys.size())};
    const TsigKey &key = keys.first();
    if (!TsigKey::isSupportedAlgorithm(key.algorithm))
        return Error{u"dns.tsig-algorithm"_s,
                     tr("The TSIG key “%1” uses %2; STS Desk signs updates with hmac-sha256 or "
                        "hmac-sha512.")
                         .arg(key.name, key.algorithm)};
    const auto decoded =
        QByteArray::fromBase64Encoding(key.secret, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return Error{
            u"dns.tsig-secret"_s,
            tr("The secret of the TSIG key “%1” in “%2” is not base64.").arg(key.name, path)};
    return key;
}

} // namespace sts::dns
