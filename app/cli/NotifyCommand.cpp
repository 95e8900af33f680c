// stsdesk-cli notify: the monitoring's mails (digest per consultant, weekly summary per
// customer) and their settings.
#include "CliContext.h"
#include "PasswordFile.h"
#include "SmtpPassword.h"
#include "charts/TrendChartImage.h"
#include "secrets/KeychainStore.h"
#include "services/NotificationSettings.h"
#include "services/Notifications.h"
#include "services/TestMail.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::cli", text); // lupdate: helpers in sts::cli
}

static int report(Context &ctx, const QList<NotifyMail> &mails, bool dryRun, bool show)
{
    if (ctx.json()) {
        QJsonArray out;
        for (const NotifyMail &m : mails) {
            QJsonArray ids;
            for (qint64 id : m.findingIds)
                ids.append(id);
            QJsonObject o{{u"kind"_s, m.kind},
                          {u"to"_s, QJsonArray::fromStringList(m.to)},
                          {u"subject"_s, m.subject},
                          {u"sent"_s, m.sent},
                          {u"findings"_s, ids}};
            if (m.engagementId)
                o.insert(u"engagement"_s, m.engagementId);
            if (show)
                o.insert(u"message"_s, QString::fromUtf8(m.message));
            out.append(o);
        }
        ctx.printJson(out);
        return ExitOk;
    }
    if (mails.isEmpty())
        ctx.out() << tr("Nothing to send.") << '\n';
    for (const NotifyMail &m : mails) {
        ctx.out() << (dryRun ? tr("Would send %1 to %2: %3") : tr("Sent %1 to %2: %3"))
                         .arg(m.kind, m.to.join(u", "_s), m.subject)
                  << '\n';
        if (show)
            ctx.out() << QString::fromUtf8(m.message) << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

static int runSend(Context &ctx, bool weekly)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        weekly ? tr("Send the weekly summary to the customers of the given engagements.")
               : tr("Send each consultant a digest of the findings no mail has carried yet."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Compose the mails; send and mark nothing."));
    const QCommandLineOption show(u"show"_s, tr("Print the composed messages too."));
    const QCommandLineOption passwordFile(
        u"password-file"_s, tr("File whose first line is the SMTP password."), u"file"_s);
    const QCommandLineOption all(u"all"_s, tr("Every engagement with weekly recipients."));
    for (const QCommandLineOption &o : {dryRun, show, passwordFile})
        p.addOption(o);
    if (weekly) {
        p.addOption(all);
        p.addPositionalArgument(u"id"_s, tr("Engagement IDs."), u"[id…]"_s);
    }
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    QList<qint64> ids;
    for (const QString &arg : p.positionalArguments().mid(1)) {
        qint64 id = 0;
        if (!parseEngagementId(arg, id))
            return ctx.usageError(tr("“%1” is not an engagement id.").arg(arg));
        ids.append(id);
    }
    if (weekly && ids.isEmpty() == !p.isSet(all))
        return ctx.usageError(tr("Name engagement IDs or --all."));
    NotifyOptions options;
    options.dryRun = p.isSet(dryRun);
    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    if (!options.dryRun) {
        Result<QString> password = smtpPassword(*services, p.value(passwordFile));
        if (!password)
            return ctx.failure(password.error());
        options.password = *password;
    }
    Notifications notifications(*services);
    Result<QList<NotifyMail>> mails =
        weekly ? notifications.sendWeekly(ids, options, &render::trendChartPng)
               : notifications.sendDigests(options);
    if (!mails)
        return ctx.failure(mails.error());
    return report(ctx, *mails, options.dryRun, p.isSet(show));
}

static void printSettings(Context &ctx, const NotificationSettingsData &s)
{
    if (ctx.json()) {
        QJsonObject digest;
        for (auto it = s.digestAddresses.cbegin(); it != s.digestAddresses.cend(); ++it)
            digest.insert(it.key(), it.value());
        ctx.printJson(QJsonObject{{u"host"_s, s.smtpHost},
                                  {u"port"_s, s.smtpPort},
                                  {u"user"_s, s.smtpUser},
                                  {u"from"_s, s.from},
                                  {u"caFile"_s, s.caFile},
                                  {u"critical"_s, s.criticalAddress},
                                  {u"language"_s, s.language},
                                  {u"digest"_s, digest}});
        return;
    }
    ctx.out() << tr("SMTP submission: %1 port %2, user %3")
                     .arg(s.smtpHost.isEmpty() ? tr("(not set)") : s.smtpHost)
                     .arg(s.smtpPort)
                     .arg(s.smtpUser.isEmpty() ? tr("(none)") : s.smtpUser)
              << '\n'
              << tr("Sender: %1").arg(s.from) << '\n'
              << tr("Critical address: %1").arg(s.criticalAddress) << '\n'
              << tr("Language: %1").arg(s.language) << '\n';
    for (auto it = s.digestAddresses.cbegin(); it != s.digestAddresses.cend(); ++it)
        ctx.out() << tr("Digest for %1: %2")
                         .arg(it.key().isEmpty() ? tr("(everyone else)") : it.key(), it.value())
                  << '\n';
    ctx.out().flush();
}

static int runSettings(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Show or change where and how the notification mails are "
                                   "sent. The SMTP password is never stored."));
    const QCommandLineOption host(u"host"_s, tr("SMTP submission server."), u"host"_s);
    const QCommandLineOption port(u"port"_s, tr("Its port (587)."), u"port"_s);
    const QCommandLineOption user(u"user"_s, tr("SMTP user name (\"\" for none)."), u"user"_s);
    const QCommandLineOption from(u"from"_s, tr("Sender address."), u"address"_s);
    const QCommandLineOption caFile(u"ca-file"_s, tr("CA certificates (PEM) to trust."), u"file"_s);
    const QCommandLineOption critical(u"critical"_s, tr("Where critical findings also go."),
                                      u"address"_s);
    const QCommandLineOption language(u"language"_s, tr("Language of the digest: en or de."),
                                      u"code"_s);
    const QCommandLineOption digest(
        u"digest"_s, tr("Digest address, for one consultant as CONSULTANT=ADDRESS (repeatable)."),
        u"[consultant=]address"_s);
    const QCommandLineOption weeklyTo(
        u"weekly"_s,
        tr("Weekly summary recipients of an engagement, ID=ADDRESS[,ADDRESS]; "
           "ID= stops them (repeatable)."),
        u"id=addresses"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s,
        tr("File whose first line is the SMTP password (with --store-password)."), u"file"_s);
    const QCommandLineOption storePassword(
        u"store-password"_s,
        tr("Store the password of --password-file in the desktop keychain, for the timer's runs."));
    for (const QCommandLineOption &o : {host, port, user, from, caFile, critical, language, digest,
                                        weeklyTo, passwordFile, storePassword})
        p.addOption(o);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    NotificationSettings settings(*services);
    Result<NotificationSettingsData> current = settings.get();
    if (!current)
        return ctx.failure(current.error());
    NotificationSettingsData s = *current;
    bool changed = false;
    auto take = [&](const QCommandLineOption &o, QString &field) {
        if (p.isSet(o)) {
            field = p.value(o);
            changed = true;
        }
    };
    take(host, s.smtpHost);
    take(user, s.smtpUser);
    take(from, s.from);
    take(caFile, s.caFile);
    take(critical, s.criticalAddress);
    take(language, s.language);
    if (p.isSet(port)) {
        s.smtpPort = p.value(port).toInt();
        changed = true;
    }
    for (const QString &value : p.values(digest)) {
        const qsizetype eq = value.lastIndexOf(u'=');
        s.digestAddresses.insert(eq < 0 ? QString() : value.left(eq), value.mid(eq + 1));
        changed = true;
    }
    if (changed)
        if (Status saved = settings.save(s); !saved)
            return ctx.failure(saved.error());
    if (p.isSet(storePassword) != p.isSet(passwordFile))
        return ctx.usageError(tr("--store-password and --password-file go together."));
    if (p.isSet(storePassword)) {
        if (s.smtpUser.isEmpty())
            return ctx.usageError(tr("Set the SMTP user (--user) before storing its password."));
        Result<QString> password = readPasswordFile(p.value(passwordFile));
        if (!password)
            return ctx.failure(password.error());
        if (Status stored = secrets::desktopKeychain()->set(smtpPasswordKey(s), *password); !stored)
            return ctx.failure(stored.error());
    }
    for (const QString &value : p.values(weeklyTo)) {
        qint64 id = 0;
        if (!parseEngagementId(value.section(u'=', 0, 0), id) || !value.contains(u'='))
            return ctx.usageError(tr("“%1” is not ID=ADDRESS.").arg(value));
        const QStringList addresses = value.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (Status saved = settings.setWeeklyRecipients(id, addresses); !saved)
            return ctx.failure(saved.error());
    }
    printSettings(ctx, s);
    return ExitOk;
}

// The GUI's "Send test mail" (Settings › Monitoring), with the saved settings.
static int runTest(Context &ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Send a short test mail through the saved SMTP settings."));
    const QCommandLineOption to(
        u"to"_s, tr("Recipient (default: the default digest address, else the sender)."),
        u"address"_s);
    const QCommandLineOption passwordFile(
        u"password-file"_s, tr("File whose first line is the SMTP password."), u"file"_s);
    p.addOption(to);
    p.addOption(passwordFile);
    int code = 0;
    if (!ctx.parse(p, code))
        return code;
    Result<ServiceContext> services = ctx.openServices();
    if (!services)
        return ctx.failure(services.error());
    Result<NotificationSettingsData> settings = NotificationSettings(*services).get();
    if (!settings)
        return ctx.failure(settings.error());
    Result<QString> password = smtpPassword(*services, p.value(passwordFile));
    if (!password)
        return ctx.failure(password.error());
    const QString recipient =
        p.isSet(to) ? p.value(to) : settings->digestAddresses.value(QString(), settings->from);
    if (Status sent = sendTestMail(*settings, *password, recipient); !sent)
        return ctx.failure(sent.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{u"sent"_s, true}, {u"to"_s, recipient}});
    else
        ctx.out() << tr("Sent a test mail to %1.").arg(recipient) << '\n';
    ctx.out().flush();
    return ExitOk;
}

static int runNotify(Context &ctx)
{
    const QString action = ctx.arguments().value(0);
    if (action == u"digest"_s)
        return runSend(ctx, false);
    if (action == u"weekly"_s)
        return runSend(ctx, true);
    if (action == u"settings"_s)
        return runSettings(ctx);
    if (action == u"test"_s)
        return runTest(ctx);
    if (action == u"--help"_s || action == u"-h"_s) {
        // The actions have options of their own; this page names them and where to look next.
        ctx.out() << tr("Usage: stsdesk-cli notify digest|weekly|settings|test [options]") << "\n"
                  << tr("Send the notification mails of the monitoring, or set where they go.")
                  << "\n\n  digest    "
                  << tr("each consultant's digest of findings no mail has carried yet") << "\n"
                  << "  weekly    " << tr("the weekly summary of an engagement for its customer")
                  << "\n  settings  " << tr("SMTP server, sender and recipients (no password)")
                  << "\n  test      " << tr("a short test mail through those settings") << "\n\n"
                  << tr("“stsdesk-cli notify ACTION --help” lists the options of an action.")
                  << "\n";
        ctx.out().flush();
        return ExitOk;
    }
    return ctx.usageError(
        tr("Usage: stsdesk-cli notify digest|weekly|settings|test … (--help after the "
           "action)."));
}

} // namespace sts::cli

static const sts::cli::Registration reg{
    u"notify"_s, QT_TRANSLATE_NOOP("cli", "Send the digest and weekly summary mails"),
    &sts::cli::runNotify, sts::cli::Gui::Needed};
