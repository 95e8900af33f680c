#include "RecordReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

QString absolute(QString name)
{
    name = name.trimmed().toLower();
    return name.endsWith(u'.') ? name : name + u'.';
}

// Quoted character-strings as zone files (\DDD) or Route 53 (\ooo) write them, concatenated.
QByteArray unquote(const QString &text, int base)
{
    QByteArray out;
    const QByteArray in = text.toUtf8();
    bool quoted = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted && c == '\\' && i + 1 < in.size()) {
            if (std::isdigit(static_cast<unsigned char>(in[i + 1])) && i + 3 < in.size()) {
                out += char(in.mid(i + 1, 3).toInt(nullptr, base));
                i += 3;
            } else {
                out += in[++i];
            }
        } else if (quoted) {
            out += c;
        }
    }
    return out;
}

QString line(const QString &owner, quint32 ttl, const QString &type, const QString &rdata,
             int escapeBase = 10)
{
    QString value = rdata.trimmed();
    if (type == u"TXT"_s)
        value = QString::fromUtf8(unquote(value, escapeBase));
    else if (type == u"CNAME"_s)
        value = absolute(value);
    else
        value = value.toLower();
    return u"%1 %2 %3 %4"_s.arg(absolute(owner)).arg(ttl).arg(type, value);
}

// "owner ttl IN TYPE rdata", as zone files and the comments of an nsupdate script write it.
QString zoneLine(const QString &text)
{
    const QStringList parts = text.simplified().split(u' ');
    if (parts.size() < 5 || parts[2] != u"IN"_s)
        return {};
    return line(parts[0], parts[1].toUInt(), parts[3], parts.mid(4).join(u' '));
}

QStringList readZone(const QByteArray &content)
{
    QStringList out;
    for (const QString &text : QString::fromUtf8(content).split(u'\n'))
        if (!text.trimmed().isEmpty() && !text.startsWith(u';'))
            out << zoneLine(text);
    out.sort();
    return out;
}

// RFC 4180 fields of one line (our values hold no line breaks).
QStringList csvFields(const QString &text)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted && c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
            field += u'"';
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QStringList readCsv(const QByteArray &content)
{
    QStringList out;
    const QStringList lines = QString::fromUtf8(content).split(u"\r\n"_s, Qt::SkipEmptyParts);
    for (const QString &text : lines.mid(1)) {
        const QStringList f = csvFields(text);
        if (f.size() == 4)
            out << line(f[0], f[1].toUInt(), f[2], f[3]);
    }
    out.sort();
    return out;
}

QStringList readCloudflare(const QByteArray &content)
{
    QStringList out;
    for (const QJsonValue &value : QJsonDocument::fromJson(content).array()) {
        const QJsonObject body = value.toObject();
        const QString type = body.value(u"type"_s).toString();
        QString rdata = body.value(u"content"_s).toString();
        if (type == u"TLSA"_s) {
            const QJsonObject data = body.value(u"data"_s).toObject();
            rdata = u"%1 %2 %3 %4"_s.arg(data.value(u"usage"_s).toInt())
                        .arg(data.value(u"selector"_s).toInt())
                        .arg(data.value(u"matching_type"_s).toInt())
                        .arg(data.value(u"certificate"_s).toString());
        }
        out << line(body.value(u"name"_s).toString(), body.value(u"ttl"_s).toInt(), type, rdata);
    }
    out.sort();
    return out;
}

QStringList readRoute53(const QByteArray &content)
{
    QStringList out;
    const QJsonArray changes =
        QJsonDocument::fromJson(content).object().value(u"Changes"_s).toArray();
    for (const QJsonValue &change : changes) {
        const QJsonObject set = change.toObject().value(u"ResourceRecordSet"_s).toObject();
        for (const QJsonValue &record : set.value(u"ResourceRecords"_s).toArray())
            out << line(set.value(u"Name"_s).toString(), set.value(u"TTL"_s).toInt(),
                        set.value(u"Type"_s).toString(),
                        record.toObject().value(u"Value"_s).toString(), 8);
    }
    out.sort();
    return out;
}

// `update add` lines, and the records of other zones the script lists as comments.
QStringList readNsupdate(const QByteArray &content)
{
    QStringList out;
    for (const QString &text : QString::fromUtf8(content).split(u'\n')) {
        if (text.startsWith(u"update add "_s)) {
            const QStringList parts = text.simplified().split(u' ');
            out << line(parts[2], parts[3].toUInt(), parts[4], parts.mid(5).join(u' '));
        } else if (text.startsWith(u"; "_s) && !zoneLine(text.mid(2)).isEmpty()) {
            out << zoneLine(text.mid(2));
        }
    }
    out.sort();
    return out;
}

} // namespace

std::optional<RecordReader> readerFor(const QString &formatKey)
{
    if (formatKey == u"bind"_s)
        return readZone;
    if (formatKey == u"csv"_s)
        return readCsv;
    if (formatKey == u"cloudflare"_s)
        return readCloudflare;
    if (formatKey == u"route53"_s)
        return readRoute53;
    if (formatKey == u"nsupdate"_s)
        return readNsupdate;
    return std::nullopt;
}

QStringList canonicalRecords(const records::RecordSet &set)
{
    QStringList out;
    for (const records::DnsRecordSpec &r : set.records())
        out << line(r.owner, r.ttl, r.typeName(), r.rdata());
    out.sort();
    return out;
}

} // namespace sts::test
