#include "timeline/AcknowledgeDialog.h"

#include "mainwindow/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

AcknowledgeDialog::AcknowledgeDialog(Workspace *workspace, qint64 engagementId,
                                     const RolloutStatus &status, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId), m_days(status.days),
      m_day(new QDateEdit(this)), m_sender(new QComboBox(this)), m_resultType(new QLineEdit(this)),
      m_reason(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(u"acknowledgeDialog"_s);
    setWindowTitle(tr("Acknowledge a finding"));
    m_day->setObjectName(u"ackDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_sender->setObjectName(u"ackSender"_s);
    m_sender->setEditable(true);
    m_sender->setInsertPolicy(QComboBox::NoInsert);
    m_resultType->setObjectName(u"ackResultType"_s);
    m_resultType->setPlaceholderText(tr("Every failure of that sender on that day"));
    m_resultType->setToolTip(tr("A TLS-RPT result type such as starttls-not-supported, or empty."));
    m_reason->setObjectName(u"ackReason"_s);
    m_reason->setPlaceholderText(tr("Why the failure is the sender's own (recorded)"));
    m_error->setObjectName(u"ackError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *intro = new QLabel(tr("An acknowledged failure no longer blocks the ready verdict. "
                                "Who acknowledged it and why stays in the engagement's log."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Day (UTC):"), m_day);
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(tr("Result &type:"), m_resultType);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Acknowledge"));
    m_ok->setObjectName(u"ackButton"_s);
    m_ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Start at the newest day that failed.
    QDate start = workspace->clock()->now().toUTC().date().addDays(-1);
    for (const DayVerdict &day : m_days)
        if (day.state == DayState::Failing)
            start = day.day;
    setDay(start);
    connect(m_day, &QDateEdit::dateChanged, this, &AcknowledgeDialog::fillSenders);
    const auto complete = [this] {
        m_ok->setEnabled(!m_reason->text().trimmed().isEmpty() &&
                         !m_sender->currentText().trimmed().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, complete);
    connect(m_sender, &QComboBox::editTextChanged, this, complete);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (acknowledge())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AcknowledgeDialog::setDay(const QDate &day)
{
    m_day->setDate(day);
    fillSenders();
}

void AcknowledgeDialog::fillSenders()
{
    const QString typed = m_sender->currentText();
    m_sender->clear();
    for (const DayVerdict &day : m_days)
        if (day.day == m_day->date())
            m_sender->addItems(day.failuresBySender.keys());
    if (m_sender->count() == 0)
        m_sender->setEditText(typed);
}

bool AcknowledgeDialog::acknowledge()
{
    Acknowledgement ack;
    ack.day = m_day->date();
    ack.sender = m_sender->currentText().trimmed();
    ack.resultType = m_resultType->text().trimmed();
    ack.why = m_reason->text().trimmed();
    const Status done = RolloutService(m_workspace->context()).acknowledge(m_engagementId, ack);
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_workspace->notifyChanged(m_engagementId);
    Q_EMIT acknowledged();
    return true;
}

} // namespace sts::ui
