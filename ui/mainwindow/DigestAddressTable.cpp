#include "mainwindow/DigestAddressTable.h"

#include "services/NotificationSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

// The consultant column: an editable combo box with the consultants the workspace knows.
class ConsultantDelegate : public QStyledItemDelegate
{
public:
    ConsultantDelegate(QStringList consultants, QObject *parent)
        : QStyledItemDelegate(parent), m_consultants(std::move(consultants))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_consultants);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data().toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed());
    }

private:
    QStringList m_consultants;
};

} // namespace

DigestAddressTable::DigestAddressTable(QStringList consultants, QWidget *parent)
    : QWidget(parent), m_consultants(std::move(consultants)), m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(tr("Add"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(u"notifyDigestTable"_s);
    m_add->setObjectName(u"notifyDigestAdd"_s);
    m_remove->setObjectName(u"notifyDigestRemove"_s);
    m_table->setHorizontalHeaderLabels({tr("Consultant"), tr("Digest address")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(0, new ConsultantDelegate(m_consultants, m_table));
    // A few rows show; more scroll. The settings dialog must still fit a laptop screen.
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);
    m_remove->setEnabled(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, &DigestAddressTable::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &DigestAddressTable::edited);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void DigestAddressTable::setAddresses(const QMap<QString, QString> &addresses)
{
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (auto it = addresses.cbegin(); it != addresses.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_remove->setEnabled(false);
}

QString DigestAddressTable::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QMap<QString, QString> DigestAddressTable::addresses() const
{
    QMap<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!cell(row, 0).isEmpty() || !cell(row, 1).isEmpty())
            out.insert(cell(row, 0), cell(row, 1));
    return out;
}

QStringList DigestAddressTable::problems() const
{
    QStringList out;
    QSet<QString> seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString consultant = cell(row, 0);
        const QString address = cell(row, 1);
        if (consultant.isEmpty() && address.isEmpty())
            continue;
        if (consultant.isEmpty())
            out << tr("The digest address “%1” names no consultant.").arg(address);
        else if (seen.contains(consultant))
            out << tr("%1 has more than one digest address.").arg(consultant);
        seen.insert(consultant);
        if (address.isEmpty() && !consultant.isEmpty())
            out << tr("Type the digest address of %1, or remove the row.").arg(consultant);
        else if (!NotificationSettings::isAddress(address))
            out << tr("The digest address of %1, “%2”, is not a mail address.")
                       .arg(consultant.isEmpty() ? tr("(no consultant)") : consultant, address);
    }
    return out;
}

void DigestAddressTable::addRow(const QString &consultant, const QString &address)
{
    QString name = consultant;
    if (name.isEmpty()) {
        const QStringList taken = addresses().keys();
        for (const QString &known : m_consultants) {
            if (!taken.contains(known)) {
                name = known;
                break;
            }
        }
    }
    const int row = m_table->rowCount();
    {
        const QSignalBlocker quiet(m_table);
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(address));
    }
    m_table->setCurrentCell(row, name.isEmpty() ? 0 : 1);
    if (isVisible())
        m_table->editItem(m_table->item(row, name.isEmpty() ? 0 : 1));
    Q_EMIT edited();
}

void DigestAddressTable::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    m_remove->setEnabled(m_table->currentRow() >= 0);
    Q_EMIT edited();
}

} // namespace sts::ui
