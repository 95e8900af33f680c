#include "wizard/CertificatesPage.h"

#include "common/FileDialogs.h"
#include "common/PlainToolTip.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "services/KeyService.h"
#include "tls/ExpiryAlert.h"
#include "tls/NameMatcher.h"
#include "util/PrintableText.h"
#include "wizard/CsrDialog.h"
#include "wizard/ResultTable.h"

#include <QColor>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {
namespace {

QTableWidgetItem *item(const QString &text, bool problem = false)
{
    auto *cell = new QTableWidgetItem(printableLines(text)); // what the probed server sent
    cell->setToolTip(plainToolTip(cell->text()));
    if (problem)
        cell->setForeground(QColor(0xb3, 0x26, 0x1e));
    return cell;
}

} // namespace

CertificatesPage::CertificatesPage(Workspace *workspace, std::function<qint64()> engagementId,
                                   QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_status(new QLabel(this)), m_inventory(new QTableWidget(0, InventoryColumnCount, this)),
      m_findings(new QTableWidget(0, 3, this)),
      m_keyFiles(newResultTable(u"generatedKeyFiles"_s,
                                {tr("Generated"), tr("File"), tr("Created"), tr("SPKI SHA-256")},
                                KeyPathColumn, this)),
      m_error(new QLabel(this)), m_addFile(new QPushButton(tr("&Add certificate file…"), this)),
      m_csr(new QPushButton(tr("&Generate key and CSR…"), this))
{
    setTitle(tr("Certificates"));
    setSubTitle(tr("The certificates of every MX host and of the policy host, and whether "
                   "strict senders will accept them."));
    m_status->setObjectName(u"certificatesStatus"_s);
    m_status->setWordWrap(true);
    m_inventory->setObjectName(u"certificateInventory"_s);
    setUpResultTable(m_inventory,
                     {tr("Seen at"), tr("Subject"), tr("Names (SAN)"), tr("Issuer"), tr("Expires"),
                      tr("Chain"), tr("Trust")},
                     NamesColumn);
    // Distinguished names, where a chain was seen and chain notes are long; fixed widths keep
    // every column in view at the default size (the full text is in each cell's tooltip). The
    // names wrap in the column that takes the rest, so the short Trust verdict is never pushed
    // out of view (it was the stretching column and ended behind a scroll bar).
    for (const int column :
         {int(SeenAtColumn), int(SubjectColumn), int(IssuerColumn), int(ChainColumn)}) {
        m_inventory->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
        m_inventory->horizontalHeader()->resizeSection(column, column == SeenAtColumn ? 150 : 110);
    }
    m_findings->setObjectName(u"coverageFindings"_s);
    setUpResultTable(m_findings, {tr("Host"), tr("Finding"), tr("What is wrong and the fix")},
                     FindingFixColumn);
    m_error->setObjectName(u"certificatesError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_addFile->setObjectName(u"addCertificateFileButton"_s);
    m_csr->setObjectName(u"generateCsrButton"_s);

    m_keyFiles->setToolTip(tr("Keys stay in these files (mode 0600); the workspace records "
                              "only where they are and their public digests."));
    fitHeightToRows(m_keyFiles, 1);
    auto *keysLabel = new QLabel(tr("Generated &keys and CSRs:"), this);
    keysLabel->setBuddy(m_keyFiles);
    auto *findingsLabel = new QLabel(tr("&Coverage:"), this);
    findingsLabel->setBuddy(m_findings);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addFile);
    buttons->addStretch();
    buttons->addWidget(m_csr);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_inventory, 3);
    layout->addWidget(findingsLabel);
    layout->addWidget(m_findings, 2);
    layout->addWidget(keysLabel);
    layout->addWidget(m_keyFiles);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_addFile, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialogs::openFileName(this, u"certificate"_s, tr("Add certificate file"),
                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (path.isEmpty())
            return;
        if (Status added = addCertificateFile(path); !added) {
            m_error->setText(added.error().message);
            m_error->show();
        }
    });
    connect(m_csr, &QPushButton::clicked, this, &CertificatesPage::openCsrDialog);
    // A pre-flight run on the next page stores new chains; going Back must show them.
    connect(workspace, &Workspace::changed, this, [this](qint64 id) {
        if (!m_domain.isEmpty() && id == m_engagementId())
            reload();
    });
}

QString CertificatesPage::problemLabel(tls::CoverageProblem problem)
{
    switch (problem) {
    case tls::CoverageProblem::NameMismatch:
        return tr("name mismatch");
    case tls::CoverageProblem::MissingIntermediate:
        return tr("missing intermediate");
    case tls::CoverageProblem::ExpiredCertificate:
        return tr("expired certificate");
    case tls::CoverageProblem::ExpiredBackupMxCertificate:
        return tr("expired backup MX certificate");
    case tls::CoverageProblem::NotYetValid:
        return tr("not yet valid");
    case tls::CoverageProblem::NotTrusted:
        return tr("not trusted");
    case tls::CoverageProblem::ExpiringSoon:
        return tr("expiring soon");
    case tls::CoverageProblem::PatternMismatch:
        return tr("pattern mismatch");
    case tls::CoverageProblem::NoCertificateSeen:
        return tr("no certificate seen");
    }
    return {};
}

void CertificatesPage::initializePage()
{
    m_domain.clear();
    if (Result<Engagement> engagement = m_workspace->engagements().get(m_engagementId()))
        m_domain = engagement->domain.ace;
    reload();
}

void CertificatesPage::reload()
{
    m_error->hide();
    m_entries.clear();
    m_seenByHost.clear();
    m_sources = {};
    if (Result<CertificateSources> sources =
            loadCertificateSources(m_workspace->context(), m_engagementId());
        sources) {
        m_sources = *sources;
    } else {
        m_error->setText(sources.error().message);
        m_error->show();
    }
    QDateTime newest;
    for (const ServedChain &served : std::as_const(m_sources.served)) {
        addChain(served.chain, u"%1 (%2)"_s.arg(served.host, served.address));
        if (!m_seenByHost.contains(served.host))
            m_seenByHost.insert(served.host, served.chain);
        newest = std::max(newest, served.probedAt);
    }
    for (const tls::CertificateChain &chain : std::as_const(m_files))
        addChain(chain, tr("added file"));
    m_status->setText(
        newest.isValid()
            ? tr("Certificates served at the pre-flight on %1, and files you added.")
                  .arg(QLocale().toString(newest.toLocalTime(), QLocale::ShortFormat))
            : tr("No pre-flight yet: run it on the next page to see what the servers present, "
                 "or add certificate files."));
    // Loaded once per refresh: the system store is hundreds of certificates.
    tls::ChainVerifier verifier(AppSettings::caFile().isEmpty()
                                    ? tls::TrustSettings::system()
                                    : tls::TrustSettings::fromCaFile(AppSettings::caFile()),
                                m_workspace->clock());
    if (Status loaded = verifier.load(); !loaded) {
        m_error->setText(
            tr("The CA file in Settings cannot be used: %1").arg(loaded.error().message));
        m_error->show();
    }
    showInventory(verifier);
    showCoverage(verifier);
    showKeyFiles();
}

void CertificatesPage::showKeyFiles()
{
    m_keyFiles->setRowCount(0);
    Result<QList<storage::KeyFile>> files =
        KeyService(m_workspace->context()).files(m_engagementId());
    if (!files) {
        m_error->setText(files.error().message);
        m_error->show();
        return;
    }
    if (files->isEmpty()) {
        m_keyFiles->setRowCount(1);
        m_keyFiles->setItem(0, KeyKindColumn, item(tr("none yet")));
        m_keyFiles->setItem(0, KeyPathColumn,
                            item(tr("“Generate key and CSR…” writes them to the engagement's "
                                    "secrets folder.")));
        return;
    }
    m_keyFiles->setRowCount(int(files->size()));
    for (int row = 0; row < files->size(); ++row) {
        const storage::KeyFile &file = files->at(row);
        const bool missing = !QFileInfo::exists(file.path);
        const QString kind =
            file.kind == storage::KeyFile::Kind::Key ? tr("private key") : tr("CSR");
        m_keyFiles->setItem(row, KeyKindColumn, item(kind));
        m_keyFiles->setItem(row, KeyPathColumn,
                            item(missing ? tr("%1 (missing)").arg(file.path) : file.path, missing));
        m_keyFiles->setItem(
            row, KeyCreatedColumn,
            item(QLocale().toString(file.createdAt.toLocalTime(), QLocale::ShortFormat)));
        m_keyFiles->setItem(row, KeyDigestColumn,
                            item(QString::fromLatin1(file.spkiSha256.toHex().left(16)) + u"…"_s));
        m_keyFiles->item(row, KeyDigestColumn)
            ->setToolTip(QString::fromLatin1(file.spkiSha256.toHex()));
    }
}

void CertificatesPage::addChain(const tls::CertificateChain &chain, const QString &where)
{
    for (Entry &entry : m_entries)
        if (entry.chain.leaf() == chain.leaf()) {
            if (!entry.seenAt.contains(where))
                entry.seenAt.append(where);
            return;
        }
    m_entries.append({chain, {where}});
}

Status CertificatesPage::addCertificateFile(const QString &path)
{
    Result<tls::CertificateChain> chain = tls::CertificateChain::fromFile(path);
    if (!chain)
        return Error{chain.error().code,
                     tr("“%1” holds no readable certificate: %2")
                         .arg(QFileInfo(path).fileName(), chain.error().message)};
    m_files.append(*chain);
    reload();
    return {};
}

void CertificatesPage::showInventory(const tls::ChainVerifier &verifier)
{
    const QDateTime now = m_workspace->clock()->now();
    m_inventory->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &entry = m_entries[row];
        const tls::Certificate leaf = entry.chain.leaf();
        const tls::ChainVerification v = verifier.verify(entry.chain);
        const tls::ExpiryStatus expiry = tls::expiryStatus(leaf, now);
        m_inventory->setItem(row, SeenAtColumn, item(entry.seenAt.join(u"\n"_s)));
        m_inventory->setItem(row, SubjectColumn, item(leaf.subject()));
        m_inventory->setItem(row, NamesColumn, item(leaf.dnsNames().join(u", "_s)));
        m_inventory->setItem(row, IssuerColumn, item(leaf.issuer()));
        auto *expires =
            item(QLocale().toString(leaf.notAfter().toLocalTime().date(), QLocale::ShortFormat) +
                     u"\n"_s + expiry.describe(),
                 expiry.level != tls::ExpiryLevel::Fine);
        expires->setData(Qt::UserRole, tls::toKey(expiry.level));
        m_inventory->setItem(row, ExpiryColumn, expires);
        const QString chainText =
            v.missingIntermediate
                ? tr("intermediate missing (%1)").arg(v.missingIssuer)
                : (v.ordered ? tr("complete, %n served", nullptr, int(entry.chain.size()))
                             : tr("served out of order"));
        m_inventory->setItem(row, ChainColumn,
                             item(chainText, v.missingIntermediate || !v.ordered));
        const QString trust = v.trusted      ? tr("trusted")
                              : v.selfSigned ? tr("self-signed")
                                             : tr("not trusted");
        m_inventory->setItem(row, TrustColumn, item(trust, !v.trusted));
    }
}

void CertificatesPage::showCoverage(const tls::ChainVerifier &verifier)
{
    tls::CoverageInput input;
    input.domain = m_domain;
    input.mxHosts = m_sources.mxHosts;
    input.plannedPatterns = m_sources.plannedPatterns;
    input.seen = m_seenByHost;
    // A file stands in for a host nothing was probed at, when it names that host.
    QStringList hosts;
    for (const tls::MxHost &mx : std::as_const(input.mxHosts))
        hosts << mx.name;
    if (!m_domain.isEmpty())
        hosts << u"mta-sts."_s + m_domain;
    for (const QString &host : std::as_const(hosts))
        if (!input.seen.contains(host))
            for (const tls::CertificateChain &file : std::as_const(m_files))
                if (tls::NameMatcher::certificateMatches(file.leaf(), host)) {
                    input.seen.insert(host, file);
                    break;
                }

    const QList<tls::CoverageFinding> findings = tls::CoverageCheck(verifier).run(input);
    m_findings->setRowCount(0);
    if (findings.isEmpty()) {
        m_findings->setRowCount(1);
        m_findings->setItem(0, FindingHostColumn, item(tr("all hosts")));
        m_findings->setItem(0, FindingColumn, item(tr("none")));
        m_findings->setItem(0, FindingFixColumn,
                            item(tr("Every host presents a certificate strict senders accept.")));
        return;
    }
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const tls::CoverageFinding &f = findings[row];
        m_findings->setItem(row, FindingHostColumn, item(f.host));
        auto *label = item(problemLabel(f.problem), f.blocking);
        label->setData(Qt::UserRole, tls::toKey(f.problem));
        m_findings->setItem(row, FindingColumn, label);
        m_findings->setItem(row, FindingFixColumn, item(tr("%1\nFix: %2").arg(f.message, f.fix)));
    }
}

CsrDialog *CertificatesPage::openCsrDialog()
{
    auto *dialog = new CsrDialog(m_workspace, m_engagementId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace sts::ui
