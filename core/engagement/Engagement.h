#pragma once

#include "engagement/DomainName.h"
#include "util/TextLanguage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts {

// The settings an engagement is run with. Stored as the stable keys below, shown translated.
enum class Profile { Standard, BsiTr03108 };
enum class CaChoice { LetsEncrypt, Commercial };
// The five ways mta-sts.<domain> is served: the consultant's nginx, Cloudflare Pages, a Cloudflare
// Worker, GitHub Pages, or a web server the customer runs (Apache configuration; key "external").
enum class Hosting { Nginx, CloudflarePages, CloudflareWorker, GitHubPages, CustomerServer };

QString toKey(Profile value);
QString toKey(CaChoice value);
QString toKey(Hosting value);
bool fromKey(const QString &key, Profile &out);
bool fromKey(const QString &key, CaChoice &out);
bool fromKey(const QString &key, Hosting &out); // also the older "static" (Cloudflare Pages)
QList<Hosting> allHostings();                   // in the order they are offered
QStringList hostingKeys();                      // their keys, in that order (for usage messages)
QString displayName(Profile value, TextLanguage language = TextLanguage::Translated);
QString displayName(CaChoice value, TextLanguage language = TextLanguage::Translated);
QString displayName(Hosting value, TextLanguage language = TextLanguage::Translated);

// One customer domain's way from opportunistic STARTTLS to enforced transport security.
struct Engagement
{
    qint64 id = 0; // 0 until stored
    QString customer;
    DomainName domain;
    QString consultant;
    QString language = QStringLiteral("en"); // language of the customer deliverables: "de" or "en"
    Profile profile = Profile::Standard;
    CaChoice ca = CaChoice::LetsEncrypt;
    Hosting hosting = Hosting::Nginx;
    QStringList majorSenders = defaultMajorSenders();
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastOpenedAt;
    bool archived = false;

    static QStringList defaultMajorSenders();
    static QStringList supportedLanguages() { return {QStringLiteral("de"), QStringLiteral("en")}; }

    QString title() const; // "Customer (domain)"
    QJsonObject toJson() const;
};

} // namespace sts
