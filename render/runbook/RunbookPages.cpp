#include "runbook/RunbookPages.h"

#include "runbook/RunbookHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sts::render {

using runbook::RunbookSection;
namespace html = runbook::html;

namespace {
constexpr qreal kMarginX = 68;      // ≈ 18 mm
constexpr qreal kMarginTop = 90;    // room for the running header
constexpr qreal kMarginBottom = 80; // room for the page number

const QString kStyle = u"<style>h1 { font-size: 17pt; color: #1e3a8a; } "
                       u"h2 { font-size: 12pt; color: #1e3a8a; } "
                       u"p, li, td, th { font-size: 9.5pt; } </style>"_s;

// Text is laid out for a fixed 96-dpi device, so preview and PDF break lines identically.
QPaintDevice *layoutDevice()
{
    thread_local QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        return image;
    }();
    return &device;
}
} // namespace

RunbookPages::RunbookPages(const runbook::RunbookDocument &document,
                           const QHash<QString, QImage> &figures)
    : m_document(document)
{
    m_cover = makeDocument(kStyle + m_document.coverHtml);

    QString body = kStyle;
    for (qsizetype i = 0; i < m_document.sections.size(); ++i) {
        const RunbookSection &section = m_document.sections.at(i);
        body += u"<h1%1>%2. %3</h1>"_s
                    .arg(i == 0 ? QString() : u" style=\"page-break-before: always\""_s)
                    .arg(i + 1)
                    .arg(html::esc(section.title));
        body += section.html;
    }
    m_body = makeDocument({});
    const auto addImages = [this, &figures] {
        for (auto it = figures.cbegin(); it != figures.cend(); ++it)
            m_body->addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    };
    addImages();
    m_body->setHtml(body);
    addImages(); // in case setting the HTML dropped them; layout happens only below
    keepParagraphsOnOnePage();
    const qreal pageHeight = contentRect().height();
    m_bodyPages = m_body->pageCount();
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 1)
            m_headingTops.append(m_body->documentLayout()->blockBoundingRect(block).top());

    // The TOC's length does not depend on the numbers in it: lay it out once to count its pages.
    buildToc();
    m_tocPages = std::max(1, m_toc->pageCount());
    m_sectionPages.clear();
    for (qreal top : m_headingTops)
        m_sectionPages.append(1 + m_tocPages + int(std::floor((top + 1) / pageHeight)));
    buildToc();
}

RunbookPages::~RunbookPages() = default;

// A paragraph that runs over a page break is drawn with its last line of the earlier page again on
// the later one (QTextLayout::draw starts one line above its clip): invisible, but in the PDF's
// text twice. So no paragraph may cross a page break: a paragraph or list item shorter than a page
// starts on the next page (with its heading); one in a table cell, which cannot start a page, or
// longer than a page is split into two paragraphs where the page breaks, which looks the same.
// A heading left alone at the foot of a page goes to the next one too.
void RunbookPages::keepParagraphsOnOnePage()
{
    (void)m_body->pageCount(); // the whole layout, once
    for (int changes = 0; changes < 1000; ++changes) {
        bool changed = false;
        for (QTextBlock block = m_body->begin(); block.isValid() && !changed; block = block.next())
            changed = keepOnOnePage(block);
        if (!changed)
            return;
        // Laid out again as a whole: after a change the lazy layout below the block is left
        // stale (blocks went missing from the pages).
        m_body->markContentsDirty(0, m_body->characterCount());
        (void)m_body->pageCount();
    }
}

static void startNextPage(QTextBlock block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

static bool isSubheading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 1;
}

// Whether `block` had to change (see keepParagraphsOnOnePage).
bool RunbookPages::keepOnOnePage(const QTextBlock &block)
{
    const qreal pageHeight = contentRect().height();
    QAbstractTextDocumentLayout *layout = m_body->documentLayout();
    // Lays the document out down to this block (the layout is lazy).
    const qreal top = layout->blockBoundingRect(block).top();
    const auto pageAt = [pageHeight](qreal y) { return int((y + 0.5) / pageHeight); };
    if (isSubheading(block) && block.next().isValid() &&
        pageAt(top) != pageAt(layout->blockBoundingRect(block.next()).top()) &&
        pageAt(top) == pageAt(top - 1)) { // not at the top of a page already
        startNextPage(block);
        return true;
    }
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() < 2)
        return false;
    int breakAt = 1;
    while (breakAt < lines->lineCount() &&
           pageAt(top + lines->lineAt(breakAt).y()) == pageAt(top + lines->lineAt(0).y()))
        ++breakAt;
    if (breakAt == lines->lineCount())
        return false;
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    const bool fitsOnAPage = last.y() + last.height() - lines->lineAt(0).y() < pageHeight;
    if (fitsOnAPage && !QTextCursor(block).currentTable()) {
        startNextPage(isSubheading(block.previous()) ? block.previous() : block);
    } else {
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + lines->lineAt(breakAt).textStart());
        cursor.insertBlock();
    }
    return true;
}

QRectF RunbookPages::contentRect() const
{
    const QSizeF page = pageSize();
    return QRectF(kMarginX, kMarginTop, page.width() - 2 * kMarginX,
                  page.height() - kMarginTop - kMarginBottom);
}

std::unique_ptr<QTextDocument> RunbookPages::makeDocument(const QString &html) const
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(layoutDevice());
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    // Any letter spacing makes Qt shape without ligatures: "ﬁ" glyphs would break searching
    // and copying "certificate" from the PDF.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // the smallest non-zero step
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setPageSize(contentRect().size());
    if (!html.isEmpty())
        document->setHtml(html);
    return document;
}

void RunbookPages::buildToc()
{
    QString html = kStyle + u"<h1>%1</h1><table width=\"100%\" cellpadding=\"4\">"_s.arg(
                                html::esc(m_document.tocTitle));
    for (qsizetype i = 0; i < m_document.sections.size(); ++i) {
        const int page = i < m_sectionPages.size() ? m_sectionPages.at(i) + 1 : 0;
        html +=
            u"<tr><td width=\"30\">%1.</td><td>%2</td><td align=\"right\">%3</td></tr>"_s.arg(i + 1)
                .arg(html::esc(m_document.sections.at(i).title))
                .arg(page);
    }
    html += u"</table>"_s;
    if (!m_document.omitted.isEmpty())
        html +=
            u"<br/><p style=\"color:#6b7280\">%1</p>"_s.arg(html::esc(m_document.omittedTitle)) +
            u"<ul style=\"color:#6b7280\">"_s +
            [this] {
                QString items;
                for (const QString &item : m_document.omitted)
                    items += u"<li>%1</li>"_s.arg(html::esc(item));
                return items;
            }() +
            u"</ul>"_s;
    m_toc = makeDocument(html);
}

int RunbookPages::pageCount() const
{
    return 1 + m_tocPages + m_bodyPages;
}

void RunbookPages::paintDecorations(QPainter &painter, int index, const QString &section) const
{
    const QRectF content = contentRect();
    // Pixels of the 96-dpi page: point sizes would follow the PDF device's resolution.
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(11);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64); // no ligatures, as in the body
    painter.setFont(font);
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    const QRectF header(content.left(), 40, content.width(), 20);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_document.headerText);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, section);
    painter.setPen(QPen(QColor(0x9c, 0xa3, 0xaf), 0.8));
    painter.drawLine(QPointF(content.left(), 64), QPointF(content.right(), 64));
    painter.setPen(QColor(0x4b, 0x55, 0x63));
    const QRectF footer(content.left(), pageSize().height() - 55, content.width(), 20);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter,
                     m_document.pageTemplate.arg(index + 1).arg(pageCount()));
}

void RunbookPages::paintPage(QPainter &painter, int index) const
{
    painter.save();
    const QRectF content = contentRect();
    if (index == 0) {
        painter.fillRect(QRectF(0, 0, pageSize().width(), 18), QColor(0x1e, 0x3a, 0x8a));
        painter.translate(content.left(), 300);
        m_cover->drawContents(&painter, QRectF(QPointF(0, 0), content.size()));
        painter.restore();
        return;
    }
    const bool toc = index <= m_tocPages;
    const int local = toc ? index - 1 : index - 1 - m_tocPages;
    QString section = m_document.tocTitle;
    if (!toc) {
        for (qsizetype i = 0; i < m_sectionPages.size(); ++i)
            if (m_sectionPages.at(i) <= index)
                section = m_document.sections.at(i).title;
    }
    paintDecorations(painter, index, section);
    QTextDocument *document = toc ? m_toc.get() : m_body.get();
    const qreal height = content.height();
    painter.translate(content.left(), content.top() - local * height);
    const QRectF page(0, local * height, content.width(), height);
    painter.setClipRect(page);
    // The layout draws every line that touches its clip. Pagination puts the first line of a
    // page exactly on the boundary, so with the page itself as the clip that line is drawn on
    // the page before too: invisible behind the clip, but in the PDF's text (search, copy,
    // pdftotext) twice. Half a pixel inside the page keeps the lines of one page only.
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = page.adjusted(0, 0.5, 0, -0.5);
    document->documentLayout()->draw(&painter, context);
    painter.restore();
}

qreal RunbookPages::textWidth() const
{
    return contentRect().width();
}

qreal RunbookPages::widestBodyLine(QString *text) const
{
    qreal widest = 0;
    const auto visit = [&](const QTextBlock &block) {
        const QTextLayout *layout = block.layout();
        const QPointF origin = m_body->documentLayout()->blockBoundingRect(block).topLeft();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (line.textLength() == 0) // nothing to cut off (the layout parks empty blocks
                continue;               // after a table at its right edge)
            // From the page's left edge: a line inside a table cell starts further right.
            const qreal right = origin.x() + line.x() + line.naturalTextWidth();
            if (right > widest) {
                widest = right;
                if (text)
                    *text = block.text().mid(line.textStart(), line.textLength());
            }
        }
    };
    for (QTextBlock block = m_body->begin(); block.isValid(); block = block.next())
        visit(block);
    return widest;
}

Status RunbookPages::writePdf(QIODevice *device, const QString &title,
                              const CancelToken &cancel) const
{
    const Error cancelled{
        u"runbook.cancelled"_s,
        QCoreApplication::translate("sts::ui", "Creating the runbook was cancelled.")};
    QPdfWriter writer(device);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(1200);
    writer.setTitle(title);
    writer.setCreator(u"STS Desk"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{u"runbook.pdf"_s,
                     QCoreApplication::translate("sts::ui", "The PDF could not be created.")};
    const qreal scale = writer.width() / pageSize().width();
    for (int page = 0; page < pageCount(); ++page) {
        if (cancel.isCancelled()) {
            painter.end();
            return cancelled;
        }
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.restore();
    }
    painter.end();
    return {};
}

QImage RunbookPages::pageImage(int index, int widthPx) const
{
    const qreal scale = widthPx / pageSize().width();
    QImage image(QSize(widthPx, int(pageSize().height() * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return image;
}

} // namespace sts::render
