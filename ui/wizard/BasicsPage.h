#pragma once

#include "engagement/Engagement.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sts::ui {

// First wizard page: who the customer is, which domain, and how the engagement is run.
class BasicsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BasicsPage(QWidget *parent = nullptr);

    void load(const Engagement &engagement);
    // The engagement as entered (id and timestamps taken from the loaded one).
    Engagement engagement() const;

    bool isComplete() const override;
    // Whether the form differs from what was loaded (for a new engagement: anything typed).
    bool hasUnsavedEdits() const;
    // Shown under the form when saving failed (empty hides it).
    void setSaveError(const QString &message);

private:
    void updateDomainFeedback();
    QComboBox *addChoiceBox(const QString &objectName);

    Engagement m_loaded;
    QLineEdit *m_customer;
    QLineEdit *m_domain;
    QLabel *m_domainFeedback;
    QLineEdit *m_consultant;
    QComboBox *m_language;
    QComboBox *m_profile;
    QComboBox *m_ca;
    QComboBox *m_hosting;
    QLineEdit *m_senders;
    QLabel *m_saveError;
};

} // namespace sts::ui
