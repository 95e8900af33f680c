// stsdesk-cli mailbox show|set|remove ID …: the IMAP mailbox an engagement's TLS reports arrive in
// (services::Mailboxes, the same use case as the GUI's Mailbox dialog). The password is never an
// argument: --password-file with --store-password files it in the desktop keychain.
#include "CliContext.h"
#include "PasswordFile.h"
#include "secrets/KeychainStore.h"
#include "services/Mailboxes.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

using Security = tlsrpt::ImapSettings::Security;

// "keychain" (stored), "missing", or the keychain's error.
QString passwordState(secrets::SecretStore &store, const services::StoredMailbox &m,
                      QString *problem)
{
    Result<std::optional<QString>> stored = store.get(services::Mailboxes::passwordKey(m));
    if (!stored) {
        *problem = stored.error().message;
        return u"unknown"_s;
    }
    return *stored ? u"keychain"_s : u"missing"_s;
}

int show(Context &ctx, services::Mailboxes &mailboxes, qint64 id)
{
    Result<std::optional<services::StoredMailbox>> m = mailboxes.load(id);
    if (!m)
        return ctx.failure(m.error());
    if (!*m) {
        if (ctx.json())
            ctx.printJson(QJsonObject{{u"engagement"_s, id}, {u"mailbox"_s, QJsonValue()}});
        else
            ctx.out() << tr("Engagement %1 has no mailbox.").arg(id) << '\n';
        ctx.out().flush();
        return ExitOk;
    }
    const services::StoredMailbox &mb = **m;
    QString problem;
    const QString password = passwordState(*secrets::desktopKeychain(), mb, &problem);
    if (ctx.json()) {
        QJsonObject json = services::Mailboxes::toJson(mb);
        json.insert(u"engagement"_s, id);
        json.insert(u"password"_s, password);
        json.insert(u"last-sync"_s,
                    mb.lastSync.at.isValid() ? mb.lastSync.at.toString(Qt::ISODate) : QString());
        json.insert(u"last-sync-ok"_s, mb.lastSync.ok);
        json.insert(u"last-sync-result"_s, mb.lastSync.result);
        ctx.printJson(json);
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << tr("Mailbox of engagement %1").arg(id) << '\n'
        << "  " << tr("Server:") << ' ' << printable(mb.host) << ':' << mb.port << ' '
        << (mb.security == Security::StartTls ? tr("(STARTTLS)") : tr("(implicit TLS)")) << '\n'
        << "  " << tr("User:") << ' ' << printable(mb.user) << '\n'
        << "  " << tr("Folder:") << ' ' << printable(mb.folder) << '\n'
        << "  " << tr("CA file:") << ' '
        << (mb.caFile.isEmpty() ? tr("(system CA store)") : printable(mb.caFile)) << '\n'
        << "  " << tr("Mark imported mail as seen:") << ' ' << (mb.markSeen ? tr("yes") : tr("no"))
        << '\n'
        << "  " << tr("Password:") << ' '
        << (password == u"keychain"_s  ? tr("in the desktop keychain")
            : password == u"missing"_s ? tr("not in the desktop keychain")
                                       : printable(problem))
        << '\n'
        << "  " << tr("Last sync:") << ' '
        << (!mb.lastSync.at.isValid()
                ? tr("never")
                : u"%1, %2: %3"_s.arg(mb.lastSync.at.toString(Qt::ISODate),
                                      mb.lastSync.ok ? tr("ok") : tr("failed"),
                                      printable(mb.lastSync.result)))
        << '\n';
    out.flush();
    return ExitOk;
}

// What `set` changes in `m` (the stored mailbox, or a new one); false with a usage error.
bool applyOptions(Context &ctx, const QCommandLineParser &p, services::StoredMailbox &m, int &code)
{
    const Security before = m.security;
    if (p.isSet(u"tls"_s)) {
        const QString mode = p.value(u"tls"_s);
        if (mode != u"implicit"_s && mode != u"starttls"_s) {
            code = ctx.usageError(tr("--tls takes implicit or starttls."));
            return false;
        }
        m.security = mode == u"starttls"_s ? Security::StartTls : Security::ImplicitTls;
    }
    if (p.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = p.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            code = ctx.usageError(tr("“%1” is not a port.").arg(p.value(u"port"_s)));
            return false;
        }
        m.port = quint16(port);
    } else if (m.port == services::Mailboxes::defaultPort(before)) {
        m.port = services::Mailboxes::defaultPort(m.security); // the standard port follows
    }
    if (p.isSet(u"host"_s))
        m.host = p.value(u"host"_s);
    if (p.isSet(u"user"_s))
        m.user = p.value(u"user"_s);
    if (p.isSet(u"folder"_s))
        m.folder = p.value(u"folder"_s);
    if (p.isSet(u"ca-file"_s))
        m.caFile = p.value(u"ca-file"_s);
    if (p.isSet(u"mark-seen"_s))
        m.markSeen = true;
    if (p.isSet(u"no-mark-seen"_s))
        m.markSeen = false;
    return true;
}

int set(Context &ctx, services::Mailboxes &mailboxes, qint64 id, const QCommandLineParser &p)
{
    if (p.isSet(u"store-password"_s) != p.isSet(u"password-file"_s))
        return ctx.usageError(
            tr("--store-password and --password-file go together: the password is read from "
               "the file and stored in the desktop keychain."));
    std::optional<QString> password;
    if (p.isSet(u"password-file"_s)) {
        Result<QString> read = readPasswordFile(p.value(u"password-file"_s));
        if (!read)
            return ctx.failure(read.error());
        password = *read;
    }
    Result<std::optional<services::StoredMailbox>> stored = mailboxes.load(id);
    if (!stored)
        return ctx.failure(stored.error());
    services::StoredMailbox m = stored->value_or(services::StoredMailbox{});
    int code = ExitOk;
    if (!applyOptions(ctx, p, m, code))
        return code;
    Result<services::StoredMailbox> saved = mailboxes.save(id, m);
    if (!saved)
        return ctx.failure(saved.error());
    if (password) {
        if (Status put = secrets::desktopKeychain()->set(services::Mailboxes::passwordKey(*saved),
                                                         *password);
            !put)
            return ctx.failure(Error{
                put.error().code,
                tr("The mailbox is saved, but its password is not: %1").arg(put.error().message)});
    }
    if (ctx.json()) {
        QJsonObject json = services::Mailboxes::toJson(*saved);
        json.insert(u"engagement"_s, id);
        json.insert(u"password-stored"_s, bool(password));
        ctx.printJson(json);
        return ExitOk;
    }
    ctx.out() << tr("Mailbox of engagement %1 saved: %2@%3:%4, folder %5.")
                     .arg(id)
                     .arg(printable(saved->user), printable(saved->host))
                     .arg(saved->port)
                     .arg(printable(saved->folder))
              << '\n';
    if (password)
        ctx.out() << tr("Password stored in the desktop keychain.") << '\n';
    ctx.out().flush();
    return ExitOk;
}

int remove(Context &ctx, services::Mailboxes &mailboxes, qint64 id, bool forgetPassword)
{
    Result<std::optional<services::StoredMailbox>> stored = mailboxes.load(id);
    if (!stored)
        return ctx.failure(stored.error());
    if (Status removed = mailboxes.remove(id); !removed)
        return ctx.failure(removed.error());
    if (forgetPassword && *stored) {
        if (Status erased =
                secrets::desktopKeychain()->remove(services::Mailboxes::passwordKey(**stored));
            !erased)
            return ctx.failure(erased.error());
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"engagement"_s, id}, {u"removed"_s, true}});
    else
        ctx.out() << tr("Mailbox of engagement %1 removed.").arg(id) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runMailbox(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The IMAP mailbox an engagement's TLS reports arrive in, synced with “imap-sync "
           "--engagement ID”. Its password lives in the desktop keychain, never in the "
           "workspace."));
    p.addPositionalArgument(u"action"_s, tr("show ID | set ID | remove ID"));
    p.addOptions({
        {u"host"_s, tr("IMAP server (set)."), u"host"_s},
        {u"port"_s, tr("Port (set; default 993, or 143 with --tls starttls)."), u"port"_s},
        {u"tls"_s, tr("implicit (IMAPS) or starttls (set; default implicit)."), u"mode"_s},
        {u"user"_s, tr("User name (set)."), u"user"_s},
        {u"folder"_s, tr("Folder (set; default INBOX)."), u"folder"_s},
        {u"ca-file"_s, tr("CA certificates (PEM) to trust; \"\" for the system store (set)."),
         u"file"_s},
        {u"mark-seen"_s, tr("Mark imported report mails as seen (set).")},
        {u"no-mark-seen"_s, tr("Leave imported report mails unread (set).")},
        {u"password-file"_s,
         tr("File whose first line is the password (set, with "
            "--store-password)."),
         u"file"_s},
        {u"store-password"_s, tr("Store the password of --password-file in the desktop keychain "
                                 "(set).")},
        {u"forget-password"_s, tr("Also remove the password from the desktop keychain (remove).")},
    });
    int code = ExitOk;
    if (!ctx.parse(p, code))
        return code;
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    qint64 id = 0;
    const bool known = (action == u"show"_s || action == u"set"_s || action == u"remove"_s) &&
                       args.size() == 2 && parseEngagementId(args.value(1), id);
    if (!known)
        return ctx.usageError(tr("Use “mailbox show ID”, “mailbox set ID --host HOST --user USER "
                                 "[--password-file FILE --store-password]” or “mailbox remove "
                                 "ID”."));
    Result<ServiceContext> workspace = ctx.openServices();
    if (!workspace)
        return ctx.failure(workspace.error());
    services::Mailboxes mailboxes(*workspace);
    if (action == u"show"_s)
        return show(ctx, mailboxes, id);
    if (action == u"remove"_s)
        return remove(ctx, mailboxes, id, p.isSet(u"forget-password"_s));
    return set(ctx, mailboxes, id, p);
}

} // namespace
} // namespace sts::cli

static const sts::cli::Registration reg{
    u"mailbox"_s,
    QT_TRANSLATE_NOOP("cli", "Show, set or remove an engagement's IMAP mailbox for reports"),
    &sts::cli::runMailbox};
