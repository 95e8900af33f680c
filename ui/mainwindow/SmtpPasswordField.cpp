#include "mainwindow/SmtpPasswordField.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace sts::ui {

SmtpPasswordField::SmtpPasswordField(std::shared_ptr<secrets::SecretStore> secrets, QWidget *parent)
    : QWidget(parent), m_secrets(std::move(secrets)), m_password(new QLineEdit(this)),
      m_state(new QLabel(this)), m_forget(new QPushButton(tr("For&get"), this))
{
    m_password->setObjectName(u"notifySmtpPassword"_s);
    m_state->setObjectName(u"notifyPasswordState"_s);
    m_forget->setObjectName(u"notifyPasswordForget"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the desktop keychain, never in the workspace or the "
                              "settings. Leave empty to keep the stored password."));
    m_forget->setToolTip(tr("Remove the stored SMTP password from the desktop keychain."));
    m_forget->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_password, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_forget);
    connect(m_password, &QLineEdit::textChanged, this, &SmtpPasswordField::edited);
    connect(m_forget, &QPushButton::clicked, this, &SmtpPasswordField::forget);
}

void SmtpPasswordField::setSaved(const NotificationSettingsData &saved)
{
    m_saved = saved;
    refreshState();
}

bool SmtpPasswordField::hasTyped() const
{
    return !m_password->text().isEmpty();
}

std::optional<QString> SmtpPasswordField::typed() const
{
    if (m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

QString SmtpPasswordField::stateText() const
{
    return m_state->text();
}

void SmtpPasswordField::refreshState()
{
    m_forget->setEnabled(false);
    if (m_saved.smtpUser.isEmpty()) {
        m_state->setText(tr("no SMTP user, no password"));
        return;
    }
    m_state->setText(tr("checking the keychain…"));
    m_secrets->read(smtpPasswordKey(m_saved), this,
                    [this](const Result<std::optional<QString>> &stored) { showState(stored); });
}

void SmtpPasswordField::showState(const Result<std::optional<QString>> &stored)
{
    if (!stored) {
        m_state->setText(stored.error().message);
        m_state->setWordWrap(true);
        return;
    }
    const bool present = stored->has_value();
    m_state->setText(present ? tr("stored in the keychain") : tr("none stored"));
    m_forget->setEnabled(present);
}

void SmtpPasswordField::forget()
{
    m_forget->setEnabled(false);
    m_secrets->erase(smtpPasswordKey(m_saved), this, [this](const Status &erased) {
        if (erased)
            refreshState();
        else
            m_state->setText(erased.error().message);
        Q_EMIT stored(erased.ok());
    });
}

void SmtpPasswordField::store(const NotificationSettingsData &now, QWidget *reportTo)
{
    const secrets::SecretKey before = smtpPasswordKey(m_saved);
    const secrets::SecretKey after = smtpPasswordKey(now);
    const bool moved = !m_saved.smtpUser.isEmpty() && before.account != after.account;
    // Another user's password is not carried over: that user types their own.
    const bool carry = moved && m_saved.smtpUser == now.smtpUser;
    const QString typed = m_password->text();
    m_password->clear();
    m_saved = now;
    if (now.smtpUser.isEmpty() || (typed.isEmpty() && !carry)) {
        refreshState();
        return;
    }
    m_state->setText(tr("storing in the keychain…"));
    // The answers come to the window that opened Settings (or the application): Settings is
    // gone by then, and the chain must still finish.
    QObject *context = reportTo ? static_cast<QObject *>(reportTo) : QCoreApplication::instance();
    auto finish = [self = QPointer(this), window = QPointer(reportTo)](const Status &status) {
        if (self) {
            if (status)
                self->refreshState();
            else
                self->m_state->setText(status.error().message);
            Q_EMIT self->stored(status.ok());
        } else if (!status && window) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("SMTP password not stored"),
                tr("The notification settings are saved, but the SMTP password is not: %1")
                    .arg(status.error().message),
                QMessageBox::Ok, window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open(); // no nested event loop
        }
    };
    std::shared_ptr<secrets::SecretStore> secrets = m_secrets;
    // The old entry goes only once the new one is written.
    auto dropOld = [secrets, before, moved, context, finish](const Status &written) {
        if (!written || !moved)
            finish(written);
        else
            secrets->erase(before, context, finish);
    };
    if (!typed.isEmpty()) {
        secrets->write(after, typed, context, dropOld);
        return;
    }
    secrets->read(
        before, context,
        [secrets, after, context, dropOld, finish](const Result<std::optional<QString>> &old) {
            if (!old)
                finish(old.error());
            else if (!old->has_value())
                finish(Status::success());
            else
                secrets->write(after, **old, context, dropOld);
        });
}

} // namespace sts::ui
