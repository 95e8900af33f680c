#pragma once

#include "engagement/RolloutPhase.h"
#include "services/ServiceContext.h"
#include "storage/Finding.h"
#include "storage/PortfolioQuery.h"
#include "util/Result.h"
#include "util/TextLanguage.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sts {

// A major sender of an engagement and the last UTC day it reported (invalid: never).
struct PortfolioSender
{
    QString name;
    QDate lastReport;
    bool excluded = false; // the consultant said it does not send to this customer
};

// Why a row needs attention (PortfolioAttention decides): a stable key and a sentence.
struct AttentionReason
{
    QString key; // "finding", "blocked", "failure-jump", "missing-reports", "certificate"
    QString text;
};

// One engagement as the portfolio (the home of the main window, `stsdesk-cli portfolio`) shows it.
struct PortfolioRow
{
    qint64 engagementId = 0;
    QString customer;
    QString domain;
    bool archived = false;
    // Who the engagement is assigned to in a team workspace. TODO(lead, at the merge with migration
    // 0018): fill from engagement_assignments with one query in Portfolio::load (see the TODO
    // there); empty until then, so "mine" matches nothing.
    QString assignee;

    RolloutPhase phase = RolloutPhase::Discovery;
    QDateTime phaseSince;
    int testingDay = 0;  // day N of testing (0 outside Testing)
    int cleanStreak = 0; // in Testing: clean days ending with the last complete day
    bool ready = false;  // ready for enforce (Testing only)
    bool flagged = false;
    QString blockedReason; // the first reason, in Testing while not ready

    QList<PortfolioSender> majorSenders;
    storage::PortfolioSessions sessions;

    QDateTime certificateNotAfter; // nearest expiry; invalid: none known
    QString certificateHost;
    int certificateDaysLeft = 0; // valid with certificateNotAfter

    QStringList driftFlags; // kinds of open drift findings (drift.*, policy.unfetchable)
    int openInfo = 0;
    int openWarnings = 0;
    int openCritical = 0;
    QList<storage::Finding> findings; // open (and acknowledged) ones

    QList<AttentionReason> attention; // empty: nothing needs the consultant

    // Failed / all sessions; empty when no session was reported in the window.
    std::optional<double> recentFailureRate() const;
    std::optional<double> baselineFailureRate() const;
    int openFindings() const { return openInfo + openWarnings + openCritical; }
    // The major sender (not excluded) silent longest: one that never reported first; null when
    // none counts.
    const PortfolioSender *silentLongest() const;
    bool needsAttention() const { return !attention.isEmpty(); }
    QJsonObject toJson() const;
};

struct PortfolioSnapshot
{
    QDateTime now;
    QDateTime lastMonitorRun; // invalid: monitoring never ran
    QString me;               // who is at this desk, as assignments name consultants ("mine")
    QList<PortfolioRow> rows;

    QJsonObject toJson() const;
};

struct PortfolioOptions
{
    bool includeArchived = false;
    TextLanguage language = TextLanguage::Translated;
};

// What the rows shown are narrowed to.
struct PortfolioFilter
{
    QString text; // customer or domain contains it, case-insensitively
    bool attentionOnly = false;
    bool mineOnly = false;
    QString me; // the assignee "mine" means

    bool accepts(const PortfolioRow &row) const;
};

// Every engagement at a glance, read with a fixed handful of queries whatever their number
// (measured in bench/portfolio: 200 engagements × a year × 50 senders on PostgreSQL). Readiness
// is RolloutRules over the same observations RolloutService::status reads, loaded for all
// engagements in testing at once (tests/unit/services/test_portfolio checks they agree).
class Portfolio
{
public:
    explicit Portfolio(ServiceContext context);

    Result<PortfolioSnapshot> load(const PortfolioOptions &options = {}) const;

    // The columns the rows sort by, with stable keys (CLI --sort, JSON, GUI headers).
    static QStringList sortKeys();
    // Whether `a` sorts before `b` by `key` (unknown keys sort by customer). Ties: customer.
    static bool less(const PortfolioRow &a, const PortfolioRow &b, const QString &key);
    // Sorts by `key`; Error "portfolio.sort" for an unknown key.
    static Status sort(QList<PortfolioRow> &rows, const QString &key);

private:
    ServiceContext m_context;
};

} // namespace sts
