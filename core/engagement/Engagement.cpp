#include "engagement/Engagement.h"

#include "util/IsoTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sts {

// lupdate files the free functions below under their namespace, so the context is "sts".
static QString tr(const char *text, TextLanguage language = TextLanguage::Translated)
{
    return language.translate("sts", text);
}

QString toKey(Profile value)
{
    return value == Profile::BsiTr03108 ? u"bsi-tr-03108"_s : u"standard"_s;
}

QString toKey(CaChoice value)
{
    return value == CaChoice::Commercial ? u"commercial"_s : u"letsencrypt"_s;
}

QString toKey(Hosting value)
{
    switch (value) {
    case Hosting::Nginx:
        return u"nginx"_s;
    case Hosting::CloudflarePages:
        return u"cloudflare-pages"_s;
    case Hosting::CloudflareWorker:
        return u"cloudflare-worker"_s;
    case Hosting::GitHubPages:
        return u"github-pages"_s;
    case Hosting::CustomerServer:
        return u"external"_s; // the key of earlier versions, kept so stored choices stay valid
    }
    return {};
}

template <typename Enum>
static bool parseKey(const QString &key, Enum &out, std::initializer_list<Enum> values)
{
    for (Enum value : values) {
        if (toKey(value) == key) {
            out = value;
            return true;
        }
    }
    return false;
}

bool fromKey(const QString &key, Profile &out)
{
    return parseKey(key, out, {Profile::Standard, Profile::BsiTr03108});
}

bool fromKey(const QString &key, CaChoice &out)
{
    return parseKey(key, out, {CaChoice::LetsEncrypt, CaChoice::Commercial});
}

bool fromKey(const QString &key, Hosting &out)
{
    // Earlier versions had one generic static Pages host; its bundle was Cloudflare Pages' format.
    if (key == u"static"_s) {
        out = Hosting::CloudflarePages;
        return true;
    }
    const QList<Hosting> all = allHostings();
    for (Hosting value : all)
        if (toKey(value) == key) {
            out = value;
            return true;
        }
    return false;
}

QList<Hosting> allHostings()
{
    return {Hosting::Nginx, Hosting::CloudflarePages, Hosting::CloudflareWorker,
            Hosting::GitHubPages, Hosting::CustomerServer};
}

QStringList hostingKeys()
{
    QStringList out;
    for (Hosting value : allHostings())
        out.append(toKey(value));
    return out;
}

QString displayName(Profile value, TextLanguage language)
{
    return value == Profile::BsiTr03108 ? tr("BSI TR-03108", language) : tr("Standard", language);
}

QString displayName(CaChoice value, TextLanguage language)
{
    return value == CaChoice::Commercial ? tr("Commercial CA", language)
                                         : tr("Let's Encrypt", language);
}

QString displayName(Hosting value, TextLanguage language)
{
    switch (value) {
    case Hosting::Nginx:
        return tr("Consultant's nginx server", language);
    case Hosting::CloudflarePages:
        return tr("Cloudflare Pages", language);
    case Hosting::CloudflareWorker:
        return tr("Cloudflare Worker", language);
    case Hosting::GitHubPages:
        return tr("GitHub Pages", language);
    case Hosting::CustomerServer:
        return tr("Customer's own web server (Apache)", language);
    }
    return {};
}

QStringList Engagement::defaultMajorSenders()
{
    return {u"Google"_s, u"Microsoft"_s, u"Yahoo"_s};
}

QString Engagement::title() const
{
    return u"%1 (%2)"_s.arg(customer, domain.display);
}

QJsonObject Engagement::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"customer"_s, customer},
        {u"domain"_s, domain.ace},
        {u"domainDisplay"_s, domain.display},
        {u"consultant"_s, consultant},
        {u"language"_s, language},
        {u"profile"_s, toKey(profile)},
        {u"ca"_s, toKey(ca)},
        {u"hosting"_s, toKey(hosting)},
        {u"majorSenders"_s, QJsonArray::fromStringList(majorSenders)},
        {u"createdAt"_s, toIsoUtc(createdAt)},
        {u"updatedAt"_s, toIsoUtc(updatedAt)},
        {u"archived"_s, archived},
    };
}

} // namespace sts
