#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sts::ui {

class Workspace;

// "Assign to engagement…": which engagement takes the reports of a policy domain. The domain can
// be shortened to a parent (mx1.example.net → example.net) so that its other subdomains follow.
// OK assigns through tlsrpt::ReportDomains; a refusal (a domain another engagement has) stays in
// the dialog with the reason. Object names: assignEngagement, assignDomainName, assignError.
class AssignDomainDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDomainDialog(Workspace *workspace, const QString &domain, QWidget *parent = nullptr);

    // After acceptance: what was done.
    qint64 engagementId() const { return m_engagementId; }
    QString domain() const;
    QString engagementName() const; // "customer — domain"
    int reportsMoved() const { return m_moved; }

    void accept() override;

private:
    Workspace *m_workspace;
    QComboBox *m_engagement;
    QLineEdit *m_domain;
    QLabel *m_error;
    qint64 m_engagementId = 0;
    int m_moved = 0;
};

} // namespace sts::ui
