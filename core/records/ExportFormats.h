#pragma once

#include "records/RecordExporter.h"

#include <QList>
#include <QString>
#include <memory>

namespace sts::records {

// One publication format of the record set, with everything a face needs to offer it. The GUI's
// export menu, the CLI's `records export` help and --format check, the artifacts' DNS files and
// makeExporter() all read exportFormats(), so a format exists everywhere or nowhere.
struct ExportFormat
{
    QString key;             // stable: the CLI's --format value ("bind")
    const char *name;        // for menus ("BIND zone snippet"); translate with displayName()
    const char *description; // one line for help texts; translate with displayDescription()
    const char *fileFilter;  // for save dialogs ("Zone files (*.zone *.txt)")
    QString saveSuffix;      // appended to the domain when saving (".zone")
    QString artifactPath;    // in the artifacts folder and the handover bundle ("dns/…")
    std::unique_ptr<RecordExporter> (*make)(const NsupdateOptions &options);

    QString displayName() const;
    QString displayDescription() const;
    QString displayFileFilter() const;
};

// In the order menus and help list them.
const QList<ExportFormat> &exportFormats();
// Null for an unknown key.
const ExportFormat *findExportFormat(const QString &key);

} // namespace sts::records
