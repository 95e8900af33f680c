#include "wizard/VerdictPresentation.h"

#include "wizard/GuidedMessage.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui::VerdictPresentation", text);
}

enum class Shape { Check, Dash, Cross, Question };

// A filled disc with a white symbol: the symbol, not the colour, tells the states apart.
QIcon symbolIcon(Shape shape, const QColor &colour)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QPen pen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        const qreal s = size;
        switch (shape) {
        case Shape::Check: {
            QPainterPath path;
            path.moveTo(0.27 * s, 0.52 * s);
            path.lineTo(0.44 * s, 0.69 * s);
            path.lineTo(0.74 * s, 0.33 * s);
            p.drawPath(path);
            break;
        }
        case Shape::Dash:
            p.drawLine(QPointF(0.28 * s, 0.5 * s), QPointF(0.72 * s, 0.5 * s));
            break;
        case Shape::Cross:
            p.drawLine(QPointF(0.32 * s, 0.32 * s), QPointF(0.68 * s, 0.68 * s));
            p.drawLine(QPointF(0.68 * s, 0.32 * s), QPointF(0.32 * s, 0.68 * s));
            break;
        case Shape::Question: {
            QFont font = p.font();
            font.setPixelSize(int(s * 0.7));
            font.setBold(true);
            p.setFont(font);
            p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, u"?"_s);
            break;
        }
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

const QColor kGood(0x1e, 0x7b, 0x34);
const QColor kNeutral(0x6b, 0x6b, 0x6b);
const QColor kBad(0xb3, 0x26, 0x1e);
const QColor kUnknown(0xb2, 0x6a, 0x00);

} // namespace

QString VerdictPresentation::label(const dns::DnssecVerdict &verdict)
{
    QString text = dns::DnssecVerdict::translatedSecurity(verdict.security);
    if (verdict.security == dns::Security::Bogus && verdict.reason != dns::BogusReason::None)
        text = tr("%1: %2").arg(text, dns::DnssecVerdict::translatedReason(verdict.reason));
    return text;
}

QString VerdictPresentation::explanation(const dns::LookupResult &lookup, const QString &resolver)
{
    const dns::DnssecVerdict &v = lookup.verdict;
    switch (v.security) {
    case dns::Security::Secure:
        return tr("Signed and validated: senders can rely on this answer.");
    case dns::Security::Insecure:
        return v.zone.isEmpty()
                   ? tr("Not signed: nobody can verify this answer, so DANE cannot use it.")
                   : tr("The zone %1 is not signed (no DS at its parent): nobody can verify this "
                        "answer, so DANE cannot use it.")
                         .arg(v.zone);
    case dns::Security::Bogus:
        return tr("Signed, but validation fails (%1%2). Validating resolvers refuse this "
                  "answer, and DANE senders defer mail.")
            .arg(dns::DnssecVerdict::translatedReason(v.reason),
                 v.zone.isEmpty() ? QString() : tr(", zone %1").arg(v.zone));
    case dns::Security::Indeterminate:
        return GuidedMessage{tr("Could not be checked through the DNS resolver %1: %2")
                                 .arg(resolver.isEmpty() ? tr("of the scan") : resolver,
                                      !lookup.error.isEmpty() ? lookup.error
                                      : !v.detail.isEmpty()   ? v.detail
                                                              : tr("no answer.")),
                             tr("This is a lookup problem, not a verdict on the zone."),
                             lookupSettingsStep(resolver.isEmpty() ? tr("see the scan") : resolver)}
            .text();
    }
    return {};
}

QIcon VerdictPresentation::icon(dns::Security security)
{
    switch (security) {
    case dns::Security::Secure:
        return symbolIcon(Shape::Check, kGood);
    case dns::Security::Insecure:
        return symbolIcon(Shape::Dash, kNeutral);
    case dns::Security::Bogus:
        return symbolIcon(Shape::Cross, kBad);
    case dns::Security::Indeterminate:
        return symbolIcon(Shape::Question, kUnknown);
    }
    return {};
}

QString VerdictPresentation::daneLabel(dns::DaneState state)
{
    switch (state) {
    case dns::DaneState::Usable:
        return tr("DANE in place");
    case dns::DaneState::Possible:
        return tr("DANE possible");
    case dns::DaneState::NotPossible:
        return tr("DANE not available");
    case dns::DaneState::Broken:
        return tr("DANE broken");
    case dns::DaneState::Unknown:
        return tr("unknown");
    }
    return {};
}

QString VerdictPresentation::daneExplanation(const dns::MxHostReport &host, const QString &resolver)
{
    if (host.ipLiteral)
        return tr("The MX points to an address instead of a host name: DANE cannot apply.");
    switch (host.dane) {
    case dns::DaneState::Usable:
        return tr("Signed TLSA records are published: DANE senders verify the certificate.");
    case dns::DaneState::Possible:
        return tr("The host’s zone is signed, but no usable TLSA record is published yet: "
                  "DANE can be added.");
    case dns::DaneState::NotPossible: {
        const dns::DnssecVerdict v = dns::weakest(host.a.verdict, host.tlsa.verdict);
        return v.zone.isEmpty()
                   ? tr("The host’s DNS is not signed with DNSSEC, which DANE requires.")
                   : tr("The zone %1 is not signed with DNSSEC, which DANE requires.").arg(v.zone);
    }
    case dns::DaneState::Broken:
        return tr("A DNSSEC validation failure for this host: DANE senders defer mail to it "
                  "until it is fixed.");
    case dns::DaneState::Unknown:
        return GuidedMessage{tr("The lookups for this host did not complete."),
                             tr("Whether DANE protects it is not known."),
                             lookupSettingsStep(resolver.isEmpty() ? tr("see the scan") : resolver)}
            .text();
    }
    return {};
}

QIcon VerdictPresentation::daneIcon(dns::DaneState state)
{
    switch (state) {
    case dns::DaneState::Usable:
        return symbolIcon(Shape::Check, kGood);
    case dns::DaneState::Possible:
    case dns::DaneState::NotPossible:
        return symbolIcon(Shape::Dash, kNeutral);
    case dns::DaneState::Broken:
        return symbolIcon(Shape::Cross, kBad);
    case dns::DaneState::Unknown:
        return symbolIcon(Shape::Question, kUnknown);
    }
    return {};
}

} // namespace sts::ui
