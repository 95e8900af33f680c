#pragma once

#include "tlsrpt/Extraction.h"

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
    };
    struct Mail
    {
        QString messageId;
        QString subject;
        QList<Attachment> attachments;
    };

    static bool looksLikeMail(const QByteArray &data);
    static bool looksLikeMbox(const QByteArray &data);
    static Result<Mail> read(const QByteArray &message, const ExtractionLimits &limits);
    // The messages of an mbox file, "From " separator lines removed and ">From " unquoted.
    static QList<QByteArray> splitMbox(const QByteArray &mbox);
};

} // namespace sts::tlsrpt
