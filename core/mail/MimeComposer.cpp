#include "mail/MimeComposer.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sts::mail {

static QByteArray newBoundary()
{
    return "=_stsdesk_" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

static QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray MimeComposer::quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = QByteArray(utf8).replace("\r\n", "\n").split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            // Trailing blanks would be stripped in transit, so they are encoded too.
            const bool literal =
                (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            QByteArray piece =
                literal ? QByteArray(1, char(c)) : QByteArray("=") + hex[c >> 4] + hex[c & 15];
            if (column + piece.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray MimeComposer::encodedHeader(const QString &text)
{
    bool ascii = true;
    for (const QChar ch : text)
        ascii = ascii && ch.unicode() >= 32 && ch.unicode() < 127;
    if (ascii)
        return text.toLatin1();
    // Encoded words of at most 75 characters; split on whole characters, never inside UTF-8.
    QByteArray out;
    QString chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toUtf8().toBase64() + "?=";
        chunk.clear();
    };
    for (const QChar ch : text) {
        if ((chunk + ch).toUtf8().size() > 45 && !ch.isLowSurrogate())
            flush();
        chunk += ch;
    }
    flush();
    return out;
}

static QByteArray textPart(const char *subtype, const QString &body)
{
    return QByteArray("Content-Type: text/") + subtype +
           "; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" +
           MimeComposer::quotedPrintable(body.toUtf8()) + "\r\n";
}

static QByteArray multipart(const char *subtype, const QList<QByteArray> &parts,
                            const QByteArray &extraParameters = {})
{
    const QByteArray boundary = newBoundary();
    QByteArray out = QByteArray("Content-Type: multipart/") + subtype + ";" + extraParameters +
                     " boundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray &part : parts)
        out += "--" + boundary + "\r\n" + part;
    return out + "--" + boundary + "--\r\n";
}

QByteArray MimeComposer::compose(const MailContent &c)
{
    const QDateTime date = (c.date.isValid() ? c.date : QDateTime::currentDateTimeUtc()).toUTC();
    QString messageId = c.messageId;
    if (messageId.isEmpty()) {
        const QString domain = c.from.section(u'@', -1);
        messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' +
                    (domain.isEmpty() ? u"stsdesk.invalid"_s : domain);
    }
    QByteArray head;
    head += "From: " + c.from.toUtf8() + "\r\n";
    head += "To: " + c.to.join(u", "_s).toUtf8() + "\r\n";
    head += "Subject: " + encodedHeader(c.subject) + "\r\n";
    head +=
        "Date: " + QLocale::c().toString(date, u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1() +
        "\r\n";
    head += "Message-ID: <" + messageId.toUtf8() + ">\r\n";
    head += "MIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n";

    if (c.html.isEmpty())
        return head + textPart("plain", c.text);
    QByteArray html = textPart("html", c.html);
    if (!c.images.isEmpty()) {
        QList<QByteArray> related{html};
        for (const InlineImage &image : c.images)
            related.append("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                           "Content-ID: <" +
                           image.contentId.toUtf8() + ">\r\nContent-Disposition: inline\r\n\r\n" +
                           base64Lines(image.png));
        html = multipart("related", related, " type=\"text/html\";");
    }
    return head + multipart("alternative", {textPart("plain", c.text), html});
}

} // namespace sts::mail
