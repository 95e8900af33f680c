#include "wizard/CsrDialog.h"

#include "common/FileDialogs.h"
#include "engagement/DomainName.h"
#include "mainwindow/Workspace.h"
#include "services/KeyService.h"
#include "util/OutputFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
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

using namespace Qt::StringLiterals;

namespace sts::ui {
CsrDialog::CsrDialog(Workspace *workspace, qint64 engagementId, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_secretsDir(KeyService::secretsDir(engagementId)), m_tasks(new TaskRunner(this, 1)),
      m_hosts(new QListWidget(this)), m_extraName(new QLineEdit(this)),
      m_addName(new QPushButton(tr("A&dd name"), this)), m_algorithm(new QComboBox(this)),
      m_passphrase(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
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
    m_extraName->setObjectName(u"csrExtraName"_s);
    m_extraName->setPlaceholderText(
        tr("another host name, e.g. mx2.%1").arg(m_domain.isEmpty() ? u"example.com"_s : m_domain));
    m_addName->setObjectName(u"csrAddName"_s);
    m_addName->setAutoDefault(false);

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
    auto *extra = new QHBoxLayout;
    extra->addWidget(m_extraName, 1);
    extra->addWidget(m_addName);
    form->addRow(tr("Add a na&me:"), extra);
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
    const auto addTyped = [this] {
        if (addName(m_extraName->text()))
            m_extraName->clear();
    };
    connect(m_addName, &QPushButton::clicked, this, addTyped);
    connect(m_extraName, &QLineEdit::returnPressed, this, addTyped);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_csr->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, &CsrDialog::saveCsrAs);
    resize(640, 620);
}

CsrDialog::~CsrDialog() = default; // m_tasks waits for a generation still running

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

Status CsrDialog::addName(const QString &typed)
{
    // What CsrBuilder signs: a host name with a dot, no wildcard (the request is for the hosts
    // themselves), in its DNS (A-label) form.
    const QString text = typed.trimmed();
    Result<DomainName> name = DomainName::fromUserInput(text);
    QString why;
    if (text.isEmpty())
        why = tr("Type a host name to add, e.g. mx2.%1.")
                  .arg(m_domain.isEmpty() ? u"example.com"_s : m_domain);
    else if (!name)
        why = tr("“%1” is not a host name: %2").arg(text, name.error().message);
    else if (!name->ace.contains(u'.'))
        why = tr("“%1” is not a host name: a certificate names hosts with their domain, e.g. "
                 "%1.%2.")
                  .arg(text, m_domain.isEmpty() ? u"example.com"_s : m_domain);
    else if (hosts().contains(name->ace, Qt::CaseInsensitive))
        why = tr("“%1” is listed already.").arg(name->ace);
    if (!why.isEmpty()) {
        showError(why);
        return Error{u"csr.bad-name"_s, why};
    }
    auto *item = new QListWidgetItem(name->ace, m_hosts);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_hosts->scrollToItem(item);
    showError(QString());
    return {};
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
    m_keygen.start(
        [dir = m_secretsDir, name = *name, request](const CancelToken &, Progress &)
            -> Result<tls::StagedKeys> { return KeyService::writeKeys(dir, name, request); },
        [this](const Result<tls::StagedKeys> &keys) { onGenerated(keys); });
}

void CsrDialog::onGenerated(const Result<tls::StagedKeys> &keys)
{
    setBusy(false);
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
    m_workspace->notifyChanged(m_engagementId); // the Certificates page lists the new files
    Q_EMIT generated(true);
}

void CsrDialog::saveCsrAs()
{
    const QString path = FileDialogs::saveFileName(
        this, u"csr"_s, tr("Save CSR"),
        proposedFileName(m_workspace, m_engagementId, u"csr"_s, u".pem"_s),
        tr("PEM files (*.pem *.csr)"));
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
    m_extraName->setEnabled(!busy);
    m_addName->setEnabled(!busy);
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
