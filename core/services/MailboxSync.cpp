#include "services/MailboxSync.h"

#include "services/ReportImport.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sts::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::services::MailboxSync", text);
}

} // namespace

MailboxSync::MailboxSync(ServiceContext context, std::shared_ptr<secrets::SecretStore> secrets)
    : m_context(std::move(context)), m_secrets(std::move(secrets))
{}

Result<QString> MailboxSync::storedPassword(const StoredMailbox &mailbox) const
{
    const secrets::SecretKey key = Mailboxes::passwordKey(mailbox);
    Result<std::optional<QString>> stored = m_secrets->get(key);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error{u"mailbox.no-password"_s,
                     tr("No password for %1 is stored in the desktop keychain. Save it in the "
                        "engagement's Mailbox settings (stsdesk-cli: mailbox set ID "
                        "--password-file FILE --store-password), or give a password file.")
                         .arg(key.account)};
    return **stored;
}

Result<tlsrpt::ImapSyncSummary> MailboxSync::syncEngagement(qint64 engagementId,
                                                            const tlsrpt::ImportProgress &progress,
                                                            const CancelToken &cancel,
                                                            const std::optional<QString> &password)
{
    Mailboxes mailboxes(m_context);
    Result<std::optional<StoredMailbox>> mailbox = mailboxes.load(engagementId);
    if (!mailbox)
        return mailbox.error();
    if (!*mailbox)
        return Error{u"mailbox.not-set"_s,
                     tr("Engagement %1 has no mailbox. Set one in its Mailbox settings "
                        "(stsdesk-cli: mailbox set ID --host HOST --user USER).")
                         .arg(engagementId)};
    Result<QString> secret = password ? Result<QString>(*password) : storedPassword(**mailbox);
    if (!secret)
        return secret.error();
    tlsrpt::ImportOptions options;
    options.engagementId = engagementId;
    Result<tlsrpt::ImapSyncSummary> summary =
        tlsrpt::ReportImport(m_context, options)
            .syncImap(Mailboxes::imapSettings(**mailbox, *secret), cancel, progress);
    MailboxSyncRecord record;
    record.at = m_context.clock->now();
    record.ok = summary.ok();
    QJsonObject json;
    if (summary) {
        json = summary->toJson();
        json.remove(u"quarantine"_s); // the reasons stay with the quarantine itself
        record.result = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    } else {
        record.result = summary.error().message;
    }
    if (Status recorded = mailboxes.recordSync(engagementId, record, json); !recorded)
        return recorded.error();
    return summary;
}

Result<int> MailboxSync::testConnection(const StoredMailbox &mailbox, const QString &password)
{
    if (Status valid = Mailboxes::validate(Mailboxes::normalised(mailbox)); !valid)
        return valid.error();
    tlsrpt::ImapSettings settings =
        Mailboxes::imapSettings(Mailboxes::normalised(mailbox), password);
    settings.markSeen = false; // EXAMINE: a test changes nothing
    settings.timeoutMs = 15000;
    tlsrpt::ImapSession session(settings);
    if (Status opened = session.open(); !opened)
        return opened.error();
    Result<qint64> validity = session.select();
    if (!validity)
        return validity.error();
    Result<QList<qint64>> uids = session.uidsAbove(0);
    session.close();
    if (!uids)
        return uids.error();
    return int(uids->size());
}

} // namespace sts::services
