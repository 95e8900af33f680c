#pragma once

#include "deploy/AlertAddresses.h"
#include "util/Clock.h"
#include "util/Result.h"
#include "util/TextLanguage.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace sts::deploy {

// One file the customer installs or publishes.
struct Artifact
{
    QString relativePath; // "/" separated, below the output folder
    QByteArray content;
    bool executable = false;
    QString description; // in ArtifactOptions::language, one line, for listings
};

// What is generated for the policy host: an nginx site (with certbot and hooks), a Cloudflare Pages
// folder, a Cloudflare Worker, a GitHub Pages folder, or an Apache site for the customer's server.
enum class Hosting { Nginx, CloudflarePages, CloudflareWorker, GitHubPages, Apache };
enum class Mta { Postfix, Exim };

struct ArtifactOptions
{
    // Unset, or empty for an alert level: the engagement's saved delivery settings
    // (services::DeliverySettings); a value set here overrides them for this one run.
    std::optional<Hosting> hosting;
    std::optional<Mta> mta;
    AlertAddresses alerts; // a level left empty: as saved, else postmaster@<domain>
    QString webroot = QStringLiteral("/var/www/mta-sts");
    QString certbotConfigDir = QStringLiteral("/etc/letsencrypt");
    // DANE (TLSA records in the DNS exports, key-guarding hooks): true = on; false = as the
    // publish plan decides from the latest discovery, or off when daneFromDiscovery is false.
    bool daneActive = false;

    // Added members (all optional):
    bool daneFromDiscovery = true; // false: daneActive alone decides (an explicit override)
    QString scriptDir = QStringLiteral("/usr/local/lib/stsdesk"); // where hooks/, alert/, tlsa/ go
    QString tlsDir; // where hooks install key + chain; empty: /etc/nginx/tls, /etc/postfix/tls, ...
    QStringList policyHostAddresses; // A/AAAA of mta-sts.<domain>; empty: from discovery
    QString policyHostCname;         // CNAME target of mta-sts.<domain> (Pages hosting)
    std::shared_ptr<const Clock> clock = Clock::system(); // ids of generated policy versions
    TextLanguage language = TextLanguage::Translated;     // of the descriptions (a runbook's own)
};

// Files below secrets/ (credentials) are written 0600, whatever `executable` says.
bool isPrivateArtifact(const QString &relativePath);

// Writes them below `dir` (created), executables 0755, secrets 0600, others 0644; never overwrites
// silently unless `overwrite`, and never writes through a symbolic link, device or FIFO found in
// the folder (refused before anything is written). Returns the written paths.
Result<QStringList> writeArtifacts(const QList<Artifact> &artifacts, const QString &dir,
                                   bool overwrite = false);

} // namespace sts::deploy
