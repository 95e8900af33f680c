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
// Preformatted, monospace: the text as given, except that a line longer than `codeColumns` goes
// on in the next line after the continuation mark (a <pre> line is never wrapped by the layout:
// it would run past the margin and be cut off). Every mark is in the text, so a reader knows.
// Each line is a <p class="code">, so tests can tell quoted files from the runbook's own text.
inline constexpr int codeColumns = 96; // fits the page at 7.5 pt DejaVu Sans Mono, with room
inline constexpr char16_t continuationMark = u'↪';
QString code(const QByteArray &text);
QStringList wrapCodeLine(const QString &line, int columns = codeColumns);
QString list(const QStringList &items, bool ordered = false);
// `widths`: per column, in percent of the page width; empty lets the layout decide.
QString table(const QStringList &headers, const QList<QStringList> &rows,
              const QList<int> &widths = {});
QString keyValues(const QList<QPair<QString, QString>> &rows);
QString image(const QString &name, int widthPx);

} // namespace sts::runbook::html
