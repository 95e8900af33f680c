#include "wizard/CertificateChallengeDialog.h"

#include "mainwindow/Workspace.h"
#include "services/DeliverySettings.h"
#include "wizard/GuidedMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString challengeName(deploy::Challenge challenge)
{
    switch (challenge) {
    case deploy::Challenge::Webroot:
        return CertificateChallengeDialog::tr("webroot (http-01 through the web server)");
    case deploy::Challenge::Standalone:
        return CertificateChallengeDialog::tr("standalone (http-01, certbot listens on port 80)");
    case deploy::Challenge::DnsRfc2136:
        return CertificateChallengeDialog::tr("DNS-01 through RFC 2136 (no port 80)");
    }
    return {};
}

void fillChallenges(QComboBox *combo)
{
    for (deploy::Challenge c :
         {deploy::Challenge::Webroot, deploy::Challenge::Standalone, deploy::Challenge::DnsRfc2136})
        combo->addItem(challengeName(c), int(c));
}

} // namespace

CertificateChallengeDialog::CertificateChallengeDialog(Workspace *workspace, qint64 engagementId,
                                                       QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_policy(new QComboBox(this)), m_mx(new QComboBox(this)),
      m_dns(new QGroupBox(tr("DNS-01 through RFC 2136 (certbot's dns-rfc2136 plugin)"), this)),
      m_server(new QLineEdit(this)), m_port(new QSpinBox(this)), m_keyName(new QLineEdit(this)),
      m_algorithm(new QComboBox(this)), m_zone(new QLineEdit(this)),
      m_propagation(new QSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Certificate challenges"));
    setObjectName(u"certificateChallengeDialog"_s);
    m_policy->setObjectName(u"policyChallenge"_s);
    m_mx->setObjectName(u"mxChallenge"_s);
    fillChallenges(m_policy);
    fillChallenges(m_mx);
    m_policy->setToolTip(tr("How certbot proves control of mta-sts.<domain>."));
    m_mx->setToolTip(tr("How certbot proves control of each MX host name. DNS-01 needs no port "
                        "80 on the host."));
    m_server->setObjectName(u"rfc2136Server"_s);
    m_server->setPlaceholderText(u"192.0.2.53"_s);
    m_server->setToolTip(tr("IP address of the primary DNS server that accepts the updates "
                            "(certbot's plugin takes no host names)."));
    m_port->setObjectName(u"rfc2136Port"_s);
    m_port->setRange(1, 65535);
    m_keyName->setObjectName(u"tsigKeyName"_s);
    m_keyName->setToolTip(tr("Name of the TSIG key on the DNS server. Give it an update ACL for "
                             "the TXT records of _acme-challenge.<host> only (see README.txt)."));
    m_algorithm->setObjectName(u"tsigAlgorithm"_s);
    m_algorithm->addItems(deploy::tsigAlgorithms());
    m_zone->setObjectName(u"rfc2136Zone"_s);
    m_zone->setToolTip(tr("The zone holding the _acme-challenge names, when it is not the "
                          "customer's domain itself."));
    m_propagation->setObjectName(u"propagationSeconds"_s);
    m_propagation->setRange(0, 3600);
    m_propagation->setSuffix(tr(" s"));
    m_propagation->setToolTip(tr("How long certbot waits after the update before the CA looks: "
                                 "long enough for every secondary to have the record."));
    m_error->setObjectName(u"challengeError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *secretNote = new QLabel(
        tr("The TSIG secret is not stored in STS Desk. Put it into the credentials file on the "
           "host (secrets/rfc2136-<domain>.ini, installed in /etc/letsencrypt, chmod 600), or "
           "give it when writing the files: stsdesk-cli artifacts write --tsig-secret-file."),
        this);
    secretNote->setWordWrap(true);
    auto *dnsForm = new QFormLayout(m_dns);
    dnsForm->addRow(tr("DNS &server:"), m_server);
    dnsForm->addRow(tr("P&ort:"), m_port);
    dnsForm->addRow(tr("TSIG &key name:"), m_keyName);
    dnsForm->addRow(tr("&Algorithm:"), m_algorithm);
    dnsForm->addRow(tr("&Zone (optional):"), m_zone);
    dnsForm->addRow(tr("&Wait before validation:"), m_propagation);
    dnsForm->addRow(secretNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Policy host (mta-sts):"), m_policy);
    form->addRow(tr("&MX hosts:"), m_mx);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_dns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateChallengeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CertificateChallengeDialog::reject);
    for (QComboBox *combo : {m_policy, m_mx})
        connect(combo, &QComboBox::currentIndexChanged, this,
                &CertificateChallengeDialog::updateDnsFields);
    load();
}

void CertificateChallengeDialog::load()
{
    const deploy::ChallengeSettings s = services::DeliverySettings(m_workspace->context())
                                            .load(m_engagementId)
                                            .valueOr({})
                                            .challenges;
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(int(s.policyHost))));
    m_mx->setCurrentIndex(std::max(0, m_mx->findData(int(s.mxHosts))));
    m_server->setText(s.rfc2136.server);
    m_port->setValue(s.rfc2136.port);
    m_keyName->setText(s.rfc2136.keyName);
    m_algorithm->setCurrentIndex(std::max(0, m_algorithm->findText(s.rfc2136.algorithm)));
    m_zone->setText(s.rfc2136.zone);
    m_propagation->setValue(s.rfc2136.propagationSeconds);
    updateDnsFields();
}

void CertificateChallengeDialog::updateDnsFields()
{
    m_dns->setEnabled(typed().usesDns());
}

deploy::ChallengeSettings CertificateChallengeDialog::typed() const
{
    deploy::ChallengeSettings s;
    s.policyHost = deploy::Challenge(m_policy->currentData().toInt());
    s.mxHosts = deploy::Challenge(m_mx->currentData().toInt());
    s.rfc2136 = deploy::Rfc2136Settings{m_server->text(),  m_port->value(),
                                        m_keyName->text(), m_algorithm->currentText(),
                                        m_zone->text(),    m_propagation->value()};
    return s;
}

bool CertificateChallengeDialog::save()
{
    // On what is stored now: the other delivery settings stay as they are.
    services::DeliverySettings settings(m_workspace->context());
    Result<services::StoredDeliverySettings> saved = settings.load(m_engagementId);
    if (saved) {
        services::StoredDeliverySettings wanted = *saved;
        wanted.challenges = typed();
        saved = settings.save(m_engagementId, wanted);
    }
    if (!saved) {
        m_error->setText(GuidedMessage{saved.error().message,
                                       tr("The certbot scripts keep the challenges saved before."),
                                       tr("correct the field and press OK again.")}
                             .text());
        m_error->show();
        const QString code = saved.error().code;
        (code == services::DeliverySettings::kRfc2136ServerError ? m_server
         : code == services::DeliverySettings::kTsigKeyError     ? m_keyName
                                                                 : m_zone)
            ->setFocus();
        return false;
    }
    m_error->hide();
    m_workspace->notifyChanged(m_engagementId);
    return true;
}

void CertificateChallengeDialog::accept()
{
    if (save())
        QDialog::accept();
}

QString CertificateChallengeDialog::summary(const deploy::ChallengeSettings &s)
{
    const auto shortName = [](deploy::Challenge c) {
        return c == deploy::Challenge::DnsRfc2136   ? tr("DNS-01 (RFC 2136)")
               : c == deploy::Challenge::Standalone ? tr("standalone")
                                                    : tr("webroot");
    };
    return tr("Policy host: %1 · MX hosts: %2").arg(shortName(s.policyHost), shortName(s.mxHosts));
}

} // namespace sts::ui
