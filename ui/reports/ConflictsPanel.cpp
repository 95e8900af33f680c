#include "reports/ConflictsPanel.h"

#include "common/PlainToolTip.h"
#include "reports/ReportTables.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

ConflictsPanel::ConflictsPanel(QWidget *parent)
    : QWidget(parent), m_prompt(&askForReason), m_hint(new QLabel(this)),
      m_conflictTable(new QTableWidget(this)), m_versionTable(new QTableWidget(this)),
      m_raw(new QPlainTextEdit(this)), m_keep(new QPushButton(tr("&Keep this version…"), this))
{
    setObjectName(u"conflictsPanel"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(
        tr("These reports arrived more than once with the same sender and report id but with "
           "different contents; a forged report sent first could otherwise hide the real one. "
           "None of their versions is counted until you keep one."));
    m_conflictTable->setObjectName(u"conflictTable"_s);
    prepareReportTable(m_conflictTable, {tr("Sender"), tr("Report id"), tr("Day"), tr("Versions")});
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setStretchLastSection(true);
    m_versionTable->setObjectName(u"versionTable"_s);
    prepareReportTable(m_versionTable,
                       {tr("Version"), tr("Successful"), tr("Failed"), tr("Policy domains"),
                        tr("Imported"), tr("Origin"), tr("Decided before")});
    m_versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionTable->horizontalHeader()->setSectionResizeMode(OriginColumn, QHeaderView::Stretch);
    m_raw->setObjectName(u"versionJson"_s);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_keep->setObjectName(u"keepVersion"_s);
    m_keep->setEnabled(false);

    auto *versions = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versions);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->addWidget(m_versionTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keep);
    versionsLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_conflictTable);
    split->addWidget(versions);
    split->addWidget(m_raw);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 2); // the JSON is what is compared
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);

    connect(m_conflictTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showConflict(row); });
    connect(m_versionTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { showVersion(row); });
    connect(m_keep, &QPushButton::clicked, this, [this] { keepRow(m_versionTable->currentRow()); });
}

void ConflictsPanel::setConflicts(const QList<tlsrpt::ReportConflict> &conflicts)
{
    m_conflicts = conflicts;
    const QLocale locale;
    m_conflictTable->clearContents();
    m_conflictTable->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const tlsrpt::ReportConflict &c = conflicts.at(row);
        const QDate day = c.versions.isEmpty() ? QDate() : c.versions.first().startAt.date();
        const QStringList texts{c.sender, c.reportId, locale.toString(day, QLocale::ShortFormat),
                                locale.toString(c.versions.size())};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(
                plainToolTip(column == SenderColumn ? c.organization : texts.at(column)));
            item->setData(Qt::UserRole, c.reportRow);
            m_conflictTable->setItem(row, column, item);
        }
    }
    m_shown = -1;
    if (conflicts.isEmpty())
        showConflict(-1);
    else
        m_conflictTable->setCurrentCell(0, 0);
}

void ConflictsPanel::showConflict(int row)
{
    m_shown = row >= 0 && row < m_conflicts.size() ? row : -1;
    const QList<tlsrpt::ReportVersion> versions =
        m_shown >= 0 ? m_conflicts.at(m_shown).versions : QList<tlsrpt::ReportVersion>();
    const QLocale locale;
    m_versionTable->clearContents();
    m_versionTable->setRowCount(int(versions.size()));
    for (int r = 0; r < versions.size(); ++r) {
        const tlsrpt::ReportVersion &v = versions.at(r);
        const QString decision = v.resolution == u"kept"_s        ? tr("kept")
                                 : v.resolution == u"discarded"_s ? tr("discarded")
                                                                  : QString();
        const QStringList texts{QString::number(v.id),
                                locale.toString(v.successfulSessions),
                                locale.toString(v.failedSessions),
                                v.policyDomains.join(u", "_s),
                                locale.toString(v.importedAt.toLocalTime(), QLocale::ShortFormat),
                                v.origin,
                                decision};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(plainToolTip(texts.at(column)));
            item->setData(Qt::UserRole, v.id);
            if (column == SuccessfulColumn || column == FailedColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_versionTable->setItem(r, column, item);
        }
    }
    if (versions.isEmpty())
        showVersion(-1);
    else
        m_versionTable->setCurrentCell(0, 0);
}

const tlsrpt::ReportVersion *ConflictsPanel::versionAt(int row) const
{
    if (m_shown < 0 || row < 0 || row >= m_conflicts.at(m_shown).versions.size())
        return nullptr;
    return &m_conflicts.at(m_shown).versions.at(row);
}

void ConflictsPanel::showVersion(int row)
{
    const tlsrpt::ReportVersion *version = versionAt(row);
    m_keep->setEnabled(version != nullptr);
    if (!version) {
        m_raw->clear();
        return;
    }
    // Indented, so that two versions read alike line by line; as it arrived when not JSON.
    const QJsonDocument json = QJsonDocument::fromJson(version->raw);
    m_raw->setPlainText(json.isNull() ? QString::fromUtf8(version->raw)
                                      : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
}

void ConflictsPanel::keepRow(int row)
{
    const tlsrpt::ReportVersion *version = versionAt(row);
    if (!version)
        return;
    const tlsrpt::ReportConflict &conflict = m_conflicts.at(m_shown);
    const QLocale locale;
    const std::optional<QString> reason = m_prompt(
        this, tr("Keep this version"),
        tr("Count version %1 of the report “%2” from %3 (%4 successful, %5 failed sessions) and "
           "discard the other %n version(s)?",
           nullptr, int(conflict.versions.size() - 1))
            .arg(version->id)
            .arg(conflict.reportId, conflict.sender, locale.toString(version->successfulSessions),
                 locale.toString(version->failedSessions)),
        false);
    if (reason)
        Q_EMIT keepRequested(version->id, *reason);
}

} // namespace sts::ui
