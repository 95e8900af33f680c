#pragma once

#include "deploy/Artifacts.h"
#include "services/DeliverySettings.h"
#include "wizard/PublishContext.h"

#include <QMap>
#include <QWizardPage>
#include <functional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sts::ui {

class Workspace;

// Wizard page "Hosting & renewal": where the policy is served (one of the five hosting options),
// which MTA the MX hosts run, who gets expiry alerts; every generated artifact listed with a
// viewer, and "Save artifacts to folder…". Leads to the DANE page only when the latest
// discovery found the zone DNSSEC-signed.
class HostingPage : public QWizardPage
{
    Q_OBJECT
public:
    // Asks for a folder; empty = cancelled. Replaceable for tests; the default is QFileDialog.
    using FolderChooser = std::function<QString()>;
    // Asks whether files already in `folder` may be replaced.
    using OverwriteConfirmer = std::function<bool(const QString &folder)>;

    HostingPage(Workspace *workspace, std::function<qint64()> engagementId,
                QWidget *parent = nullptr);

    void initializePage() override;
    // Leaving with Next or Finish saves the settings first; an invalid one keeps the page open.
    bool validatePage() override;

    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setOverwriteConfirmer(OverwriteConfirmer confirm) { m_confirm = std::move(confirm); }

    deploy::ArtifactOptions options() const;
    const QList<deploy::Artifact> &artifacts() const { return m_artifacts; }
    // Asks for a folder and writes every artifact there; the written paths, empty on failure.
    QStringList saveToFolder();
    // Stores hosting, MTA and the three alert addresses as the engagement's
    // (services::DeliverySettings) when they changed; false with the problem shown on the page.
    bool saveSettings();
    // Whether hosting, MTA or an alert address differs from what is stored.
    bool hasUnsavedEdits() const;

private:
    QGridLayout *addHostingChoices(); // the five buttons of m_hosting, laid out
    Hosting chosenHosting() const;
    void regenerate();
    void loadSettings();
    // `base` with what this page shows (hosting, MTA, alert addresses).
    services::StoredDeliverySettings typedSettings(services::StoredDeliverySettings base) const;
    void showArtifact(int row);
    // Opens "Certificate challenges" (window-modal); on OK the scripts are made again.
    void editChallenges();
    void showChallenges();
    void setMessage(const QString &message, bool error);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    FolderChooser m_chooseFolder;
    OverwriteConfirmer m_confirm;
    PublishContext m_context;
    QList<deploy::Artifact> m_artifacts;

    QMap<Hosting, QRadioButton *> m_hosting; // one button per option, in the order offered
    QComboBox *m_mta;
    QLineEdit *m_alert; // notice level
    QLineEdit *m_alertEscalation;
    QLineEdit *m_alertCritical;
    QLabel *m_challenges; // summary of the certificate challenges
    QPushButton *m_editChallenges;
    QLabel *m_settingsError;
    QPushButton *m_saveSettings;
    std::optional<services::StoredDeliverySettings> m_loaded; // as loaded or last saved
    QLabel *m_dane;
    QListWidget *m_list;
    QPlainTextEdit *m_viewer;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace sts::ui
