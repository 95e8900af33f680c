#pragma once

#include "services/CertificateSources.h"
#include "tls/CertificateChain.h"
#include "tls/CoverageCheck.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class CsrDialog;
class Workspace;

// Wizard page "Certificates": the certificate inventory of the engagement (chains seen by the
// latest pre-flight, plus certificate files the user adds) with names, issuer, expiry level
// (30/14/7 days), chain completeness and trust; below it the coverage findings of
// tls::CoverageCheck in the failure catalogue's words, each with its fix. "Generate key and
// CSR…" opens CsrDialog; the keys and CSRs generated so far are listed with their files.
class CertificatesPage : public QWizardPage
{
    Q_OBJECT
public:
    enum InventoryColumn {
        SeenAtColumn,
        SubjectColumn,
        NamesColumn,
        IssuerColumn,
        ExpiryColumn,
        ChainColumn,
        TrustColumn,
        InventoryColumnCount
    };
    enum FindingColumn { FindingHostColumn, FindingColumn, FindingFixColumn };
    enum KeyFileColumn { KeyKindColumn, KeyPathColumn, KeyCreatedColumn, KeyDigestColumn };

    CertificatesPage(Workspace *workspace, std::function<qint64()> engagementId,
                     QWidget *parent = nullptr);

    void initializePage() override;

    // What "Add certificate file…" does after the file dialog: PEM or DER, a chain or a leaf.
    Status addCertificateFile(const QString &path);
    // Opens the key and CSR dialog (non-modal for the caller; window-modal for the user).
    CsrDialog *openCsrDialog();

    // Catalogue words, for the page and the tests.
    static QString problemLabel(tls::CoverageProblem problem);

private:
    struct Entry
    {
        tls::CertificateChain chain;
        QStringList seenAt; // "host (address)" or the file name
    };

    void reload();
    void showInventory(const tls::ChainVerifier &verifier);
    void showCoverage(const tls::ChainVerifier &verifier);
    void showKeyFiles();
    void addChain(const tls::CertificateChain &chain, const QString &where);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    QString m_domain;
    CertificateSources m_sources; // as read at the last reload()
    QList<Entry> m_entries;
    QHash<QString, tls::CertificateChain> m_seenByHost; // from the pre-flight
    QList<tls::CertificateChain> m_files;               // added by the user

    QLabel *m_status;
    QTableWidget *m_inventory;
    QTableWidget *m_findings;
    QTableWidget *m_keyFiles; // the keys and CSRs generated for the engagement
    QLabel *m_error;
    QPushButton *m_addFile;
    QPushButton *m_csr;
};

} // namespace sts::ui
