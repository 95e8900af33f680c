#include "wizard/CsrDialog.h"

#include "mainwindow/Workspace.h"
#include "services/KeyService.h"
#include "util/OutputFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace sts::ui {
CsrDialog::CsrDialog(Workspace *workspace, qint64 engagementId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_secretsDir(KeyService::secretsDir(engagementId)), m_hosts(new QListWidget(this)),
      m_algorithm(new QComboBox(this)), m_passphrase(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_stageNext(new QCheckBox(tr("Also stage the &next key (DANE rollover)"), this)),
      m_generate(new QPushButton(tr("&Generate"), this)), m_busy(new QProgressBar(this)),
      m_error(new QLabel(this)), m_keyInfo(new QLabel(this)), m_csr(new QPlainTextEdit(this)),
      m_copy(new QPushButton(tr("&Copy CSR"), this)),
      m_save(new QPushButton(tr("&Save CSR as…"), this)), m_where(new QLabel(this))
{
    setObjectName(u"csrDialog"_s);
    setWindowTitle(tr("Generate key and CSR"));
    if (Result<Engagement> engagement = workspace->engagements().get(engagementId))
        m_domain = engagement->domain.ace;

    const QStringList offered =
        KeyService(workspace->context()).suggestedHosts(engagementId).valueOr({});
    m_hosts->setObjectName(u"csrHosts"_s);
    for (const QString &host : std::as_const(offered)) {
        auto *item = new QListWidgetItem(host, m_hosts);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_hosts->setMaximumHeight(140);

    m_algorithm->setObjectName(u"csrAlgorithm"_s);
    m_algorithm->addItem(tr("ECDSA P-256 (recommended)"), int(tls::KeyAlgorithm::EcdsaP256));
    m_algorithm->addItem(tr("RSA 2048"), int(tls::KeyAlgorithm::Rsa2048));
    m_algorithm->addItem(tr("RSA 3072"), int(tls::KeyAlgorithm::Rsa3072));
    m_algorithm->addItem(tr("RSA 4096 (slow to generate)"), int(tls::KeyAlgorithm::Rsa4096));
    for (QLineEdit *edit : {m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(u"csrPassphrase"_s);
    m_passphrase->setPlaceholderText(tr("optional: leave empty for an unencrypted key"));
    m_repeat->setObjectName(u"csrPassphraseRepeat"_s);
    m_stageNext->setObjectName(u"csrStageNext"_s);
    m_stageNext->setToolTip(tr("Publish both TLSA digests, wait at least twice the TLSA TTL, "
                               "then switch the server to the next key."));
    m_generate->setObjectName(u"csrGenerate"_s);
    m_generate->setDefault(true);
    m_busy->setObjectName(u"csrBusy"_s);
    m_busy->setRange(0, 0);
    m_busy->hide();
    m_error->setObjectName(u"csrError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_keyInfo->setObjectName(u"csrKeyInfo"_s);
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_csr->setObjectName(u"csrPem"_s);
    m_csr->setReadOnly(true);
    m_csr->setPlaceholderText(tr("The CSR appears here."));
    m_csr->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setEnabled(false);
    m_save->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Names (subjectAltName):"), m_hosts);
    form->addRow(tr("&Key type:"), m_algorithm);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat passphrase:"), m_repeat);
    form->addRow(QString(), m_stageNext);
    auto *where = m_where;
    where->setWordWrap(true);
    setSecretsDir(m_secretsDir);
    auto *run = new QHBoxLayout;
    run->addWidget(m_busy, 1);
    run->addStretch();
    run->addWidget(m_generate);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addStretch();
    resultButtons->addWidget(m_copy);
    resultButtons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addLayout(run);
    layout->addWidget(m_error);
    layout->addWidget(m_keyInfo);
    layout->addWidget(m_csr, 1);
    layout->addLayout(resultButtons);
    layout->addWidget(close);

    connect(m_generate, &QPushButton::clicked, this, &CsrDialog::generate);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_csr->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, &CsrDialog::saveCsrAs);
    connect(&m_watcher, &QFutureWatcher<Result<tls::StagedKeys>>::finished, this,
            &CsrDialog::onGenerated);
    resize(640, 620);
}

CsrDialog::~CsrDialog()
{
    // The worker writes files only; let it finish rather than leave a half-written key.
    m_watcher.waitForFinished();
}

void CsrDialog::setSecretsDir(const QString &dir)
{
    m_secretsDir = dir;
    m_where->setText(
        tr("Keys are written with mode 0600 to %1 and never stored in the workspace.").arg(dir));
}

QStringList CsrDialog::hosts() const
{
    QStringList out;
    for (int i = 0; i < m_hosts->count(); ++i)
        out << m_hosts->item(i)->text();
    return out;
}

QStringList CsrDialog::checkedHosts() const
{
    QStringList out;
    for (int i = 0; i < m_hosts->count(); ++i)
        if (m_hosts->item(i)->checkState() == Qt::Checked)
            out << m_hosts->item(i)->text();
    return out;
}

void CsrDialog::setCheckedHosts(const QStringList &hosts)
{
    for (int i = 0; i < m_hosts->count(); ++i)
        m_hosts->item(i)->setCheckState(hosts.contains(m_hosts->item(i)->text()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
}

void CsrDialog::setAlgorithm(tls::KeyAlgorithm algorithm)
{
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(algorithm)));
}

void CsrDialog::setPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
    m_repeat->setText(passphrase);
}

void CsrDialog::setStageNext(bool stage)
{
    m_stageNext->setChecked(stage);
}

void CsrDialog::generate()
{
    if (isBusy())
        return;
    showError(QString());
    const QStringList names = checkedHosts();
    if (names.isEmpty()) {
        showError(tr("Tick at least one name for the certificate."));
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        showError(tr("The two passphrases differ."));
        return;
    }
    KeyRequest request;
    request.hosts = names;
    request.algorithm = tls::KeyAlgorithm(m_algorithm->currentData().toInt());
    request.passphrase = m_passphrase->text().toUtf8();
    request.stageNext = m_stageNext->isChecked();
    const Result<QString> name = KeyService(m_workspace->context()).keyName(m_engagementId);
    if (!name) {
        showError(name.error().message);
        return;
    }
    m_result.reset();
    setBusy(true);
    m_watcher.setFuture(
        QtConcurrent::run([dir = m_secretsDir, name = *name, request]() -> Result<tls::StagedKeys> {
            return KeyService::writeKeys(dir, name, request);
        }));
}

void CsrDialog::onGenerated()
{
    setBusy(false);
    const Result<tls::StagedKeys> keys = m_watcher.result();
    if (!keys) {
        showError(tr("No key was generated: %1").arg(keys.error().message));
        Q_EMIT generated(false);
        return;
    }
    m_result = *keys;
    const bool staged = !keys->next.keyPath.isEmpty();
    QString info =
        tr("Key (0600): %1\nSPKI SHA-256 (TLSA 3 1 1): %2")
            .arg(keys->current.keyPath, QString::fromLatin1(keys->current.spkiSha256.toHex()));
    if (staged)
        info += u"\n"_s +
                tr("Next key (0600): %1\nNext SPKI SHA-256 (TLSA 3 1 1): %2")
                    .arg(keys->next.keyPath, QString::fromLatin1(keys->next.spkiSha256.toHex()));
    m_keyInfo->setText(info);
    m_csr->setPlainText(QString::fromLatin1(keys->current.csrPem));
    m_copy->setEnabled(true);
    m_save->setEnabled(true);

    if (const Result<QJsonObject> logged =
            KeyService(m_workspace->context()).record(m_engagementId, checkedHosts(), *keys);
        !logged)
        showError(tr("The key was written but the event could not be recorded: %1")
                      .arg(logged.error().message));
    Q_EMIT generated(true);
}

void CsrDialog::saveCsrAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save CSR"), m_domain + u".csr.pem"_s, tr("PEM files (*.pem *.csr)"));
    if (path.isEmpty())
        return;
    if (Status saved = writeFileAtomically(path, m_csr->toPlainText().toLatin1()); !saved)
        showError(saved.error().message);
}

void CsrDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_generate->setEnabled(!busy);
    m_hosts->setEnabled(!busy);
    m_algorithm->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_repeat->setEnabled(!busy);
    m_stageNext->setEnabled(!busy);
}

void CsrDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sts::ui
