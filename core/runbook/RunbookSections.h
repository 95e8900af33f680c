#pragma once

#include "runbook/RunbookData.h"
#include "runbook/RunbookDocument.h"
#include "runbook/RunbookLanguage.h"
#include "runbook/RunbookOptions.h"

#include <optional>

namespace sts::runbook {

// The generated files the appendix quotes, in its order: server configuration and scripts
// (hosting, certbot, hooks, accepted keys, MTA, systemd, alert, nsupdate), never key material,
// not the policy files or zone the body shows.
QList<const QuotedArtifact *> appendixArtifacts(const RunbookData &data);
QString appendixLabel(int index); // "A.1", "A.2", ...

// What every section builder sees: the data, the user's choices and the runbook's language.
// Builders are pure functions of these; pictures are named (see figures::), not painted.
struct SectionInput
{
    const RunbookData &data;
    const RunbookOptions &options;
    const RunbookLanguage &language;
};

// Each builder returns its section, or nothing and says why in `omitted` (in the runbook's
// language). tr() asks the runbook's catalogue, never the application's translators.
class OverviewSections
{
public:
    explicit OverviewSections(const SectionInput &in) : m_in(in) {}
    QString coverHtml() const;
    std::optional<RunbookSection> keyWarning(QString *omitted) const;
    std::optional<RunbookSection> summary(QString *omitted) const;
    std::optional<RunbookSection> mxInventory(QString *omitted) const;
    std::optional<RunbookSection> certificates(QString *omitted) const;
    // For the customer: opportunistic STARTTLS, MTA-STS and DANE, and which of them is in place.
    std::optional<RunbookSection> protections(QString *omitted) const;

private:
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const;
    QString expiryText(const QDateTime &notAfter) const;
    QList<QPair<QString, QString>> seenRows(const QString &host) const;
    QString starttlsStatus() const;
    QString mtaStsStatus() const;
    QString daneStatus() const;
    const SectionInput &m_in;
};

class PublishingSections
{
public:
    explicit PublishingSections(const SectionInput &in) : m_in(in) {}
    std::optional<RunbookSection> policies(QString *omitted) const;
    std::optional<RunbookSection> records(QString *omitted) const;
    std::optional<RunbookSection> hosting(QString *omitted) const;
    std::optional<RunbookSection> renewal(QString *omitted) const;
    std::optional<RunbookSection> dane(QString *omitted) const;

private:
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const;
    QString stateOf(const storage::StoredPolicyVersion &v) const;
    QString evidenceOf(const storage::StoredPolicyVersion &v) const;
    QString checkDetails(const services::PublicationCheck &check) const;
    QString tlsaFoundInDns() const;
    QString rotationFor(const services::HostDigests &host) const;
    QString fileTable(const QStringList &prefixes) const; // with their places in the appendix
    QString dnsChallengeSteps() const; // DNS-01 through RFC 2136: key, ACL, credentials file
    QStringList hostingSteps(const QString &folder) const; // for the hosting's artifact folder
    const SectionInput &m_in;
};

class OperationsSections
{
public:
    explicit OperationsSections(const SectionInput &in) : m_in(in) {}
    std::optional<RunbookSection> tlsReports(QString *omitted) const;
    std::optional<RunbookSection> timeline(QString *omitted) const;
    std::optional<RunbookSection> incidents(QString *omitted) const;
    std::optional<RunbookSection> monitoring(QString *omitted) const; // MonitoringSection.cpp
    std::optional<RunbookSection> rollback(QString *omitted) const;
    std::optional<RunbookSection> bsiChecklist(QString *omitted) const;
    // The generated scripts and configuration files, quoted in full after everything else.
    std::optional<RunbookSection> appendix(QString *omitted) const;

private:
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const;
    QString tlsEvidence(bool *met) const;
    const SectionInput &m_in;
};

} // namespace sts::runbook
