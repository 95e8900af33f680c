#pragma once
// What a person reads on screen and in the runbook, and the English the catalogue translates,
// for the test that the German UI and runbook show no English sentence of ours.

#include <QString>
#include <QStringList>

class QWidget;

namespace sts::test {

// Every text shown in `root` and its children visible with it: labels, buttons, group boxes,
// tabs, wizard page titles, text edits, combo box entries, and the cells and headers of every
// item view (tables, trees, lists). Rich text is read as plain text. Generated files shown as
// they are written (fixed-font text views) are left out: they are English on purpose.
QStringList shownTexts(QWidget *root);

// What `widget` paints itself (timeline axis, day strip, charts): rendered into a PDF at `pdfPath`
// and read back with pdftotext. Empty when pdftotext fails.
QString paintedText(QWidget *widget, const QString &pdfPath);

// The text of a rich-text (HTML) fragment, as QTextDocument lays it out; the second without
// the generated files it quotes (<pre> blocks), which are English on purpose.
QString plainTextOf(const QString &html);
QString plainTextWithoutFiles(QString html);

// The English sentences of the catalogue at `tsPath`: of every source text whose German differs,
// the pieces between placeholders (%1, %n) and tags that have at least three words, unless the
// piece also occurs in a German translation (names, RFC references, record syntax).
QStringList englishPieces(const QString &tsPath);

// Each piece found in one of `texts` (whitespace compared loosely), as "piece ⟵ text".
QStringList englishIn(const QStringList &texts, const QStringList &pieces);

} // namespace sts::test
