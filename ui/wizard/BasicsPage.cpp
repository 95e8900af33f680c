#include "wizard/BasicsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sts::ui {

BasicsPage::BasicsPage(QWidget *parent)
    : QWizardPage(parent), m_customer(new QLineEdit(this)), m_domain(new QLineEdit(this)),
      m_domainFeedback(new QLabel(this)), m_consultant(new QLineEdit(this)),
      m_language(addChoiceBox(u"language"_s)), m_profile(addChoiceBox(u"profile"_s)),
      m_ca(addChoiceBox(u"ca"_s)), m_hosting(addChoiceBox(u"hosting"_s)),
      m_senders(new QLineEdit(this)), m_saveError(new QLabel(this))
{
    setTitle(tr("Customer and domain"));
    setSubTitle(tr("Who the engagement is for and how it is run. Everything here can be changed "
                   "later."));

    m_customer->setObjectName(u"customer"_s);
    m_customer->setPlaceholderText(tr("e.g. Müller Maschinenbau GmbH"));
    m_domain->setObjectName(u"domain"_s);
    m_domain->setPlaceholderText(tr("e.g. müller-maschinenbau.de"));
    m_domainFeedback->setObjectName(u"domainFeedback"_s);
    m_domainFeedback->setWordWrap(true);
    m_consultant->setObjectName(u"consultant"_s);
    m_consultant->setPlaceholderText(tr("Your name"));
    m_senders->setObjectName(u"majorSenders"_s);
    m_senders->setToolTip(tr("Readiness for enforce needs clean reports from each of these "
                             "senders. Separate names with commas."));

    m_language->addItem(tr("German"), u"de"_s);
    m_language->addItem(tr("English"), u"en"_s);
    for (Profile p : {Profile::Standard, Profile::BsiTr03108})
        m_profile->addItem(displayName(p), toKey(p));
    for (CaChoice c : {CaChoice::LetsEncrypt, CaChoice::Commercial})
        m_ca->addItem(displayName(c), toKey(c));
    for (Hosting h : allHostings())
        m_hosting->addItem(displayName(h), toKey(h));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Mail domain:"), m_domain);
    form->addRow(QString(), m_domainFeedback);
    form->addRow(tr("C&onsultant:"), m_consultant);
    form->addRow(tr("Deliverables &language:"), m_language);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("Certificate &authority:"), m_ca);
    form->addRow(tr("Policy &hosting:"), m_hosting);
    form->addRow(tr("Major &senders:"), m_senders);
    m_saveError->setObjectName(u"saveError"_s);
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(u"color: #b3261e;"_s);
    m_saveError->hide();
    form->addRow(m_saveError);

    registerField(u"customer*"_s, m_customer);
    connect(m_domain, &QLineEdit::textChanged, this, &BasicsPage::updateDomainFeedback);
    connect(m_domain, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_senders, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    load(Engagement{});
}

QComboBox *BasicsPage::addChoiceBox(const QString &objectName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    return box;
}

static void selectData(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void BasicsPage::load(const Engagement &e)
{
    m_loaded = e;
    m_customer->setText(e.customer);
    m_domain->setText(e.domain.display.isEmpty() ? e.domain.ace : e.domain.display);
    m_consultant->setText(e.consultant);
    selectData(m_language, e.language);
    selectData(m_profile, toKey(e.profile));
    selectData(m_ca, toKey(e.ca));
    selectData(m_hosting, toKey(e.hosting));
    m_senders->setText(e.majorSenders.join(u", "_s));
    updateDomainFeedback();
}

Engagement BasicsPage::engagement() const
{
    Engagement e = m_loaded;
    e.customer = m_customer->text().trimmed();
    e.domain = DomainName{m_domain->text().trimmed(), m_domain->text().trimmed()};
    if (Result<DomainName> domain = DomainName::fromUserInput(m_domain->text()))
        e.domain = *domain;
    e.consultant = m_consultant->text().trimmed();
    e.language = m_language->currentData().toString();
    fromKey(m_profile->currentData().toString(), e.profile);
    fromKey(m_ca->currentData().toString(), e.ca);
    fromKey(m_hosting->currentData().toString(), e.hosting);
    e.majorSenders.clear();
    for (const QString &sender : m_senders->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!sender.trimmed().isEmpty())
            e.majorSenders << sender.trimmed();
    }
    return e;
}

void BasicsPage::updateDomainFeedback()
{
    const QString text = m_domain->text().trimmed();
    if (text.isEmpty()) {
        m_domainFeedback->setText(tr("The domain the customer receives mail for."));
        m_domainFeedback->setStyleSheet(QString());
        return;
    }
    Result<DomainName> domain = DomainName::fromUserInput(text);
    if (!domain) {
        m_domainFeedback->setText(domain.error().message);
        m_domainFeedback->setStyleSheet(u"color: #b3261e;"_s);
        return;
    }
    m_domainFeedback->setStyleSheet(u"color: #1e7b34;"_s);
    if (domain->ace != domain->display)
        m_domainFeedback->setText(tr("✓ In DNS this is %1").arg(domain->ace));
    else
        m_domainFeedback->setText(tr("✓ Valid domain name"));
}

void BasicsPage::setSaveError(const QString &message)
{
    m_saveError->setText(message);
    m_saveError->setVisible(!message.isEmpty());
}

bool BasicsPage::isComplete() const
{
    const Engagement e = engagement();
    return !e.customer.isEmpty() && DomainName::fromUserInput(m_domain->text()).ok() &&
           !e.majorSenders.isEmpty();
}

bool BasicsPage::hasUnsavedEdits() const
{
    const Engagement typed = engagement();
    if (m_loaded.id == 0)
        return !typed.customer.isEmpty() || !m_domain->text().trimmed().isEmpty();
    return typed.customer != m_loaded.customer || typed.domain.ace != m_loaded.domain.ace ||
           typed.domain.display != m_loaded.domain.display ||
           typed.consultant != m_loaded.consultant || typed.language != m_loaded.language ||
           typed.profile != m_loaded.profile || typed.ca != m_loaded.ca ||
           typed.hosting != m_loaded.hosting || typed.majorSenders != m_loaded.majorSenders;
}

} // namespace sts::ui
