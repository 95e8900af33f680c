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
    case Hosting::StaticPages:
        return u"static"_s;
    case Hosting::External:
        return u"external"_s;
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
    return parseKey(key, out, {Hosting::Nginx, Hosting::StaticPages, Hosting::External});
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
        return tr("Own nginx server", language);
    case Hosting::StaticPages:
        return tr("Static pages hosting", language);
    case Hosting::External:
        return tr("Hosted by a provider", language);
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
