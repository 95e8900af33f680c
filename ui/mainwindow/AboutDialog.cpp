#include "mainwindow/AboutDialog.h"

#include "util/Versions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About STS Desk"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/stsdesk.svg"_s).pixmap(80, 80));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(u"<h2>STS Desk %1</h2><p>%2</p><p>%3</p><p><small>%4</small></p>"_s.arg(
        QCoreApplication::applicationVersion().toHtmlEscaped(),
        tr("Deploys MTA-STS (RFC 8461), TLS reporting (RFC 8460) and DANE for SMTP "
           "(RFC 7672) for a customer domain, from discovery to handover.")
            .toHtmlEscaped(),
        tr("Built with: %1").arg(versionReport()).toHtmlEscaped(),
        tr("Qt %1 at run time.").arg(QString::fromLatin1(qVersion())).toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace sts::ui
