#include "wizard/PolicyPage.h"

#include "common/PlainToolTip.h"
#include "mainwindow/Workspace.h"
#include "mtasts/PolicyGenerator.h"
#include "mtasts/PolicySerializer.h"
#include "services/PolicyVersions.h"
#include "util/PrintableText.h"
#include "wizard/GuidedMessage.h"
#include "wizard/PatternEditor.h"
#include "wizard/PatternSuggestions.h"
#include "wizard/ResultTable.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

// Ids are the creation second (YYYYMMDDHHMMSS): two versions made within one second would share
// an id, and senders would never fetch the second. This clock never repeats a stored second.
class NextSecondClock final : public Clock
{
public:
    NextSecondClock(std::shared_ptr<const Clock> base, QDateTime after)
        : m_base(std::move(base)), m_after(std::move(after))
    {}
    QDateTime now() const override
    {
        const QDateTime now = m_base->now().toUTC();
        return m_after.isValid() && now <= m_after ? m_after.addSecs(1) : now;
    }

private:
    std::shared_ptr<const Clock> m_base;
    QDateTime m_after;
};

QString durationText(qint64 seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return PolicyPage::tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds > 0 && seconds % 3600 == 0)
        return PolicyPage::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return PolicyPage::tr("%n second(s)", nullptr, int(seconds));
}

// The file with its line ends made visible: the preview must show that they are CRLF.
QString visibleLineEnds(const QByteArray &file)
{
    QString text = QString::fromUtf8(file);
    text.replace(u"\r\n"_s, u"  \\r\\n\n"_s); // ASCII marker: every font has it
    return text;
}

} // namespace

PolicyPage::PolicyPage(Workspace *workspace, std::function<qint64()> engagementId, QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_mode(new QComboBox(this)), m_maxAge(new QSpinBox(this)), m_maxAgeText(new QLabel(this)),
      m_patterns(new PatternEditor(this)), m_problems(new QListWidget(this)),
      m_preview(new QPlainTextEdit(this)), m_versions(new QTableWidget(0, 5, this)),
      m_save(new QPushButton(tr("Save as ne&w version"), this)),
      m_enforce(new QPushButton(tr("Generate &enforce version"), this)),
      m_remove(new QPushButton(tr("Generate &remove version"), this)),
      m_publishOrder(new QLabel(this)), m_error(new QLabel(this))
{
    setTitle(tr("Policy"));
    setSubTitle(tr("The MTA-STS policy file senders fetch from mta-sts.<domain>, and its "
                   "versions."));

    m_mode->setObjectName(u"policyMode"_s);
    for (mtasts::PolicyMode mode :
         {mtasts::PolicyMode::Testing, mtasts::PolicyMode::Enforce, mtasts::PolicyMode::None})
        m_mode->addItem(mtasts::policyModeName(mode), int(mode));
    m_mode->setToolTip(tr("testing: failures are only reported; enforce: senders refuse to "
                          "deliver without valid TLS; none: withdraws the policy."));
    m_maxAge->setObjectName(u"policyMaxAge"_s);
    m_maxAge->setRange(0, int(mtasts::kMaxPolicyMaxAge));
    m_maxAge->setSingleStep(3600);
    m_maxAge->setSuffix(tr(" s"));
    m_maxAge->setValue(int(mtasts::kTestingMaxAge));
    m_maxAge->setToolTip(tr("How long senders may cache the policy: 86400 while testing, "
                            "604800 when enforcing."));

    m_problems->setObjectName(u"policyProblems"_s);
    m_problems->setMaximumHeight(90);
    m_problems->setWordWrap(true);
    m_preview->setObjectName(u"policyPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setToolTip(tr("The file exactly as it is served; ␍␊ marks the CRLF line ends."));

    m_versions->setObjectName(u"policyVersions"_s);
    setUpResultTable(m_versions,
                     {tr("Id"), tr("Mode"), tr("max_age"), tr("MX patterns"), tr("State")},
                     PatternsColumn);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setToolTip(tr("Double-click a version to load it into the editor."));

    m_save->setObjectName(u"saveVersionButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Store this policy as a new version with a new id (Ctrl+S)."));
    m_enforce->setObjectName(u"enforceVersionButton"_s);
    m_enforce->setToolTip(tr("A new version of the selected one in mode enforce, max_age 604800."));
    m_remove->setObjectName(u"removeVersionButton"_s);
    m_remove->setToolTip(tr("A new version of the selected one in mode none: serve it for the old "
                            "max_age before removing MTA-STS."));
    m_publishOrder->setObjectName(u"publishOrder"_s);
    m_publishOrder->setWordWrap(true);
    m_publishOrder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(u"policyError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("M&ode:"), m_mode);
    auto *maxAgeRow = new QHBoxLayout;
    maxAgeRow->addWidget(m_maxAge);
    maxAgeRow->addWidget(m_maxAgeText, 1);
    form->addRow(tr("max_a&ge:"), maxAgeRow);
    static_cast<QLabel *>(form->labelForField(maxAgeRow))->setBuddy(m_maxAge);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_patterns, 1);

    auto *fileSide = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(fileSide);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("&File (.well-known/mta-sts.txt):"), this);
    previewLabel->setBuddy(m_preview);
    auto *problemsLabel = new QLabel(tr("Prob&lems:"), this);
    problemsLabel->setBuddy(m_problems);
    fileLayout->addWidget(previewLabel);
    fileLayout->addWidget(m_preview, 2);
    fileLayout->addWidget(problemsLabel);
    fileLayout->addWidget(m_problems, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(editor);
    top->addWidget(fileSide);
    top->setChildrenCollapsible(false);

    auto *versionsBox = new QGroupBox(tr("&Versions"), this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_enforce);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *versionsRow = new QHBoxLayout;
    versionsRow->addWidget(m_versions, 3);
    versionsRow->addLayout(buttons);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addLayout(versionsRow);
    versionsLayout->addWidget(m_publishOrder);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top, 3);
    layout->addWidget(versionsBox, 2);
    layout->addWidget(m_error);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PolicyPage::onModeChanged);
    connect(m_maxAge, &QSpinBox::valueChanged, this, &PolicyPage::revalidate);
    connect(m_patterns, &PatternEditor::changed, this, &PolicyPage::revalidate);
    connect(m_save, &QPushButton::clicked, this, &PolicyPage::saveVersion);
    connect(m_enforce, &QPushButton::clicked, this, &PolicyPage::generateEnforce);
    connect(m_remove, &QPushButton::clicked, this, &PolicyPage::generateRemove);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PolicyPage::showPublishOrder);
    connect(m_versions, &QTableWidget::itemDoubleClicked, this, [this] {
        if (const StoredPolicyVersion *version = selectedVersion())
            loadIntoEditor(version->version.policy);
    });
    revalidate();
}

void PolicyPage::initializePage()
{
    setError(QString());
    reload();
    const dns::DiscoveryReport report =
        m_context.snapshot ? m_context.snapshot->report : dns::DiscoveryReport{};
    const auto suggestions = suggestPatternsWithReasons(report);
    m_patterns->setSuggestions(suggestions);
    // Start from the newest version; without one, from the suggestions in mode testing.
    if (!m_context.versions.isEmpty()) {
        loadIntoEditor(m_context.versions.last().version.policy);
    } else {
        QStringList patterns;
        for (const auto &[pattern, reason] : suggestions)
            if (!pattern.isEmpty())
                patterns << pattern;
        m_mode->setCurrentIndex(0);
        m_maxAge->setValue(int(mtasts::kTestingMaxAge));
        m_patterns->setPatterns(patterns);
    }
    m_startDraft = draftFile();
}

void PolicyPage::reload(qint64 selectRowId)
{
    m_context = PublishContext::load(m_workspace, m_engagementId());
    if (!m_context.error.isEmpty())
        setError(m_context.error);
    showVersions(selectRowId);
}

QByteArray PolicyPage::draftFile() const
{
    // Built from the fields as typed (not through MxPattern), so the parser sees what the user
    // wrote and names the line of each problem; the order is the serializer's.
    QByteArray file = "version: STSv1\r\n";
    file += "mode: " + m_mode->currentText().toUtf8() + "\r\n";
    for (const QString &pattern : m_patterns->patterns())
        file += "mx: " + pattern.toUtf8() + "\r\n";
    file += "max_age: " + QByteArray::number(m_maxAge->value()) + "\r\n";
    return file;
}

void PolicyPage::revalidate()
{
    m_maxAgeText->setText(durationText(m_maxAge->value()));
    const QByteArray file = draftFile();
    m_parse = mtasts::parsePolicy(file);
    m_preview->setPlainText(visibleLineEnds(file));
    m_problems->clear();
    for (const mtasts::Problem &problem : m_parse.problems) {
        const bool error = problem.severity == mtasts::Problem::Severity::Error;
        const QString kind = error ? tr("Error") : tr("Warning");
        const QString text =
            problem.line > 0 ? tr("Line %1: %2: %3").arg(problem.line).arg(kind, problem.message)
                             : tr("%1: %2").arg(kind, problem.message);
        auto *item =
            new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning),
                                text, m_problems);
        item->setData(Qt::UserRole, problem.code);
        item->setData(Qt::UserRole + 1, problem.line);
    }
    if (m_parse.problems.isEmpty())
        new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                            tr("The policy is valid."), m_problems);
    m_save->setEnabled(m_parse.policy.has_value());
}

void PolicyPage::onModeChanged()
{
    // Follow the product seeds when the user has not chosen another max_age.
    const auto mode = mtasts::PolicyMode(m_mode->currentData().toInt());
    if (mode == mtasts::PolicyMode::Enforce && m_maxAge->value() == mtasts::kTestingMaxAge)
        m_maxAge->setValue(int(mtasts::kEnforceMaxAge));
    else if (mode == mtasts::PolicyMode::Testing && m_maxAge->value() == mtasts::kEnforceMaxAge)
        m_maxAge->setValue(int(mtasts::kTestingMaxAge));
    revalidate();
}

void PolicyPage::loadIntoEditor(const mtasts::Policy &policy)
{
    {
        const QSignalBlocker blockMode(m_mode);
        const QSignalBlocker blockAge(m_maxAge);
        m_mode->setCurrentIndex(m_mode->findData(int(policy.mode)));
        m_maxAge->setValue(int(policy.maxAge));
    }
    m_patterns->setPatterns(policy.mxTexts()); // revalidates
    m_startDraft = draftFile();
}

bool PolicyPage::hasUnsavedEdits() const
{
    return !m_startDraft.isNull() && draftFile() != m_startDraft;
}

bool PolicyPage::store(const mtasts::PolicyVersion &version)
{
    auto added = PolicyVersions(m_workspace->context()).add(m_engagementId(), version);
    if (!added) {
        setError(GuidedMessage{tr("The version could not be saved: %1").arg(added.error().message),
                               tr("Nothing was added to the engagement’s policy versions; "
                                  "what is published stays as it was."),
                               tr("check that the workspace database is reachable and writable "
                                  "(File → Settings…), then save again.")}
                     .text());
        return false;
    }
    setError(QString());
    reload(added->rowId);
    m_workspace->notifyChanged(m_engagementId());
    return true;
}

static mtasts::PolicyGenerator generatorAfter(const PublishContext &context,
                                              std::shared_ptr<const Clock> clock)
{
    QDateTime newest;
    for (const StoredPolicyVersion &v : context.versions)
        if (!newest.isValid() || v.version.createdAt > newest)
            newest = v.version.createdAt;
    return mtasts::PolicyGenerator(std::make_shared<NextSecondClock>(std::move(clock), newest));
}

bool PolicyPage::saveVersion()
{
    if (!m_parse.policy) {
        setError(tr("The policy has errors; fix them before saving."));
        return false;
    }
    const mtasts::Policy &policy = *m_parse.policy;
    if (!store(generatorAfter(m_context, m_workspace->clock())
                   .make(policy.mode, policy.mx, policy.maxAge)))
        return false;
    m_startDraft = draftFile();
    return true;
}

bool PolicyPage::generateEnforce()
{
    const StoredPolicyVersion *base = selectedVersion();
    if (!base) {
        setError(tr("Save a version first: the enforce version is made from it."));
        return false;
    }
    if (!store(generatorAfter(m_context, m_workspace->clock()).enforce(base->version.policy)))
        return false;
    loadIntoEditor(m_context.versions.last().version.policy);
    return true;
}

bool PolicyPage::generateRemove()
{
    const StoredPolicyVersion *base = selectedVersion();
    if (!base) {
        setError(tr("Save a version first: the remove version is made from it."));
        return false;
    }
    if (!store(generatorAfter(m_context, m_workspace->clock()).remove(base->version.policy)))
        return false;
    loadIntoEditor(m_context.versions.last().version.policy);
    return true;
}

const StoredPolicyVersion *PolicyPage::selectedVersion() const
{
    const int row = m_versions->currentRow();
    if (row >= 0 && row < m_context.versions.size())
        return &m_context.versions[row];
    return m_context.versions.isEmpty() ? nullptr : &m_context.versions.last();
}

// What a published policy or its host sent: control characters escaped, line breaks kept.
static QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(printableLines(text));
    item->setToolTip(plainToolTip(item->text()));
    return item;
}

void PolicyPage::showVersions(qint64 selectRowId)
{
    const QSignalBlocker block(m_versions);
    m_versions->setRowCount(int(m_context.versions.size()));
    int select = int(m_context.versions.size()) - 1;
    for (int row = 0; row < m_context.versions.size(); ++row) {
        const StoredPolicyVersion &v = m_context.versions[row];
        QString state =
            tr("draft, saved %1")
                .arg(QLocale().toString(v.version.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (v.supersededAt.isValid())
            state =
                tr("superseded %1")
                    .arg(QLocale().toString(v.supersededAt.toLocalTime(), QLocale::ShortFormat));
        else if (v.publishedAt.isValid())
            state = tr("published %1")
                        .arg(QLocale().toString(v.publishedAt.toLocalTime(), QLocale::ShortFormat));
        m_versions->setItem(row, IdColumn, cell(v.version.id));
        m_versions->setItem(row, ModeColumn, cell(mtasts::policyModeName(v.version.policy.mode)));
        m_versions->setItem(row, MaxAgeColumn, cell(QString::number(v.version.policy.maxAge)));
        m_versions->setItem(row, PatternsColumn, cell(v.version.policy.mxTexts().join(u", "_s)));
        m_versions->setItem(row, StateColumn, cell(state));
        if (v.rowId == selectRowId)
            select = row;
    }
    if (select >= 0)
        m_versions->selectRow(select);
    m_enforce->setEnabled(!m_context.versions.isEmpty());
    m_remove->setEnabled(!m_context.versions.isEmpty());
    showPublishOrder();
}

void PolicyPage::showPublishOrder()
{
    const StoredPolicyVersion *next = selectedVersion();
    if (!next) {
        m_publishOrder->setText(tr("No version yet. Saving one gives it an id; then publish the "
                                   "file first and the TXT id second."));
        return;
    }
    // What senders may hold: the published version, else the one saved before the selected.
    const StoredPolicyVersion *previous = nullptr;
    const StoredPolicyVersion *before = nullptr;
    for (const StoredPolicyVersion &v : m_context.versions) {
        if (v.rowId == next->rowId)
            break;
        before = &v;
        if (v.publishedAt.isValid() && !v.supersededAt.isValid())
            previous = &v;
    }
    if (!previous)
        previous = before;
    const QDateTime now = m_workspace->clock()->now();
    const QList<mtasts::PublishStep> steps = mtasts::publishOrder(
        m_context.domain(), next->version,
        previous ? std::optional<mtasts::Policy>(previous->version.policy) : std::nullopt, now);
    QString html = tr("<b>Publishing version %1:</b>").arg(next->version.id) + u"<ol>"_s;
    for (const mtasts::PublishStep &step : steps)
        html += u"<li>"_s + step.description.toHtmlEscaped() + u"</li>"_s;
    html += u"</ol>"_s;
    if (previous)
        html += tr("Senders that fetched version %1 may keep applying it until <b>%2</b> (its "
                   "max_age of %3 after publishing now).")
                    .arg(previous->version.id,
                         QLocale().toString(
                             mtasts::cachedUntil(previous->version.policy, now).toLocalTime(),
                             QLocale::LongFormat),
                         durationText(previous->version.policy.maxAge));
    else
        html += tr("No earlier version: no sender holds a cached policy of this domain.");
    m_publishOrder->setText(html);
}

void PolicyPage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace sts::ui
