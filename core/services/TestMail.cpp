#include "services/TestMail.h"

#include "mail/MimeComposer.h"
#include "mail/SmtpSubmission.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts", text); // lupdate: helpers in sts
}

Status sendTestMail(const NotificationSettingsData &settings, const QString &password,
                    const QString &to, int timeoutMs)
{
    if (settings.smtpHost.isEmpty())
        return Error{u"notify.settings"_s, tr("Name the SMTP submission server first.")};
    if (!NotificationSettings::isAddress(settings.from))
        return Error{u"notify.settings"_s, tr("Give a sender address first.")};
    if (!NotificationSettings::isAddress(to))
        return Error{u"notify.address"_s, tr("“%1” is not a mail address.").arg(to)};
    mail::MailContent content;
    content.from = settings.from;
    content.to = {to};
    content.subject = tr("STS Desk test mail");
    content.text = tr("This is a test mail from STS Desk. The monitoring's digests and weekly "
                      "summaries will be sent through %1 port %2 as %3.")
                       .arg(settings.smtpHost)
                       .arg(settings.smtpPort)
                       .arg(settings.smtpUser.isEmpty() ? settings.from : settings.smtpUser);
    content.date = QDateTime::currentDateTimeUtc();
    mail::SmtpSettings smtp;
    smtp.host = settings.smtpHost;
    smtp.port = quint16(settings.smtpPort);
    smtp.user = settings.smtpUser;
    smtp.password = password;
    smtp.caFile = settings.caFile;
    smtp.timeoutMs = timeoutMs;
    return mail::SmtpSubmission(smtp).send(
        {settings.from, {to}, mail::MimeComposer::compose(content)});
}

} // namespace sts
