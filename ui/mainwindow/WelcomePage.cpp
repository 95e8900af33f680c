#include "mainwindow/WelcomePage.h"

#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)),
      m_recentTitle(new QLabel(tr("Recent engagements"), this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/stsdesk.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("Welcome to STS Desk"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Take a customer's domain from opportunistic STARTTLS to enforced, "
                               "verified SMTP transport security: MTA-STS, TLS reporting and "
                               "DANE."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *create =
        new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New Engagement…"), this);
    create->setObjectName(u"welcomeNewEngagement"_s);
    create->setDefault(true);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newEngagementRequested);

    // Reports for domains no engagement holds live outside every engagement: reachable here.
    auto *unassigned = new QPushButton(tr("&Unassigned Reports…"), this);
    unassigned->setObjectName(u"welcomeUnassignedReports"_s);
    unassigned->setFlat(true);
    connect(unassigned, &QPushButton::clicked, this, &WelcomePage::unassignedReportsRequested);

    m_recent->setObjectName(u"recentEngagements"_s);
    m_recent->setMaximumHeight(180);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toLongLong());
    });

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(12);
    column->addWidget(create, 0, Qt::AlignHCenter);
    column->addWidget(unassigned, 0, Qt::AlignHCenter);
    column->addSpacing(18);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addStretch(3);
    auto *layout = new QHBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(column, 3);
    layout->addStretch(1);
    setRecent({});
}

void WelcomePage::setRecent(const QList<Engagement> &recent)
{
    m_recent->clear();
    for (const Engagement &e : recent) {
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(e.customer, e.domain.display), m_recent);
        item->setData(Qt::UserRole, e.id);
    }
    m_recent->setVisible(!recent.isEmpty());
    m_recentTitle->setVisible(!recent.isEmpty());
}

} // namespace sts::ui
