#include "mail/SmtpSubmission.h"

#include "mail/SmtpConnection.h"

#include <QCoreApplication>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace sts::mail {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::mail::SmtpSubmission", text);
}

// The EHLO keywords, upper case, each with its parameters ("AUTH" -> "PLAIN LOGIN").
static QHash<QString, QString> extensions(const SmtpConnection::Reply &ehlo)
{
    QHash<QString, QString> out;
    for (qsizetype i = 1; i < ehlo.lines.size(); ++i) {
        const QString line = ehlo.lines.at(i).trimmed();
        const qsizetype space = line.indexOf(u' ');
        out.insert(line.left(space).toUpper(), space < 0 ? QString() : line.mid(space + 1));
    }
    return out;
}

static bool plainAddress(const QString &address)
{
    // Anything that could break out of MAIL FROM:<…> or RCPT TO:<…> is refused.
    return !address.isEmpty() && !address.contains(u'<') && !address.contains(u'>') &&
           !address.contains(u'\r') && !address.contains(u'\n') && !address.contains(u' ');
}

SmtpSubmission::SmtpSubmission(SmtpSettings settings) : m_settings(std::move(settings)) {}

QByteArray SmtpSubmission::dataBlock(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 40 + 8);
    const QList<QByteArray> lines = message.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == lines.size() - 1 && line.isEmpty())
            break; // the message ended with a line end
        if (line.startsWith('.'))
            out += '.';
        out += line + "\r\n";
    }
    return out + ".\r\n";
}

Status SmtpSubmission::send(const Envelope &envelope)
{
    const SmtpSettings &s = m_settings;
    if (!plainAddress(envelope.from))
        return Error{u"mail.address"_s, tr("“%1” is not a sender address.").arg(envelope.from)};
    if (envelope.recipients.isEmpty())
        return Error{u"mail.address"_s, tr("The message has no recipient.")};
    for (const QString &to : envelope.recipients)
        if (!plainAddress(to))
            return Error{u"mail.address"_s, tr("“%1” is not a recipient address.").arg(to)};

    QSslConfiguration tlsConfig = QSslConfiguration::defaultConfiguration();
    tlsConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tlsConfig.setProtocol(QSsl::TlsV1_2OrLater);
    if (!s.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(s.caFile);
        if (cas.isEmpty())
            return Error{u"mail.ca-file"_s,
                         tr("No CA certificate could be read from “%1”.").arg(s.caFile)};
        tlsConfig.setCaCertificates(cas);
    }

    SmtpConnection c(s.timeoutMs);
    const QByteArray ehlo = "EHLO " + s.heloName.toLatin1();
    auto run = [&]() -> Status {
        if (Status st = c.connectTo(s.host, s.port); !st)
            return st;
        if (auto r = c.expect(tr("the greeting"), 220, 220); !r)
            return r.error();
        auto before = c.command(ehlo, 250, 250);
        if (!before)
            return before.error();
        if (!extensions(*before).contains(u"STARTTLS"_s))
            return Error{u"mail.no-starttls"_s,
                         tr("The mail server %1 does not offer STARTTLS; STS Desk does not send "
                            "the password or the mail without TLS.")
                             .arg(s.host)};
        if (auto r = c.command("STARTTLS", 220, 220); !r)
            return r.error();
        if (Status st = c.startTls(tlsConfig, s.peerName.isEmpty() ? s.host : s.peerName); !st)
            return st;
        auto after = c.command(ehlo, 250, 250);
        if (!after)
            return after.error();
        if (!s.user.isEmpty()) {
            const QStringList mechanisms =
                extensions(*after).value(u"AUTH"_s).toUpper().split(u' ', Qt::SkipEmptyParts);
            const QByteArray user = s.user.toUtf8(), password = s.password.toUtf8();
            const QString shown = tr("the login of %1").arg(s.user);
            Result<SmtpConnection::Reply> auth = Error{};
            if (mechanisms.contains(u"PLAIN"_s)) {
                auth = c.command("AUTH PLAIN " + ('\0' + user + '\0' + password).toBase64(), 235,
                                 235, shown);
            } else if (mechanisms.contains(u"LOGIN"_s)) {
                auth = c.command("AUTH LOGIN", 334, 334, shown);
                if (auth)
                    auth = c.command(user.toBase64(), 334, 334, shown);
                if (auth)
                    auth = c.command(password.toBase64(), 235, 235, shown);
            } else {
                return Error{
                    u"mail.no-auth"_s,
                    tr("The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN.").arg(s.host)};
            }
            if (!auth) {
                if (auth.error().code == u"mail.rejected"_s)
                    return Error{u"mail.auth"_s,
                                 tr("The mail server did not accept the user name or password "
                                    "of %1: %2")
                                     .arg(s.user, auth.error().message)};
                return auth.error();
            }
        }
        if (auto r = c.command("MAIL FROM:<" + envelope.from.toUtf8() + '>', 250, 250); !r)
            return r.error();
        for (const QString &to : envelope.recipients)
            if (auto r = c.command("RCPT TO:<" + to.toUtf8() + '>', 250, 251); !r)
                return r.error();
        if (auto r = c.command("DATA", 354, 354); !r)
            return r.error();
        if (Status st = c.writeRaw(dataBlock(envelope.message), tr("the message")); !st)
            return st;
        if (auto r = c.expect(tr("the message"), 250, 250); !r)
            return r.error();
        return {};
    };
    const Status result = run();
    if (result.ok())
        c.quit();
    else
        c.abort();
    return result;
}

} // namespace sts::mail
