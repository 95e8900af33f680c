#include "mainwindow/WeeklyRecipientsDialog.h"

#include "mainwindow/Workspace.h"
#include "services/NotificationSettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

WeeklyRecipientsDialog::WeeklyRecipientsDialog(Workspace *workspace, qint64 engagementId,
                                               QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_addresses(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    setObjectName(u"weeklyRecipientsDialog"_s);
    setWindowTitle(tr("Weekly Summary Recipients"));
    m_addresses->setObjectName(u"weeklyRecipients"_s);
    m_status->setObjectName(u"weeklyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addresses->setTabChangesFocus(true);
    m_addresses->setPlaceholderText(tr("security@customer.example\nit-lead@customer.example"));
    auto *intro = new QLabel(tr("Each week, the summary of this engagement (trend, top failures, "
                                "what to do) is mailed to these addresses, one per line. Without "
                                "an address no summary is sent."),
                             this);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"weeklySave"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_addresses, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &WeeklyRecipientsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    Result<QStringList> stored =
        NotificationSettings(m_workspace->context()).weeklyRecipients(m_engagementId);
    if (!stored)
        m_status->setText(stored.error().message);
    else
        m_addresses->setPlainText(stored->join(u'\n'));
    resize(460, 300);
}

QStringList WeeklyRecipientsDialog::addresses() const
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList out;
    for (const QString &address : m_addresses->toPlainText().split(separators, Qt::SkipEmptyParts))
        if (!out.contains(address, Qt::CaseInsensitive))
            out << address;
    return out;
}

bool WeeklyRecipientsDialog::save()
{
    const QStringList list = addresses();
    QStringList wrong;
    for (const QString &address : list)
        if (!NotificationSettings::isAddress(address))
            wrong << u"“%1”"_s.arg(address);
    if (!wrong.isEmpty()) {
        m_status->setText(tr("Not saved, not a mail address: %1").arg(wrong.join(u", "_s)));
        return false;
    }
    if (Status saved =
            NotificationSettings(m_workspace->context()).setWeeklyRecipients(m_engagementId, list);
        !saved) {
        m_status->setText(saved.error().message);
        return false;
    }
    m_addresses->setPlainText(list.join(u'\n'));
    m_status->setText(list.isEmpty() ? tr("Saved: no weekly summary is sent.")
                                     : tr("Saved: the weekly summary goes to %n address(es).",
                                          nullptr, int(list.size())));
    return true;
}

QString WeeklyRecipientsDialog::statusText() const
{
    return m_status->text();
}

} // namespace sts::ui
