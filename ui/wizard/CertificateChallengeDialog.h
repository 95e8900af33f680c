#pragma once

#include "deploy/CertificateChallenge.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sts::ui {

class Workspace;

// "Certificate challenges": how certbot validates the policy host and the MX hosts (webroot,
// standalone, or DNS-01 through RFC 2136 for hosts without port 80) and where the RFC 2136
// updates go. Stored for the engagement on OK (services::DeliverySettings); the TSIG secret is
// deliberately not asked for: it is written into the credentials file on the host only.
class CertificateChallengeDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateChallengeDialog(Workspace *workspace, qint64 engagementId,
                               QWidget *parent = nullptr);

    deploy::ChallengeSettings typed() const;
    // Stores typed() for the engagement; false with the problem shown in the dialog.
    bool save();
    void accept() override; // save(), closing only when it succeeded

    // One line for a page: "Policy host: webroot · MX hosts: DNS-01 (RFC 2136)".
    static QString summary(const deploy::ChallengeSettings &settings);

private:
    void load();
    void updateDnsFields();

    Workspace *m_workspace;
    qint64 m_engagementId;
    QComboBox *m_policy;
    QComboBox *m_mx;
    QGroupBox *m_dns;
    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_keyName;
    QComboBox *m_algorithm;
    QLineEdit *m_zone;
    QSpinBox *m_propagation;
    QLabel *m_error;
};

} // namespace sts::ui
