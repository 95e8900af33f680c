#pragma once

#include "runbook/RunbookDocument.h"
#include "util/CancelToken.h"
#include "util/Result.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <memory>

class QIODevice;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace sts::render {

// Lays the document out on A4 pages (cover, table of contents with real page numbers, body with
// each section on a new page) and paints any page with running header and page number. The same
// painting goes into the PDF and into preview images. Coordinates are A4 at 96 dpi. `figures`
// holds the pictures the sections name (see paintRunbookFigures).
class RunbookPages
{
public:
    static QSizeF pageSize() { return {793.7, 1122.5}; }

    RunbookPages(const runbook::RunbookDocument &document, const QHash<QString, QImage> &figures);
    ~RunbookPages();
    RunbookPages(const RunbookPages &) = delete;
    RunbookPages &operator=(const RunbookPages &) = delete;

    int pageCount() const;
    // First page (0-based) of each section, in document order.
    const QList<int> &sectionPages() const { return m_sectionPages; }
    void paintPage(QPainter &painter, int index) const;
    QImage pageImage(int index, int widthPx) const;
    // Every page into an A4 PDF on `device`. Errors: runbook.pdf, runbook.cancelled.
    Status writePdf(QIODevice *device, const QString &title, const CancelToken &cancel = {}) const;

    // For checks that nothing is cut off at the margin: the width text may take, and the right
    // edge of the widest laid-out line of the body (its text into `text`).
    qreal textWidth() const;
    qreal widestBodyLine(QString *text = nullptr) const;

private:
    QRectF contentRect() const;
    std::unique_ptr<QTextDocument> makeDocument(const QString &html) const;
    void buildToc();
    void keepParagraphsOnOnePage();
    bool keepOnOnePage(const QTextBlock &block);
    void paintDecorations(QPainter &painter, int index, const QString &section) const;

    runbook::RunbookDocument m_document;
    std::unique_ptr<QTextDocument> m_cover;
    std::unique_ptr<QTextDocument> m_toc;
    std::unique_ptr<QTextDocument> m_body;
    QList<qreal> m_headingTops; // body y of each section heading
    QList<int> m_sectionPages;  // absolute page index of each section
    int m_tocPages = 1;
    int m_bodyPages = 0;
};

} // namespace sts::render
