#include "wizard/ManualMxDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

ManualMxDialog::ManualMxDialog(const QString &domain, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save)), m_host(new QLineEdit(this)),
      m_priority(new QSpinBox(this)), m_addresses(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Add mail server"));
    setMinimumWidth(460); // room for a host name and two addresses without scrolling
    setObjectName(u"manualMxDialog"_s);
    m_host->setObjectName(u"manualMxHost"_s);
    m_host->setPlaceholderText(u"mx1.%1"_s.arg(domain.isEmpty() ? u"example.com"_s : domain));
    m_priority->setObjectName(u"manualMxPriority"_s);
    m_priority->setRange(0, 65535);
    m_priority->setValue(10);
    m_priority->setToolTip(tr("The MX preference: senders try lower numbers first."));
    m_addresses->setObjectName(u"manualMxAddresses"_s);
    m_addresses->setPlaceholderText(tr("192.0.2.25, 2001:db8::25"));
    m_addresses->setToolTip(tr("IPv4 and IPv6 addresses, separated by commas or blanks. Used "
                               "for the pre-flight while DNS has none for the host."));
    m_note->setObjectName(u"manualMxNote"_s);
    m_note->setPlaceholderText(tr("e.g. new host, MX not in DNS yet"));
    m_error->setObjectName(u"manualMxError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *intro = new QLabel(tr("A mail server that DNS does not show (yet). It is marked as "
                                "entered by hand and compared with the next scan."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host name:"), m_host);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Addresses (optional):"), m_addresses);
    form->addRow(tr("N&ote (optional):"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"manualMxOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ManualMxDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ManualMxDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_host->setFocus();
}

void ManualMxDialog::setEntry(const services::ManualMxHost &entry)
{
    setWindowTitle(tr("Edit mail server"));
    m_host->setText(entry.host);
    m_priority->setValue(entry.priority);
    m_addresses->setText(entry.addresses.join(u", "_s));
    m_note->setText(entry.note);
}

services::ManualMxInput ManualMxDialog::input() const
{
    return services::ManualMxInput{
        m_host->text(), m_priority->value(), {m_addresses->text()}, m_note->text()};
}

void ManualMxDialog::accept()
{
    Result<services::ManualMxHost> saved = m_save(input());
    if (!saved) {
        showError(saved.error());
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void ManualMxDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->show();
    QWidget *field = m_host;
    if (error.code == services::ManualMx::kPriorityError)
        field = m_priority;
    else if (error.code == services::ManualMx::kAddressError)
        field = m_addresses;
    field->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
}

} // namespace sts::ui
