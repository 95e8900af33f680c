#pragma once

#include "tlsrpt/Extraction.h"
#include "tlsrpt/InputAllowance.h"

#include <optional>

namespace sts::tlsrpt {

// Report attachments out of RFC 5322 messages (GMime): multipart/report and any nesting of
// multiparts and attached messages. An attachment is a candidate when its media type is one
// senders use (application/tlsrpt+gzip, +json, tlsrpt, gzip, x-gzip, octet-stream, json, zip)
// or when its file name — from Content-Disposition, Content-Type or only Content-Description —
// ends in .json, .gz or .zip.
class MailReader
{
public:
    struct Attachment
    {
        QString name;
        QString mediaType;
        QByteArray bytes; // transfer encoding already decoded
        HeldBytes held;   // its share of the memory budget
    };
    struct Mail
    {
        QString messageId;
        QString subject;
        QList<Attachment> attachments;
    };

    static bool looksLikeMail(const QByteArray &data);
    static bool looksLikeMbox(const QByteArray &data);
    // The attachments' memory is reserved from `allowance` (InputAllowance::deferral() when the
    // budget refused).
    static Result<Mail> read(const QByteArray &message, const ExtractionLimits &limits,
                             InputAllowance &allowance);
    // The next message of an mbox file from `position` on (which it advances), its "From "
    // separator line removed and ">From " unquoted; nothing after the last one. One message at
    // a time, so that a large mailbox is not copied whole.
    static std::optional<QByteArray> nextMboxMessage(const QByteArray &mbox, qsizetype &position);
};

} // namespace sts::tlsrpt
