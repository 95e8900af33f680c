#pragma once

#include "mail/MimeComposer.h"
#include "storage/NotificationFindings.h"

namespace sts {

class MailLanguage;

struct DigestInput
{
    QString consultant; // "" when the engagements name none
    QList<storage::PendingFinding> findings;
    bool critical = false; // the escalation to the critical address: critical findings only
    QString from;
    QStringList to;
    QDateTime now;
};

// The digest mail for one consultant, text and HTML: certificates running out (30/14/7 days),
// engagements ready for their next step, and every other new finding, each grouped by customer.
mail::MailContent digestMail(const DigestInput &input, const MailLanguage &language);

} // namespace sts
