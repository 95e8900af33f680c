#include "reports/AssignDomainDialog.h"

#include "mainwindow/Workspace.h"
#include "services/ReportDomains.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

AssignDomainDialog::AssignDomainDialog(Workspace *workspace, const QString &domain, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagement(new QComboBox(this)),
      m_domain(new QLineEdit(domain, this)), m_error(new QLabel(this))
{
    setObjectName(u"assignDomainDialog"_s);
    setWindowTitle(tr("Assign Domain to Engagement"));
    m_engagement->setObjectName(u"assignEngagement"_s);
    m_domain->setObjectName(u"assignDomainName"_s);
    m_error->setObjectName(u"assignError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    EngagementFilter filter; // archived engagements keep their reports but take no new domains
    if (Result<QList<Engagement>> list = workspace->engagements().list(filter)) {
        for (const Engagement &e : std::as_const(*list))
            m_engagement->addItem(u"%1 — %2"_s.arg(e.customer, e.domain.display), e.id);
    }

    auto *explain = new QLabel(
        tr("The engagement takes the stored reports for this domain and its subdomains, and "
           "every report for them imported later. Remove the domain from the engagement to give "
           "them back."),
        this);
    explain->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Engagement:"), m_engagement);
    form->addRow(tr("&Domain:"), m_domain);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_engagement->count() > 0);
    if (m_engagement->count() == 0) {
        m_error->setText(tr("There is no engagement yet. Create the customer's engagement first; "
                            "it takes the reports for its own domain by itself."));
        m_error->show();
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDomainDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AssignDomainDialog::domain() const
{
    return m_domain->text().trimmed();
}

QString AssignDomainDialog::engagementName() const
{
    return m_engagement->currentText();
}

void AssignDomainDialog::accept()
{
    const qint64 id = m_engagement->currentData().toLongLong();
    Result<int> moved = tlsrpt::ReportDomains(m_workspace->context()).assign(id, domain());
    if (!moved) {
        m_error->setText(moved.error().message);
        m_error->show();
        return;
    }
    m_engagementId = id;
    m_moved = *moved;
    QDialog::accept();
}

} // namespace sts::ui
