#include "ShownTexts.h"

#include "TestEnv.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QWizardPage>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace sts::test {

namespace {

QString simplified(const QString &text)
{
    return QString(text).replace(u'\u00a0', u' ').simplified();
}

void modelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out << index.data(Qt::DisplayRole).toString();
            if (column == 0 && model->hasChildren(index))
                modelTexts(model, index, out);
        }
    }
}

void itemViewTexts(const QAbstractItemView *view, QStringList &out)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        out << model->headerData(column, Qt::Horizontal).toString();
    modelTexts(model, view->rootIndex(), out);
}

// A generated file (policy, nginx site, certbot hook, README) shown as it is written, in a fixed
// font: servers and administrators read these files, and they are English on purpose.
bool isFileView(const QWidget *w)
{
    if (!qobject_cast<const QPlainTextEdit *>(w) && !qobject_cast<const QTextEdit *>(w))
        return false;
    // The font asked for, not the one found: offscreen, a font family may be missing.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    return w->font().family() == fixed.family() || w->font().fixedPitch() ||
           QFontInfo(w->font()).fixedPitch();
}

void widgetTexts(QWidget *w, QStringList &out)
{
    if (auto *label = qobject_cast<QLabel *>(w))
        out << (Qt::mightBeRichText(label->text()) ? plainTextOf(label->text()) : label->text());
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        out << button->text();
    else if (auto *box = qobject_cast<QGroupBox *>(w))
        out << box->title();
    else if (auto *tabs = qobject_cast<QTabWidget *>(w))
        for (int i = 0; i < tabs->count(); ++i)
            out << tabs->tabText(i);
    else if (auto *page = qobject_cast<QWizardPage *>(w))
        out << page->title() << page->subTitle();
    else if (isFileView(w))
        return;
    else if (auto *edit = qobject_cast<QTextEdit *>(w))
        out << edit->toPlainText();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        out << plain->toPlainText();
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemText(i);
    else if (auto *view = qobject_cast<QAbstractItemView *>(w))
        itemViewTexts(view, out);
}

} // namespace

QStringList shownTexts(QWidget *root)
{
    QStringList out;
    widgetTexts(root, out);
    for (QWidget *w : root->findChildren<QWidget *>())
        if (w->isVisibleTo(root))
            widgetTexts(w, out);
    out.removeAll(QString());
    return out;
}

QString plainTextOf(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString plainTextWithoutFiles(QString html)
{
    // A quoted file: preformatted, or one <p class="code"> per line (the runbook's code blocks).
    static const QRegularExpression file(u"<pre[ >].*?</pre>|<p class=\"code\"[^>]*>.*?</p>"_s,
                                         QRegularExpression::DotMatchesEverythingOption);
    return plainTextOf(html.remove(file));
}

QString paintedText(QWidget *widget, const QString &pdfPath)
{
    {
        QPdfWriter pdf(pdfPath);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(widget->size() + QSize(40, 40), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        widget->render(&painter);
    }
    const ToolRun run = runTool(u"pdftotext"_s, {pdfPath, u"-"_s});
    return run.exitCode == 0 ? QString::fromUtf8(run.out) : QString();
}

QStringList englishPieces(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList sources, german;
    QString source;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            german << simplified(translation);
            if (simplified(translation) != simplified(source))
                sources << source;
        }
    }
    const QString allGerman = german.join(u'\n');
    static const QRegularExpression cut(u"%L?[0-9]+|%n|<[^>]*>|&[a-z]+;|\\n"_s);
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    QStringList pieces;
    for (const QString &text : std::as_const(sources)) {
        for (const QString &part : text.split(cut, Qt::SkipEmptyParts)) {
            const QString piece = simplified(part);
            int words = 0;
            for (auto it = word.globalMatch(piece); it.hasNext(); it.next())
                ++words;
            if (words >= 3 && !allGerman.contains(piece))
                pieces << piece;
        }
    }
    pieces.removeDuplicates();
    return pieces;
}

QStringList englishIn(const QStringList &texts, const QStringList &pieces)
{
    QStringList found;
    for (const QString &text : texts) {
        const QString shown = simplified(text);
        for (const QString &piece : pieces)
            if (shown.contains(piece))
                found << piece + u"  ⟵  "_s + shown.left(160);
    }
    found.removeDuplicates();
    return found;
}

} // namespace sts::test
