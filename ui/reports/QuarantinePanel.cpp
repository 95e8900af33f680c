#include "reports/QuarantinePanel.h"

#include "common/FileDialogs.h"
#include "common/PlainToolTip.h"
#include "reports/ReportTables.h"
#include "util/OutputFile.h"
#include "util/PrintableText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

QuarantinePanel::QuarantinePanel(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_table(new QTableWidget(this)),
      m_retry(new QPushButton(tr("&Retry"), this)),
      m_export(new QPushButton(tr("&Export bytes…"), this))
{
    setObjectName(u"quarantinePanel"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Inputs that could not be read as TLS reports are kept here with their "
                       "bytes, and so are reports you sent back. After an update of STS Desk, "
                       "Retry reads the unreadable ones again."));
    m_table->setObjectName(u"quarantineTable"_s);
    prepareReportTable(
        m_table, {tr("Reason"), tr("Origin"), tr("First seen"), tr("Last seen"), tr("Attempts")});
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OriginColumn, QHeaderView::Stretch);
    for (int c = FirstSeenColumn; c <= AttemptsColumn; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_retry->setObjectName(u"retryQuarantine"_s);
    m_retry->setToolTip(tr("Run the report parser again on every quarantined input"));
    m_export->setObjectName(u"exportQuarantined"_s);
    m_export->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_export);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &QuarantinePanel::retryRequested);
    connect(m_export, &QPushButton::clicked, this, &QuarantinePanel::exportSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_export->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void QuarantinePanel::setEntries(const QList<tlsrpt::QuarantineEntry> &entries)
{
    m_entries = entries;
    const QLocale locale;
    m_table->clearContents();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const tlsrpt::QuarantineEntry &e = entries.at(row);
        auto add = [&](int column, const QString &text, const QString &tip = {}) {
            // Names and reasons quote the input's own bytes (file names inside archives).
            auto *item = new QTableWidgetItem(printable(text));
            item->setToolTip(plainToolTip(tip.isEmpty() ? item->text() : tip));
            item->setData(Qt::UserRole, row);
            m_table->setItem(row, column, item);
        };
        add(ReasonColumn, e.reason,
            u"%1\n(%2)"_s.arg(printable(e.reason), printable(e.reasonCode)));
        add(OriginColumn, e.origin);
        add(FirstSeenColumn, locale.toString(e.firstSeen.toLocalTime(), QLocale::ShortFormat));
        add(LastSeenColumn, locale.toString(e.lastSeen.toLocalTime(), QLocale::ShortFormat));
        add(AttemptsColumn, locale.toString(e.attempts));
        m_table->item(row, AttemptsColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_retry->setEnabled(!entries.isEmpty());
    m_export->setEnabled(false);
}

int QuarantinePanel::entryIndex(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, ReasonColumn);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

Status QuarantinePanel::exportBytes(int row, const QString &path) const
{
    const int index = entryIndex(row);
    if (index < 0 || index >= m_entries.size())
        return Error{u"ui.quarantine-row"_s, tr("No quarantined input is selected.")};
    return writeFileAtomically(path, m_entries.at(index).bytes);
}

void QuarantinePanel::exportSelected()
{
    const int row = m_table->currentRow();
    const int index = entryIndex(row);
    if (index < 0)
        return;
    // Suggest the last part of the origin ("mail.eml › report.json.gz" → report.json.gz).
    QString name = m_entries.at(index).origin.section(u'/', -1).section(u" › "_s, -1).trimmed();
    if (name.isEmpty())
        name = u"quarantined-input.bin"_s;
    const QString path =
        FileDialogs::saveFileName(this, u"quarantine"_s, tr("Export quarantined input"), name);
    if (path.isEmpty())
        return;
    if (Status saved = exportBytes(row, path); !saved)
        QMessageBox::warning(this, tr("Export bytes"), saved.error().message);
}

} // namespace sts::ui
