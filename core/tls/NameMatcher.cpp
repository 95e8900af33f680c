#include "tls/NameMatcher.h"

#include "tls/Certificate.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace sts::tls::NameMatcher {

QString normalizeHost(const QString &host)
{
    QString name = host.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty())
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    if (ace.isEmpty() || ace.startsWith(u'.') || ace.contains(u".."_s))
        return {};
    return ace;
}

bool matches(const QString &presentedId, const QString &host)
{
    const QString reference = normalizeHost(host);
    if (reference.isEmpty() || presentedId.isEmpty())
        return false;
    QString presented = presentedId.trimmed().toLower();
    if (presented.endsWith(u'.'))
        presented.chop(1);

    if (!presented.startsWith(u"*."_s)) {
        if (presented.contains(u'*'))
            return false; // partial wildcards ("mx*.example.com") are not honoured
        return normalizeHost(presented) == reference;
    }
    const QString parent = normalizeHost(presented.mid(2));
    // "*.com" would cover a whole TLD: require at least two labels under the wildcard.
    if (parent.isEmpty() || parent.contains(u'*') || !parent.contains(u'.'))
        return false;
    const qsizetype dot = reference.indexOf(u'.');
    if (dot <= 0)
        return false;
    // The wildcard stands for exactly one label, so "example.com" and "a.b.example.com" miss.
    return reference.mid(dot + 1) == parent;
}

QStringList referenceIdentifiers(const Certificate &certificate)
{
    const QStringList dns = certificate.dnsNames();
    if (!dns.isEmpty())
        return dns;
    const QString cn = certificate.commonName();
    return cn.isEmpty() ? QStringList() : QStringList{cn};
}

bool certificateMatches(const Certificate &certificate, const QString &host)
{
    const QStringList ids = referenceIdentifiers(certificate);
    for (const QString &id : ids) {
        if (matches(id, host))
            return true;
    }
    return false;
}

} // namespace sts::tls::NameMatcher
