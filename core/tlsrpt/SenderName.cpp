#include "tlsrpt/SenderName.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

// Senders seen in the wild under several names; keyed by the lower-case brand word or domain label.
static QString knownBrand(const QString &word)
{
    static const QHash<QString, QString> brands{
        {u"google"_s, u"Google"_s},       {u"gmail"_s, u"Google"_s},
        {u"microsoft"_s, u"Microsoft"_s}, {u"outlook"_s, u"Microsoft"_s},
        {u"office365"_s, u"Microsoft"_s}, {u"hotmail"_s, u"Microsoft"_s},
        {u"yahoo"_s, u"Yahoo"_s},         {u"yahooinc"_s, u"Yahoo"_s},
        {u"mail.ru"_s, u"Mail.ru"_s},     {u"comcast"_s, u"Comcast"_s},
        {u"zoho"_s, u"Zoho"_s},           {u"protonmail"_s, u"Proton"_s},
        {u"proton"_s, u"Proton"_s},       {u"apple"_s, u"Apple"_s},
        {u"icloud"_s, u"Apple"_s},        {u"gmx"_s, u"GMX"_s},
        {u"web.de"_s, u"WEB.DE"_s},       {u"t-online"_s, u"Telekom"_s},
        {u"fastmail"_s, u"Fastmail"_s},   {u"mailchimp"_s, u"Mailchimp"_s},
    };
    return brands.value(word);
}

static QString normalize(const QString &organizationName);

// A mailbox holds reports from a few dozen senders: remember each thread's answers so the
// regular expressions run once per distinct name, not once per report.
QString normalizedSenderName(const QString &organizationName)
{
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(organizationName); it != cache.constEnd())
        return it.value();
    if (cache.size() >= 4096)
        cache.clear(); // bounded: a pathological input must not grow it without limit
    const QString name = normalize(organizationName);
    cache.insert(organizationName, name);
    return name;
}

static QString normalize(const QString &organizationName)
{
    QString name = organizationName.simplified();
    if (name.isEmpty())
        return name;

    // An organisation given as a domain ("google.com", "smtp.mail.ru"): use its brand label.
    static const QRegularExpression domainLike(u"^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+\\.?$"_s);
    static const QRegularExpression trailingDot(u"\\.$"_s);
    if (domainLike.match(name).hasMatch()) {
        const QString lower = name.toLower().remove(trailingDot);
        const QStringList labels = lower.split(QLatin1Char('.'));
        const QString lastTwo = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
        if (const QString brand = knownBrand(lastTwo); !brand.isEmpty())
            return brand;
        if (const QString brand = knownBrand(labels.value(labels.size() - 2)); !brand.isEmpty())
            return brand;
        return lastTwo;
    }

    // Legal forms add nothing to who sent the report.
    static const QRegularExpression legalForm(
        u"[,\\s]+(llc|l\\.l\\.c\\.|inc\\.?|incorporated|corp\\.?|corporation|co\\.?|ltd\\.?|"
        "limited|gmbh|ag|s\\.a\\.|sa|b\\.v\\.|bv|plc|llp)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < 3; ++i) {
        const QString stripped = QString(name).remove(legalForm).trimmed();
        if (stripped.isEmpty() || stripped == name)
            break;
        name = stripped;
    }
    const QString firstWord = name.section(QLatin1Char(' '), 0, 0).toLower();
    if (const QString brand = knownBrand(name.toLower()); !brand.isEmpty())
        return brand;
    if (const QString brand = knownBrand(firstWord); !brand.isEmpty())
        return brand;
    return name;
}

} // namespace sts::tlsrpt
