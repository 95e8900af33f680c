#pragma once

#include <QDate>
#include <QFileDialog>
#include <QString>
#include <QStringList>

class QWidget;

namespace sts::ui {

class Workspace;

// A customer name as a file name part: lower case, ä→ae, ö→oe, ü→ue, ß→ss (other accents
// dropped: é→e), every other run of characters that is not a letter or digit one '-', none at
// either end. "Beispiel AG" → "beispiel-ag", "Müller & Söhne GmbH" → "mueller-soehne-gmbh".
QString fileNameSlug(const QString &text);
// "<stem>-<customer slug>-<yyyy-MM-dd><suffix>" ("runbook-beispiel-ag-2026-12-07.pdf"); without
// a customer "<stem>-<date><suffix>".
QString proposedFileName(const QString &stem, const QString &customer, const QDate &date,
                         const QString &suffix);
// The same for an engagement of `workspace` on the workspace clock's day (local time).
QString proposedFileName(Workspace *workspace, qint64 engagementId, const QString &stem,
                         const QString &suffix);

// Every file dialog of the GUI goes through here: each purpose ("runbook", "records", "csr",
// …) opens in the folder it was last left in (AppSettings::lastFolder), so a consultant who files
// one customer's deliverables in one place is not sent to the home folder every time.
class FileDialogs
{
public:
    // `proposedName` is a file name (put in the remembered folder) or an absolute path.
    static QString saveFileName(QWidget *parent, const QString &purpose, const QString &caption,
                                const QString &proposedName, const QString &filter = {},
                                QFileDialog::Options options = {});
    // `current` (a path already chosen) wins over the remembered folder.
    static QString openFileName(QWidget *parent, const QString &purpose, const QString &caption,
                                const QString &filter = {}, const QString &current = {});
    static QStringList openFileNames(QWidget *parent, const QString &purpose,
                                     const QString &caption, const QString &filter = {});
    static QString existingDirectory(QWidget *parent, const QString &purpose,
                                     const QString &caption, const QString &current = {});

    // Where a dialog for `purpose` opens: the remembered folder, else the documents folder.
    static QString startFolder(const QString &purpose);
};

} // namespace sts::ui
