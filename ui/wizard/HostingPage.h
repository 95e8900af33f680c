#pragma once

#include "deploy/Artifacts.h"
#include "wizard/PublishContext.h"

#include <QWizardPage>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace sts::ui {

class Workspace;

// Wizard page "Hosting & renewal": where the policy is served (nginx or a static Pages site),
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
    int nextId() const override;

    void setFolderChooser(FolderChooser chooser) { m_chooseFolder = std::move(chooser); }
    void setOverwriteConfirmer(OverwriteConfirmer confirm) { m_confirm = std::move(confirm); }

    deploy::ArtifactOptions options() const;
    const QList<deploy::Artifact> &artifacts() const { return m_artifacts; }
    // Asks for a folder and writes every artifact there; the written paths, empty on failure.
    QStringList saveToFolder();

private:
    void regenerate();
    void showArtifact(int row);
    void setMessage(const QString &message, bool error);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    FolderChooser m_chooseFolder;
    OverwriteConfirmer m_confirm;
    PublishContext m_context;
    QList<deploy::Artifact> m_artifacts;

    QRadioButton *m_nginx;
    QRadioButton *m_static;
    QComboBox *m_mta;
    QLineEdit *m_alert;
    QLabel *m_dane;
    QListWidget *m_list;
    QPlainTextEdit *m_viewer;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace sts::ui
