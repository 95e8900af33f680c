#include "charts/ResultTypeColors.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sts::render {

namespace {

// Families share a hue range (TLS/certificate warm, DANE blue, MTA-STS purple/pink) so a
// consultant can tell at a glance which mechanism is failing; neighbours stay distinguishable.
const QHash<QString, QColor> &palette()
{
    static const QHash<QString, QColor> colors = {
        {QString::fromUtf16(successKey), QColor(0x4c, 0xaf, 0x50)},
        {u"starttls-not-supported"_s, QColor(0xc6, 0x28, 0x28)},
        {u"certificate-host-mismatch"_s, QColor(0xef, 0x6c, 0x00)},
        {u"certificate-expired"_s, QColor(0xf9, 0xa8, 0x25)},
        {u"certificate-not-trusted"_s, QColor(0x8d, 0x6e, 0x63)},
        {u"validation-failure"_s, QColor(0x5d, 0x40, 0x37)},
        {u"tlsa-invalid"_s, QColor(0x19, 0x76, 0xd2)},
        {u"dnssec-invalid"_s, QColor(0x00, 0x97, 0xa7)},
        {u"dane-required"_s, QColor(0x28, 0x35, 0x93)},
        {u"sts-policy-fetch-error"_s, QColor(0x8e, 0x24, 0xaa)},
        {u"sts-policy-invalid"_s, QColor(0xd8, 0x1b, 0x60)},
        {u"sts-webpki-invalid"_s, QColor(0xba, 0x68, 0xc8)},
    };
    return colors;
}

} // namespace

QColor resultTypeColor(const QString &resultType)
{
    return palette().value(resultType, QColor(0x9e, 0x9e, 0x9e));
}

QStringList knownResultTypes()
{
    static const QStringList types = {
        QString::fromUtf16(successKey),
        u"starttls-not-supported"_s,
        u"certificate-host-mismatch"_s,
        u"certificate-expired"_s,
        u"certificate-not-trusted"_s,
        u"validation-failure"_s,
        u"sts-policy-fetch-error"_s,
        u"sts-policy-invalid"_s,
        u"sts-webpki-invalid"_s,
        u"tlsa-invalid"_s,
        u"dnssec-invalid"_s,
        u"dane-required"_s,
    };
    return types;
}

QStringList orderedResultTypes(const QSet<QString> &present)
{
    QStringList ordered;
    for (const QString &type : knownResultTypes()) {
        if (present.contains(type))
            ordered << type;
    }
    QStringList rest;
    for (const QString &type : present) {
        if (!ordered.contains(type))
            rest << type;
    }
    std::sort(rest.begin(), rest.end());
    return ordered + rest;
}

} // namespace sts::render
