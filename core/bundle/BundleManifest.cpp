#include "bundle/BundleManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sts::bundle {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::bundle", text);
}

static QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray buildManifest(const QList<BundleFile> &files, const ManifestInfo &info)
{
    QJsonArray entries;
    for (const BundleFile &file : files)
        entries << QJsonObject{{u"path"_s, file.path},
                               {u"size"_s, file.content.size()},
                               {u"sha256"_s, QString::fromLatin1(sha256(file.content).toHex())}};
    const QJsonObject root{{u"format"_s, u"stsdesk-handover-bundle"_s},
                           {u"formatVersion"_s, 1},
                           {u"tool"_s, u"STS Desk"_s},
                           {u"toolVersion"_s, QStringLiteral(STSDESK_VERSION)},
                           {u"createdUtc"_s, info.createdAt.toUTC().toString(Qt::ISODate)},
                           {u"engagement"_s, QJsonObject{{u"id"_s, info.engagementId},
                                                         {u"customer"_s, info.customer},
                                                         {u"domain"_s, info.domain}}},
                           {u"privateKeysIncluded"_s, info.privateKeysIncluded},
                           {u"files"_s, entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<ManifestEntry>> parseManifest(const QByteArray &json, QJsonObject *header)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError ||
        root.value(u"format"_s) != u"stsdesk-handover-bundle"_s)
        return Error{u"bundle.manifest"_s, tr("MANIFEST.json is not an STS Desk bundle manifest.")};
    QList<ManifestEntry> entries;
    for (const QJsonValue &value : root.value(u"files"_s).toArray()) {
        const QJsonObject object = value.toObject();
        ManifestEntry entry{object.value(u"path"_s).toString(),
                            qint64(object.value(u"size"_s).toDouble(-1)),
                            QByteArray::fromHex(object.value(u"sha256"_s).toString().toLatin1())};
        if (!isSafeBundlePath(entry.path) || entry.sha256.size() != 32 || entry.size < 0)
            return Error{u"bundle.manifest"_s, tr("MANIFEST.json has an invalid file entry.")};
        entries << entry;
    }
    if (header) {
        *header = root;
        header->remove(u"files"_s);
    }
    return entries;
}

QByteArray buildSha256Sums(const QList<BundleFile> &files, const QByteArray &manifest)
{
    QByteArray out;
    auto line = [&out](const QByteArray &content, const QString &path) {
        out += sha256(content).toHex() + "  " + path.toUtf8() + '\n';
    };
    line(manifest, QString::fromUtf16(kManifestName));
    for (const BundleFile &file : files)
        line(file.content, file.path);
    return out;
}

Result<QList<ManifestEntry>> parseSha256Sums(const QByteArray &text)
{
    QList<ManifestEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        // "<64 hex>  <path>" (or " *<path>" for binary mode)
        if (line.size() < 67 || line.at(64) != ' ' || (line.at(65) != ' ' && line.at(65) != '*'))
            return Error{u"bundle.sums"_s, tr("SHA256SUMS has a malformed line.")};
        ManifestEntry entry;
        entry.sha256 = QByteArray::fromHex(line.left(64));
        entry.path = QString::fromUtf8(line.mid(66));
        entry.size = -1;
        if (entry.sha256.size() != 32 || !isSafeBundlePath(entry.path))
            return Error{u"bundle.sums"_s, tr("SHA256SUMS has a malformed line.")};
        entries << entry;
    }
    return entries;
}

} // namespace sts::bundle
