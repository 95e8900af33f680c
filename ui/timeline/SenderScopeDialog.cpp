#include "timeline/SenderScopeDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

SenderScopeDialog::SenderScopeDialog(ServiceContext context, qint64 engagementId, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_engagementId(engagementId),
      m_prompt(&askForReason), m_error(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(u"senderScopeDialog"_s);
    setWindowTitle(tr("Major senders"));
    auto *hint = new QLabel(tr("Readiness needs a report for the live policy from every major "
                               "sender on every day. A sender that does not send mail to this "
                               "customer never reports: mark it, with the reason, and it no "
                               "longer blocks readiness. Both steps are recorded."),
                            this);
    hint->setWordWrap(true);
    m_error->setObjectName(u"senderScopeError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_table->setObjectName(u"senderScopeTable"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels(
        {tr("Sender"), tr("Last report"), tr("Does not send to this customer")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &SenderScopeDialog::itemChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 320);
    reload();
}

QString SenderScopeDialog::errorText() const
{
    return m_error->text();
}

void SenderScopeDialog::reload()
{
    Result<QList<MajorSenderScope>> senders = RolloutService(m_context).senderScope(m_engagementId);
    if (!senders) {
        m_error->setText(senders.error().message);
        m_error->show();
        return;
    }
    m_senders = *senders;
    const QLocale locale;
    const QSignalBlocker blocker(m_table); // filling the table is not the consultant's toggle
    m_table->setRowCount(int(m_senders.size()));
    for (int row = 0; row < m_senders.size(); ++row) {
        const MajorSenderScope &sender = m_senders.at(row);
        auto *name = new QTableWidgetItem(sender.sender);
        auto *last = new QTableWidgetItem(
            sender.lastReport.isValid() ? locale.toString(sender.lastReport, QLocale::ShortFormat)
                                        : tr("never"));
        auto *scope = new QTableWidgetItem;
        scope->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        scope->setCheckState(sender.exclusion ? Qt::Checked : Qt::Unchecked);
        if (sender.exclusion) {
            const SenderExclusion &e = *sender.exclusion;
            scope->setText(
                tr("%1 (%2, %3)")
                    .arg(e.why, e.who, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)));
            scope->setToolTip(scope->text());
        }
        m_table->setItem(row, SenderColumn, name);
        m_table->setItem(row, LastReportColumn, last);
        m_table->setItem(row, ScopeColumn, scope);
    }
    m_table->resizeColumnToContents(SenderColumn);
    m_table->resizeColumnToContents(LastReportColumn);
}

void SenderScopeDialog::itemChanged(QTableWidgetItem *item)
{
    if (item->column() != ScopeColumn || item->row() >= m_senders.size())
        return;
    const bool checked = item->checkState() == Qt::Checked;
    if (checked != m_senders.at(item->row()).exclusion.has_value())
        setExcluded(item->row(), checked);
}

void SenderScopeDialog::setExcluded(int row, bool excluded)
{
    if (row < 0 || row >= m_senders.size())
        return;
    const QString sender = m_senders.at(row).sender;
    const std::optional<QString> reason =
        excluded ? m_prompt(this, tr("Does not send to this customer"),
                            tr("%1 will no longer block readiness: no report from it is expected. "
                               "Why does it not send mail to this customer?")
                                .arg(sender),
                            true)
                 : m_prompt(this, tr("Count the sender again"),
                            tr("%1 will block readiness again on days without a report for the "
                               "live policy.")
                                .arg(sender),
                            false);
    Status done = Status::success();
    if (reason) {
        RolloutService service(m_context);
        done = excluded ? service.excludeSender(m_engagementId, sender, *reason)
                        : service.includeSender(m_engagementId, sender, *reason);
    }
    m_error->setText(done ? QString() : done.error().message);
    m_error->setVisible(!done);
    reload(); // also puts the box back when the question was cancelled or the step refused
    if (reason && done)
        Q_EMIT changed();
}

} // namespace sts::ui
