#include "dane/Tlsa.h"

#include "tls/NameMatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::dane {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::dane::TlsaRecord", text);
}

QByteArray selected(const tls::Certificate &certificate, Selector selector)
{
    return selector == Selector::Spki ? certificate.spkiDer() : certificate.der();
}

QByteArray matched(const QByteArray &data, MatchingType type)
{
    switch (type) {
    case MatchingType::Exact:
        return data;
    case MatchingType::Sha256:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    case MatchingType::Sha512:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    }
    return {};
}

} // namespace

TlsaRecord TlsaRecord::fromCertificate(const tls::Certificate &certificate, Usage usage,
                                       Selector selector, MatchingType matchingType)
{
    TlsaRecord record;
    record.usage = quint8(usage);
    record.selector = quint8(selector);
    record.matchingType = quint8(matchingType);
    record.data = matched(selected(certificate, selector), matchingType);
    return record;
}

TlsaRecord TlsaRecord::fromSpkiSha256(const QByteArray &digest, Usage usage)
{
    TlsaRecord record;
    record.usage = quint8(usage);
    record.data = digest;
    return record;
}

Result<TlsaRecord> TlsaRecord::parse(const QString &text)
{
    static const QRegularExpression form(
        u"^\\s*(\\d{1,3})\\s+(\\d{1,3})\\s+(\\d{1,3})\\s+([0-9A-Fa-f\\s]+?)\\s*$"_s);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return Error{u"dane.tlsa-syntax"_s,
                     tr("“%1” is not TLSA record data (“usage selector type hex”)").arg(text)};
    QString hex = m.captured(4);
    hex.remove(QRegularExpression(u"\\s"_s));
    if (hex.size() % 2 != 0)
        return Error{u"dane.tlsa-syntax"_s, tr("The hex data has an odd number of digits")};
    const int usage = m.captured(1).toInt();
    const int selector = m.captured(2).toInt();
    const int type = m.captured(3).toInt();
    if (usage > 255 || selector > 255 || type > 255)
        return Error{u"dane.tlsa-syntax"_s, tr("TLSA fields are numbers from 0 to 255")};
    TlsaRecord record;
    record.usage = quint8(usage);
    record.selector = quint8(selector);
    record.matchingType = quint8(type);
    record.data = QByteArray::fromHex(hex.toLatin1());
    return record;
}

Status TlsaRecord::validate() const
{
    if (usage > 3)
        return Error{u"dane.tlsa-usage"_s, tr("Unknown certificate usage %1").arg(usage)};
    if (selector > 1)
        return Error{u"dane.tlsa-selector"_s, tr("Unknown selector %1").arg(selector)};
    if (matchingType > 2)
        return Error{u"dane.tlsa-matching"_s, tr("Unknown matching type %1").arg(matchingType)};
    if (data.isEmpty())
        return Error{u"dane.tlsa-empty"_s, tr("The record carries no data")};
    const int wanted = matchingType == 1 ? 32 : matchingType == 2 ? 64 : 0;
    if (wanted && data.size() != wanted)
        return Error{u"dane.tlsa-length"_s, tr("A SHA-%1 digest has %2 hex digits, this one has %3")
                                                .arg(wanted == 32 ? 256 : 512)
                                                .arg(wanted * 2)
                                                .arg(data.size() * 2)};
    if (matchingType != 0 && data == matched(QByteArray(), MatchingType(matchingType)))
        return Error{u"dane.tlsa-empty-digest"_s,
                     tr("The digest is that of empty input: the certificate or key was not read")};
    return {};
}

bool TlsaRecord::isUsableForSmtp() const
{
    return (usage == quint8(Usage::DaneTa) || usage == quint8(Usage::DaneEe)) && validate().ok();
}

QString TlsaRecord::toString() const
{
    return u"%1 %2 %3 %4"_s.arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex()));
}

QString TlsaRecord::ownerName(const QString &host, int port) const
{
    return u"_%1._tcp.%2."_s.arg(port).arg(tls::NameMatcher::normalizeHost(host));
}

QString TlsaRecord::zoneLine(const QString &host, int ttl, int port) const
{
    return u"%1 %2 IN TLSA %3"_s.arg(ownerName(host, port)).arg(ttl).arg(toString());
}

QJsonObject TlsaRecord::toJson() const
{
    return {{u"usage"_s, usage},
            {u"selector"_s, selector},
            {u"matchingType"_s, matchingType},
            {u"data"_s, QString::fromLatin1(data.toHex())},
            {u"text"_s, toString()}};
}

} // namespace sts::dane
