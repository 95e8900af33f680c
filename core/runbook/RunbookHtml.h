#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Small builders for the rich-text subset QTextDocument understands; every argument is plain text
// and escaped here, so data from DNS or reports can never inject markup.
namespace sts::runbook::html {

QString esc(const QString &text);
QString para(const QString &text);
QString heading(const QString &text); // h2 inside a section
QString note(const QString &text);    // highlighted box
QString code(const QByteArray &text); // preformatted, monospace, exactly as given
QString list(const QStringList &items, bool ordered = false);
QString table(const QStringList &headers, const QList<QStringList> &rows);
QString keyValues(const QList<QPair<QString, QString>> &rows);
QString image(const QString &name, int widthPx);

} // namespace sts::runbook::html
