// stsdesk-cli imap-sync: fetch new report mail from an IMAP folder and import it.
#include "CliContext.h"
#include "PasswordFile.h"
#include "secrets/KeychainStore.h"
#include "services/MailboxSync.h"
#include "services/ReportImport.h"
#include "util/PrintableText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

static int printSummary(sts::cli::Context &ctx, const sts::tlsrpt::ImapSyncSummary &summary)
{
    if (ctx.json()) {
        ctx.printJson(summary.toJson());
        return sts::cli::ExitOk;
    }
    const sts::tlsrpt::ImportSummary &s = summary.import;
    ctx.out() << tr("New messages: %1").arg(summary.messages) << '\n'
              << tr("Imported: %1").arg(s.imported) << '\n'
              << tr("Duplicates: %1").arg(s.duplicates) << '\n'
              << tr("Conflicts (same sender and report id, other content; not counted until you "
                    "keep one with “stsdesk-cli report conflicts”): %1")
                     .arg(s.conflicts)
              << '\n'
              << tr("Mails without a report (skipped): %1").arg(s.mailsWithoutReport) << '\n'
              << tr("Too large (skipped): %1").arg(summary.skippedTooLarge) << '\n'
              << tr("Quarantined: %1").arg(s.quarantined) << '\n';
    for (const sts::tlsrpt::QuarantinedInput &q : s.quarantine)
        ctx.out() << u"  "_s << printable(q.origin) << u": "_s << printable(q.reason) << '\n';
    ctx.out().flush();
    return sts::cli::ExitOk;
}

// --engagement alone: the engagement's stored mailbox, its password from the desktop keychain or
// from --password-file.
static int syncStoredMailbox(sts::cli::Context &ctx, qint64 engagementId,
                             const QString &passwordFile)
{
    std::optional<QString> password;
    if (!passwordFile.isEmpty()) {
        Result<QString> read = readPasswordFile(passwordFile);
        if (!read)
            return ctx.failure(read.error());
        password = *read;
    }
    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    auto summary = sts::services::MailboxSync(*services, sts::secrets::desktopKeychain())
                       .syncEngagement(engagementId, {}, {}, password);
    if (!summary)
        return ctx.failure(summary.error());
    return printSummary(ctx, *summary);
}

static int runImapSync(sts::cli::Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Import TLS-RPT reports from new messages in an IMAP folder."));
    const QCommandLineOption engagement(
        u"engagement"_s,
        tr("Engagement the reports are for. Without --host: its stored mailbox (“stsdesk-cli "
           "mailbox set”), the password from the desktop keychain or --password-file."),
        u"id"_s);
    const QCommandLineOption host(u"host"_s, tr("IMAP server."), u"host"_s);
    const QCommandLineOption port(u"port"_s, tr("Port (default 993)."), u"port"_s, u"993"_s);
    const QCommandLineOption starttls(u"starttls"_s,
                                      tr("Plain connection upgraded with STARTTLS (port 143)."));
    const QCommandLineOption user(u"user"_s, tr("User name."), u"user"_s);
    const QCommandLineOption passwordFile(u"password-file"_s,
                                          tr("File whose first line is the password."), u"file"_s);
    const QCommandLineOption folder(u"folder"_s, tr("Folder (default INBOX)."), u"folder"_s,
                                    u"INBOX"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("CA certificates (PEM) to trust."), u"file"_s);
    const QCommandLineOption markSeen(u"mark-seen"_s, tr("Mark imported report mails as seen."));
    for (const QCommandLineOption &o :
         {engagement, host, port, starttls, user, passwordFile, folder, caFile, markSeen})
        p.addOption(o);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    if (!p.isSet(engagement))
        return ctx.usageError(tr("--%1 is required.").arg(engagement.names().first()));
    sts::tlsrpt::ImportOptions options;
    bool ok = false;
    options.engagementId = p.value(engagement).toLongLong(&ok);
    if (!ok || options.engagementId <= 0)
        return ctx.usageError(tr("“%1” is not an engagement id.").arg(p.value(engagement)));
    if (!p.isSet(host)) {
        for (const QCommandLineOption &adHoc : {port, starttls, user, folder, caFile, markSeen})
            if (p.isSet(adHoc))
                return ctx.usageError(tr("--%1 goes with --host. The stored mailbox is changed "
                                         "with “stsdesk-cli mailbox set”.")
                                          .arg(adHoc.names().first()));
        return syncStoredMailbox(ctx, options.engagementId, p.value(passwordFile));
    }
    for (const QCommandLineOption &required : {user, passwordFile})
        if (!p.isSet(required))
            return ctx.usageError(tr("--%1 is required.").arg(required.names().first()));
    sts::tlsrpt::ImapSettings settings;
    settings.host = p.value(host);
    const uint portNumber = p.value(port).toUInt(&ok);
    if (!ok || portNumber == 0 || portNumber > 65535)
        return ctx.usageError(tr("“%1” is not a port.").arg(p.value(port)));
    settings.port = quint16(portNumber);
    settings.security = p.isSet(starttls) ? sts::tlsrpt::ImapSettings::Security::StartTls
                                          : sts::tlsrpt::ImapSettings::Security::ImplicitTls;
    settings.user = p.value(user);
    settings.folder = p.value(folder);
    settings.caFile = p.value(caFile);
    settings.markSeen = p.isSet(markSeen);
    Result<QString> password = readPasswordFile(p.value(passwordFile));
    if (!password)
        return ctx.failure(password.error());
    settings.password = *password;

    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    auto summary = sts::tlsrpt::ReportImport(*services, options).syncImap(settings);
    if (!summary)
        return ctx.failure(summary.error());
    return printSummary(ctx, *summary);
}

} // namespace sts::cli

static const sts::cli::Registration reg{
    u"imap-sync"_s, QT_TRANSLATE_NOOP("cli", "Import TLS-RPT reports from an IMAP folder"),
    &sts::cli::runImapSync};
