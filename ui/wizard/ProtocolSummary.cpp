#include "wizard/ProtocolSummary.h"

#include "probe/ProbeResult.h"
#include "tls/BsiCipherPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sts::ui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui", text); // lupdate: helpers in sts::ui
}

} // namespace

ProtocolSummary summarizeProtocols(const QJsonObject &probe)
{
    using State = ProtocolSummary::State;
    ProtocolSummary out;
    QStringList tip;
    QStringList accepted;
    if (probe.value(u"tlsEstablished"_s).toBool()) {
        const QJsonObject bsi = probe.value(u"bsi"_s).toObject();
        const tls::BsiRating rating = tls::bsiRatingFromKey(bsi.value(u"rating"_s).toString());
        out.text =
            u"%1 · %2"_s.arg(probe.value(u"tlsProtocol"_s).toString(), tls::displayName(rating));
        out.state = rating == tls::BsiRating::Recommended  ? State::Ok
                    : rating == tls::BsiRating::Acceptable ? State::Warning
                                                           : State::Failure;
        tip << tr("Cipher suite: %1").arg(bsi.value(u"suite"_s).toString())
            << bsi.value(u"reason"_s).toString();
    }
    bool unknown = false;
    for (const QJsonValue &value : probe.value(u"legacyProtocols"_s).toArray()) {
        const QString protocol = value[u"protocol"_s].toString();
        const QString outcome = value[u"outcome"_s].toString();
        QString line = u"%1: %2"_s.arg(protocol, tls::describeLegacyOutcome(outcome));
        if (const QString detail = value[u"detail"_s].toString(); !detail.isEmpty())
            line += u" (%1)"_s.arg(detail);
        tip << line;
        if (outcome == u"accepted"_s)
            accepted << protocol;
        unknown = unknown || outcome == u"unknown"_s;
    }
    if (!accepted.isEmpty()) {
        // Old protocols weigh more than the suite: TR-02102-2 asks that they be switched off.
        out.text = tr("accepts %1").arg(accepted.join(u", "_s));
        out.state = State::Failure;
    } else if (unknown && out.state == State::Ok) {
        out.state = State::Warning;
    }
    if (out.text.isEmpty())
        out.text = tr("—");
    out.tip = tip.join(u'\n');
    return out;
}

} // namespace sts::ui
