#include "reports/ReasonDialog.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

std::optional<QString> askForReason(QWidget *parent, const QString &title, const QString &question,
                                    bool reasonRequired)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *text = new QLabel(question, &dialog);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText); // sender-controlled names are not markup
    auto *label = new QLabel(
        reasonRequired
            ? QCoreApplication::translate("sts::ui::ReasonDialog", "&Reason (required):")
            : QCoreApplication::translate("sts::ui::ReasonDialog", "&Reason (optional):"),
        &dialog);
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(u"reason"_s);
    label->setBuddy(reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!reasonRequired);
    QObject::connect(reason, &QLineEdit::textChanged, ok, [ok, reasonRequired](const QString &t) {
        ok->setEnabled(!reasonRequired || !t.trimmed().isEmpty());
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return reason->text().trimmed();
}

} // namespace sts::ui
