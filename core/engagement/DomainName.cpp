#include "engagement/DomainName.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::DomainName", text);
}

static Error invalid(const QString &message)
{
    return Error{u"domain.invalid"_s, message};
}

bool isLdhLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
        label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Result<DomainName> DomainName::fromUserInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("Enter the customer's mail domain, for example example.com."));
    if (text.endsWith(QLatin1Char('.')))
        return invalid(tr("Leave out the trailing dot: write “%1”.").arg(text.chopped(1)));
    if (text.startsWith(QLatin1Char('[')) || !QHostAddress(text).isNull())
        return invalid(tr("“%1” is an IP address; MTA-STS needs a domain name.").arg(text));
    if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('@')) ||
        text.contains(QLatin1Char('/')))
        return invalid(tr("“%1” is not a domain name: only the domain, without spaces, "
                          "addresses or paths.")
                           .arg(text));

    // Non-transitional IDNA 2008: "ß" stays "ß" (as DENIC registers it) instead of becoming "ss".
    const QByteArray aceBytes = QUrl::toAce(text);
    if (aceBytes.isEmpty())
        return invalid(tr("“%1” is not a valid internationalised domain name.").arg(text));
    const QString ace = QString::fromLatin1(aceBytes).toLower();

    const QStringList labels = ace.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return invalid(
            tr("“%1” has a single label; give the full domain, for example %1.com.").arg(text));
    if (ace.size() > 253)
        return invalid(tr("The domain name is longer than 253 characters."));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return invalid(tr("“%1” has an empty label (two dots in a row).").arg(text));
        if (label.size() > 63)
            return invalid(tr("The label “%1” is longer than 63 characters.").arg(label));
        if (!isLdhLabel(label))
            return invalid(tr("The label “%1” may contain only letters, digits and inner hyphens.")
                               .arg(label));
    }
    bool numericTld = false;
    labels.last().toInt(&numericTld);
    if (numericTld)
        return invalid(tr("“%1” ends in a numeric label; that is not a domain name.").arg(text));

    return DomainName{ace, QUrl::fromAce(aceBytes)};
}

} // namespace sts
