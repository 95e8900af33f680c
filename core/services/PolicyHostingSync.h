#pragma once

#include "deploy/FolderSync.h"
#include "deploy/PolicyHostConfig.h"
#include "services/ServiceContext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sts::services {

// One customer of the consultant's policy host, as the workspace stands now.
struct HostedCustomer
{
    enum class State {
        Hosted,         // its live version is served
        WaitingForLive, // hosted with nginx, but no version is live yet: nothing served
        PendingRemoval, // archived or hosted elsewhere now; the next sync starts serving mode none
        Retiring,       // mode none is served until retireUntil
        Dropping,       // retireUntil has passed; the next sync drops its block and files
    };
    qint64 engagementId = 0;
    QString customer;
    QString domain;
    QString policyId; // served now (or next): the live version, or the mode none one
    QString mode;
    qint64 maxAge = 0;
    State state = State::Hosted;
    QDateTime retireUntil;

    QJsonObject toJson() const;
};

QString stateKey(HostedCustomer::State state);  // "hosted", "waiting", "pending-removal", …
QString stateText(HostedCustomer::State state); // translated

struct HostingStatus
{
    QString hostName;                // the policy host customers CNAME to; empty: not set
    QList<HostedCustomer> customers; // by domain
    QJsonObject toJson() const;
};

struct HostingSyncOptions
{
    QString outDir;
    deploy::PolicyHostOptions host; // installDir empty: outDir (absolute)
    // Run (sh -c) only when a file changed; empty: sh <outDir>/reload.sh.
    QString reloadCommand;
    bool reload = true; // false: only write (the folder is copied to the host elsewhere)
    int reloadTimeoutMs = 120000;
};

struct HostingSyncReport
{
    QList<deploy::SyncedFile> files; // what changed, by path
    QList<HostedCustomer> customers; // served after the sync (hosted and retiring)
    QStringList dropped;             // domains whose block went away in this sync
    bool reloaded = false;
    int reloadExitCode = 0;
    QString reloadOutput;

    bool changed() const { return !files.isEmpty(); }
    QJsonObject toJson() const;
};

// The consultant's policy host for all customers (issue 19): from the workspace's live policy
// versions of every engagement hosted with nginx and not archived, one folder with one nginx
// configuration, the policy files and the certbot set-up. An engagement that leaves (archived,
// hosting changed) is served a mode none version with the last max_age for that long, then
// dropped (RFC 8461 §8.3), each step in its event log.
class PolicyHostingSync
{
public:
    explicit PolicyHostingSync(ServiceContext context);

    Result<QString> hostName() const; // empty when not set
    // A host name (IDN allowed, stored as A-label); empty clears it. Errors: hosting.host-name.
    Result<QString> setHostName(const QString &name);

    // What a sync would serve now; writes nothing.
    Result<HostingStatus> status() const;
    // Writes the folder (only files whose content changed), records retirements and drops, and
    // runs the reload command when a file changed. Errors: SQL, deploy.* (writing the folder).
    // A failing reload is not an error: the report has its exit code and output.
    Result<HostingSyncReport> sync(const HostingSyncOptions &options);

private:
    ServiceContext m_context;
};

} // namespace sts::services
