#include "common/FileDialogs.h"

#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sts::ui {

QString fileNameSlug(const QString &text)
{
    QString out;
    bool dash = false; // a separator is due before the next letter or digit
    for (const QChar c : text.toLower()) {
        QString part;
        if (c == u'ä')
            part = u"ae"_s;
        else if (c == u'ö')
            part = u"oe"_s;
        else if (c == u'ü')
            part = u"ue"_s;
        else if (c == u'ß')
            part = u"ss"_s;
        else {
            // é → e: the base letter of a decomposed character, if it is plain ASCII.
            const QString base = QString(c).normalized(QString::NormalizationForm_D);
            if (!base.isEmpty() && base.at(0).unicode() < 0x80 && base.at(0).isLetterOrNumber())
                part = base.at(0);
        }
        if (part.isEmpty()) {
            dash = !out.isEmpty();
            continue;
        }
        if (dash)
            out += u'-';
        dash = false;
        out += part;
    }
    return out;
}

QString proposedFileName(const QString &stem, const QString &customer, const QDate &date,
                         const QString &suffix)
{
    QStringList parts{stem};
    if (const QString slug = fileNameSlug(customer); !slug.isEmpty())
        parts << slug;
    if (date.isValid())
        parts << date.toString(u"yyyy-MM-dd"_s);
    return parts.join(u'-') + suffix;
}

QString proposedFileName(Workspace *workspace, qint64 engagementId, const QString &stem,
                         const QString &suffix)
{
    QString customer;
    if (Result<Engagement> engagement = workspace->engagements().get(engagementId))
        customer = engagement->customer;
    return proposedFileName(stem, customer, workspace->clock()->now().toLocalTime().date(), suffix);
}

QString FileDialogs::startFolder(const QString &purpose)
{
    const QString remembered = AppSettings::lastFolder(purpose);
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

namespace {

void rememberFolderOf(const QString &purpose, const QString &path, bool isFolder = false)
{
    if (!path.isEmpty())
        AppSettings::setLastFolder(purpose, isFolder ? path : QFileInfo(path).absolutePath());
}

} // namespace

QString FileDialogs::saveFileName(QWidget *parent, const QString &purpose, const QString &caption,
                                  const QString &proposedName, const QString &filter,
                                  QFileDialog::Options options)
{
    const QString start = QFileInfo(proposedName).isAbsolute()
                              ? proposedName
                              : QDir(startFolder(purpose)).filePath(proposedName);
    const QString path =
        QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, options);
    rememberFolderOf(purpose, path);
    return path;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &purpose, const QString &caption,
                                  const QString &filter, const QString &current)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, caption, current.isEmpty() ? startFolder(purpose) : current, filter);
    rememberFolderOf(purpose, path);
    return path;
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &purpose,
                                       const QString &caption, const QString &filter)
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(parent, caption, startFolder(purpose), filter);
    if (!paths.isEmpty())
        rememberFolderOf(purpose, paths.first());
    return paths;
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &purpose,
                                       const QString &caption, const QString &current)
{
    const QString path = QFileDialog::getExistingDirectory(
        parent, caption, current.isEmpty() ? startFolder(purpose) : current);
    rememberFolderOf(purpose, path, true);
    return path;
}

} // namespace sts::ui
