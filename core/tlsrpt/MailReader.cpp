#include "tlsrpt/MailReader.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <gmime/gmime.h>
#include <mutex>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::MailReader", text);
}

// GMime keeps process-wide caches; parsing is serialised so worker threads never race in them.
static QMutex &gmimeMutex()
{
    static QMutex mutex;
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    return mutex;
}

template <typename T> struct GObjectPtr
{
    T *p = nullptr;
    ~GObjectPtr()
    {
        if (p)
            g_object_unref(p);
    }
};

bool MailReader::looksLikeMbox(const QByteArray &data)
{
    return data.startsWith("From ");
}

bool MailReader::looksLikeMail(const QByteArray &data)
{
    // A header line ("Name: value") first; field names are printable ASCII without colon.
    static const QRegularExpression header(u"^[!-9;-~]+:"_s);
    const qsizetype end = data.indexOf('\n');
    const QByteArray first = data.left(end < 0 ? 200 : qMin<qsizetype>(end, 998));
    return header.match(QString::fromLatin1(first)).hasMatch();
}

std::optional<QByteArray> MailReader::nextMboxMessage(const QByteArray &mbox, qsizetype &position)
{
    while (position < mbox.size()) {
        const qsizetype start = position;
        const qsizetype next = mbox.indexOf("\nFrom ", start);
        const qsizetype bodyStart = mbox.indexOf('\n', start);
        if (bodyStart < 0) {
            position = mbox.size();
            break;
        }
        const qsizetype end = next < 0 ? mbox.size() : next + 1;
        position = end;
        if (bodyStart + 1 >= end)
            continue;
        QByteArray message = mbox.mid(bodyStart + 1, end - bodyStart - 1);
        message.replace("\n>From ", "\nFrom ");
        if (!message.trimmed().isEmpty())
            return message;
    }
    return std::nullopt;
}

static bool isCandidate(const QString &mediaType, const QString &name)
{
    static const QStringList types{u"application/tlsrpt+gzip"_s,
                                   u"application/tlsrpt+json"_s,
                                   u"application/tlsrpt"_s,
                                   u"application/gzip"_s,
                                   u"application/x-gzip"_s,
                                   u"application/octet-stream"_s,
                                   u"application/json"_s,
                                   u"application/zip"_s,
                                   u"application/x-zip-compressed"_s,
                                   u"text/json"_s};
    if (types.contains(mediaType))
        return true;
    const QString lower = name.toLower();
    return lower.endsWith(u".json"_s) || lower.endsWith(u".gz"_s) || lower.endsWith(u".zip"_s);
}

static void collect(GMimeObject *object, MailReader::Mail &mail, int depth,
                    const ExtractionLimits &limits, InputAllowance &allowance)
{
    if (!object || depth > limits.maxDepth || allowance.deferred())
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            collect(g_mime_multipart_get_part(multipart, i), mail, depth + 1, limits, allowance);
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (inner)
            collect(g_mime_message_get_mime_part(inner), mail, depth + 1, limits, allowance);
        return;
    }
    if (!GMIME_IS_PART(object))
        return;
    GMimePart *part = GMIME_PART(object);
    GMimeContentType *type = g_mime_object_get_content_type(object);
    char *mime = type ? g_mime_content_type_get_mime_type(type) : nullptr;
    const QString mediaType = mime ? QString::fromUtf8(mime).toLower() : QString();
    g_free(mime);
    QString name = QString::fromUtf8(g_mime_part_get_filename(part));
    if (name.isEmpty()) {
        // Some senders name the attachment only in Content-Description.
        name =
            QString::fromUtf8(g_mime_object_get_header(object, "Content-Description")).simplified();
    }
    if (!isCandidate(mediaType, name))
        return;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return;
    GObjectPtr<GMimeStream> out{g_mime_stream_mem_new()};
    g_mime_data_wrapper_write_to_stream(content, out.p);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.p));
    if (!allowance.reserve(bytes->len))
        return;
    MailReader::Attachment attachment;
    attachment.name = name;
    attachment.mediaType = mediaType;
    attachment.bytes = QByteArray(reinterpret_cast<const char *>(bytes->data), bytes->len);
    attachment.held = allowance.hold(bytes->len);
    mail.attachments << std::move(attachment);
}

Result<MailReader::Mail> MailReader::read(const QByteArray &message, const ExtractionLimits &limits,
                                          InputAllowance &allowance)
{
    if (message.size() > limits.maxMessageBytes)
        return Error{u"tlsrpt.too-large"_s,
                     tr("The mail message is larger than %1 MiB and was refused.")
                         .arg(limits.maxMessageBytes / (1024 * 1024))};
    // GMime's tree of the message and an attachment being decoded: at most the message again.
    if (!allowance.reserve(message.size()))
        return InputAllowance::deferral();
    const auto release = qScopeGuard([&] { allowance.release(message.size()); });
    QMutexLocker lock(&gmimeMutex());
    GObjectPtr<GMimeStream> stream{
        g_mime_stream_mem_new_with_buffer(message.constData(), size_t(message.size()))};
    GObjectPtr<GMimeParser> parser{g_mime_parser_new_with_stream(stream.p)};
    g_mime_parser_set_format(parser.p, GMIME_FORMAT_MESSAGE);
    GObjectPtr<GMimeMessage> parsed{g_mime_parser_construct_message(parser.p, nullptr)};
    if (!parsed.p)
        return Error{u"tlsrpt.mail"_s, tr("The mail message cannot be parsed.")};
    Mail mail;
    mail.messageId = QString::fromUtf8(g_mime_message_get_message_id(parsed.p));
    mail.subject = QString::fromUtf8(g_mime_message_get_subject(parsed.p));
    collect(g_mime_message_get_mime_part(parsed.p), mail, 0, limits, allowance);
    if (allowance.deferred())
        return InputAllowance::deferral();
    return mail;
}

} // namespace sts::tlsrpt
