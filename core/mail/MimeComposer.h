#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sts::mail {

// A picture shown inside the HTML part (<img src="cid:…">), such as a trend chart.
struct InlineImage
{
    QString contentId; // without angle brackets: "trend@stsdesk"
    QByteArray png;
};

struct MailContent
{
    QString from;
    QStringList to;
    QString subject;
    QString text; // the plain-text part, always present
    QString html; // empty: a text/plain message alone
    QList<InlineImage> images;
    QDateTime date;
    QString messageId; // without angle brackets; empty: made up from a UUID and the sender's domain
};

// Writes RFC 5322/2045 messages with CRLF line ends: text alone, or multipart/alternative with the
// text first and the HTML second; with images the HTML becomes multipart/related with the PNGs
// inline. Text parts are UTF-8 quoted-printable (readable in a raw mailbox), images base64;
// non-ASCII header text is RFC 2047 encoded.
class MimeComposer
{
public:
    static QByteArray compose(const MailContent &content);

    static QByteArray quotedPrintable(const QByteArray &utf8);
    static QByteArray encodedHeader(const QString &text);
};

} // namespace sts::mail
