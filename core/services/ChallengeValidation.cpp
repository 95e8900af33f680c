#include "services/ChallengeValidation.h"

#include "engagement/DomainName.h"
#include "services/DeliverySettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services", text); // lupdate: no class here
}

} // namespace

deploy::Rfc2136Settings normalisedRfc2136(deploy::Rfc2136Settings r)
{
    r.server = r.server.trimmed();
    r.keyName = r.keyName.trimmed();
    r.algorithm = r.algorithm.trimmed().toLower();
    r.zone = r.zone.trimmed();
    if (r.zone.endsWith(u'.'))
        r.zone.chop(1);
    return r;
}

Status validateChallenges(const deploy::ChallengeSettings &s)
{
    if (!s.usesDns())
        return Status::success();
    const deploy::Rfc2136Settings &r = s.rfc2136;
    QHostAddress address;
    if (!address.setAddress(r.server))
        return Error{DeliverySettings::kRfc2136ServerError,
                     tr("The DNS server for RFC 2136 updates must be an IP address (certbot's "
                        "dns-rfc2136 plugin takes no host names); “%1” is not one.")
                         .arg(r.server)};
    static const QRegularExpression keyName(u"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.?$"_s);
    if (!keyName.match(r.keyName).hasMatch())
        return Error{DeliverySettings::kTsigKeyError,
                     tr("“%1” is not a TSIG key name (letters, digits, - and _, in dot-separated "
                        "labels, as the DNS server's key is named).")
                         .arg(r.keyName)};
    if (r.port < 1 || r.port > 65535)
        return Error{DeliverySettings::kRfc2136Error,
                     tr("The DNS server port must be between 1 and 65535.")};
    if (!deploy::tsigAlgorithms().contains(r.algorithm))
        return Error{DeliverySettings::kRfc2136Error,
                     tr("“%1” is not a TSIG algorithm certbot knows; use one of %2.")
                         .arg(r.algorithm, deploy::tsigAlgorithms().join(u", "_s))};
    if (!r.zone.isEmpty() && !DomainName::fromUserInput(r.zone))
        return Error{DeliverySettings::kRfc2136Error, tr("“%1” is not a zone name.").arg(r.zone)};
    if (r.propagationSeconds < 0 || r.propagationSeconds > 3600)
        return Error{DeliverySettings::kRfc2136Error,
                     tr("The propagation time must be between 0 and 3600 seconds.")};
    return Status::success();
}

} // namespace sts::services
