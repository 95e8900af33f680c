#include "timeline/NewVersionDialog.h"

#include "mainwindow/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

NewVersionDialog::NewVersionDialog(Workspace *workspace, qint64 engagementId,
                                   mtasts::PolicyMode mode, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_engagementId(engagementId),
      m_mode(new QComboBox(this)), m_maxAge(new QSpinBox(this)), m_mx(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"newVersionDialog"_s);
    setWindowTitle(tr("New policy version"));
    m_mode->setObjectName(u"newVersionMode"_s);
    for (mtasts::PolicyMode m :
         {mtasts::PolicyMode::Testing, mtasts::PolicyMode::Enforce, mtasts::PolicyMode::None})
        m_mode->addItem(mtasts::policyModeName(m), int(m));
    m_mode->setToolTip(tr("testing: failures are only reported; enforce: senders refuse to "
                          "deliver without valid TLS; none: withdraws the policy."));
    m_maxAge->setObjectName(u"newVersionMaxAge"_s);
    m_maxAge->setRange(0, int(mtasts::kMaxPolicyMaxAge));
    m_maxAge->setSingleStep(3600);
    m_maxAge->setSuffix(tr(" s"));
    m_mx->setObjectName(u"newVersionMx"_s);
    m_mx->setPlaceholderText(tr("One pattern a line, e.g. mx1.example.com or *.example.net. "
                                "Empty: suggested from the latest discovery."));
    m_mx->setTabChangesFocus(true);
    m_error->setObjectName(u"newVersionError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    // Start from the patterns senders see now (the live version), else the newest draft.
    Result<QList<StoredPolicyVersion>> versions =
        PolicyVersions(workspace->context()).list(engagementId);
    if (versions && !versions->isEmpty()) {
        const StoredPolicyVersion *base = &versions->last();
        for (const StoredPolicyVersion &v : *versions)
            if (v.isLive())
                base = &v;
        m_mx->setPlainText(base->version.policy.mxTexts().join(u'\n'));
        m_noneMaxAge = std::max(base->version.policy.maxAge, mtasts::kTestingMaxAge);
    }

    auto *intro = new QLabel(tr("The new version is saved as a draft with the next free id; "
                                "senders see it only after it is published."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("M&ode:"), m_mode);
    form->addRow(tr("max_a&ge:"), m_maxAge);
    form->addRow(tr("&MX patterns:"), m_mx);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create draft"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"createVersionButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setMode(mode);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &NewVersionDialog::onModeChanged);
    connect(m_maxAge, &QSpinBox::valueChanged, this, [this] { m_maxAgeEdited = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewVersionDialog::setMode(mtasts::PolicyMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    onModeChanged();
}

mtasts::PolicyMode NewVersionDialog::mode() const
{
    return mtasts::PolicyMode(m_mode->currentData().toInt());
}

void NewVersionDialog::onModeChanged()
{
    // The seed of the mode, until the consultant chose a max_age of their own. Mode none keeps
    // the live version's (as PolicyVersions does): senders hold that one as long anyway.
    if (m_maxAgeEdited)
        return;
    const QSignalBlocker block(m_maxAge);
    switch (mode()) {
    case mtasts::PolicyMode::Enforce:
        m_maxAge->setValue(int(mtasts::kEnforceMaxAge));
        break;
    case mtasts::PolicyMode::Testing:
        m_maxAge->setValue(int(mtasts::kTestingMaxAge));
        break;
    case mtasts::PolicyMode::None:
        m_maxAge->setValue(int(m_noneMaxAge));
        break;
    }
}

bool NewVersionDialog::create()
{
    NewPolicyVersion request;
    request.mode = mode();
    request.maxAge = m_maxAge->value();
    QStringList patterns;
    for (const QString &line : m_mx->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            patterns << line.trimmed();
    if (!patterns.isEmpty())
        request.mx = patterns;
    Result<StoredPolicyVersion> made =
        PolicyVersions(m_workspace->context()).create(m_engagementId, request);
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_created = *made;
    m_workspace->notifyChanged(m_engagementId);
    Q_EMIT versionCreated(*made);
    return true;
}

} // namespace sts::ui
