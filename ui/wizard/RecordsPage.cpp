#include "wizard/RecordsPage.h"

#include "common/FileDialogs.h"
#include "common/PlainToolTip.h"
#include "mainwindow/Workspace.h"
#include "records/ExportFormats.h"
#include "services/DeliverySettings.h"
#include "util/OutputFile.h"
#include "wizard/GuidedMessage.h"
#include "wizard/RecordPushDialog.h"
#include "wizard/ResultTable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString roleText(records::RecordRole role)
{
    switch (role) {
    case records::RecordRole::StsPolicy:
        return RecordsPage::tr("Announces the MTA-STS policy and its id (RFC 8461).");
    case records::RecordRole::TlsReporting:
        return RecordsPage::tr("Where senders send TLS reports (RFC 8460).");
    case records::RecordRole::PolicyHost:
        return RecordsPage::tr("The web host senders fetch the policy file from.");
    case records::RecordRole::Tlsa:
        return RecordsPage::tr("DANE: the key the mail server presents (RFC 7672).");
    case records::RecordRole::HostTlsReporting:
        return RecordsPage::tr("TLS reports about this mail server, for DANE.");
    }
    return {};
}

} // namespace

RecordsPage::RecordsPage(Workspace *workspace, std::function<qint64()> engagementId,
                         QWidget *parent)
    : QWizardPage(parent), m_workspace(workspace), m_engagementId(std::move(engagementId)),
      m_intro(new QLabel(this)), m_rua(new QLineEdit(this)), m_ruaError(new QLabel(this)),
      m_saveSettings(new QPushButton(tr("&Save address"), this)), m_policyHost(new QLineEdit(this)),
      m_ttl(new QSpinBox(this)), m_table(new QTableWidget(0, 4, this)),
      m_export(new QToolButton(this)), m_message(new QLabel(this))
{
    setTitle(tr("DNS records"));
    setSubTitle(tr("Every record the customer publishes for MTA-STS, TLS reporting and DANE."));
    m_chooseFile = [this](const QString &suggested, const QString &filter) {
        return FileDialogs::saveFileName(this, u"records"_s, tr("Export DNS records"), suggested,
                                         filter);
    };

    m_intro->setObjectName(u"recordsIntro"_s);
    m_intro->setWordWrap(true);
    m_rua->setObjectName(u"ruaEdit"_s);
    m_rua->setToolTip(tr("mailto: or https: addresses, separated by commas; one is "
                         "recommended. Empty: no TLS-RPT record. Saved for the engagement "
                         "when you leave the page."));
    m_ruaError->setObjectName(u"ruaError"_s);
    m_ruaError->setWordWrap(true);
    m_ruaError->setStyleSheet(u"color: #b3261e;"_s);
    m_ruaError->hide();
    m_saveSettings->setObjectName(u"saveRuaButton"_s);
    m_saveSettings->setToolTip(tr("Store these addresses for the engagement: the artifacts, "
                                  "the runbook and “records export” use them."));
    m_policyHost->setObjectName(u"policyHostEdit"_s);
    m_policyHost->setToolTip(tr("IPv4/IPv6 addresses of your web server (A/AAAA), or the host "
                                "name of a hosting provider (CNAME). Empty: not generated."));
    m_ttl->setObjectName(u"ttlSpin"_s);
    m_ttl->setRange(60, 86400);
    m_ttl->setValue(3600);
    m_ttl->setSuffix(tr(" s"));

    m_table->setObjectName(u"recordsTable"_s);
    setUpResultTable(m_table, {tr("Name"), tr("Type"), tr("TTL"), tr("Value")}, ValueColumn);
    m_table->setWordWrap(false); // record values are copied as they are, one line each
    m_table->setToolTip(tr("Ctrl+C copies the selected rows as zone-file lines."));
    auto *copyRows = new QAction(tr("&Copy rows"), m_table);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copyRows);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *copy = new QPushButton(tr("Cop&y rows"), this);
    copy->setObjectName(u"copyRowsButton"_s);
    copy->setToolTip(tr("Copy the selected records as zone-file lines (Ctrl+C in the table)."));
    auto *copyValue = new QPushButton(tr("Copy &value"), this);
    copyValue->setObjectName(u"copyValueButton"_s);
    copyValue->setToolTip(tr("Copy only the value of the current record, as a DNS provider's "
                             "web form wants it."));
    m_export->setObjectName(u"exportButton"_s);
    m_export->setText(tr("E&xport"));
    m_export->setToolTip(tr("Save the records for a DNS server or provider."));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    for (const records::ExportFormat &format : records::exportFormats()) {
        QAction *action = menu->addAction(format.displayName() + u'…');
        action->setObjectName(u"export-"_s + format.key);
        action->setToolTip(format.displayDescription());
        connect(action, &QAction::triggered, this,
                [this, key = format.key] { exportRecords(key); });
    }
    m_export->setMenu(menu);
    auto *push = new QPushButton(tr("&Push to DNS server…"), this);
    push->setObjectName(u"pushButton"_s);
    push->setToolTip(tr("Send these records to the zone's primary server as a TSIG-signed "
                        "dynamic update (RFC 2136) and check what it serves."));
    connect(push, &QPushButton::clicked, this, &RecordsPage::openPushDialog);

    m_message->setObjectName(u"recordsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *ruaRow = new QHBoxLayout;
    ruaRow->addWidget(m_rua, 1);
    ruaRow->addWidget(m_saveSettings);
    form->addRow(tr("TLS-RPT &reports to:"), ruaRow);
    form->addRow(QString(), m_ruaError);
    form->addRow(tr("&mta-sts host points to:"), m_policyHost);
    form->addRow(tr("&TTL:"), m_ttl);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(copy);
    actions->addWidget(copyValue);
    actions->addWidget(m_export);
    actions->addWidget(push);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_rua, &QLineEdit::textChanged, this, &RecordsPage::rebuild);
    connect(m_policyHost, &QLineEdit::textChanged, this, &RecordsPage::rebuild);
    connect(m_ttl, &QSpinBox::valueChanged, this, &RecordsPage::rebuild);
    connect(m_saveSettings, &QPushButton::clicked, this, &RecordsPage::saveSettings);
    connect(copyRows, &QAction::triggered, this, &RecordsPage::copySelection);
    connect(copy, &QPushButton::clicked, this, &RecordsPage::copySelection);
    connect(copyValue, &QPushButton::clicked, this, &RecordsPage::copyValue);
}

void RecordsPage::initializePage()
{
    m_context = PublishContext::load(m_workspace, m_engagementId());
    const QSignalBlocker blockRua(m_rua);
    const QSignalBlocker blockHost(m_policyHost);
    // The fields start with what the plan publishes (the saved rua, else the discovered one),
    // so an unedited page exports exactly what the artifacts, the bundle, the runbook and
    // `records export` do. An address nobody set up is only suggested: reports to a mailbox
    // that does not exist would bounce.
    const records::RecordSetInput planned = m_context.plan().records;
    m_rua->setText(planned.rua.join(u", "_s));
    m_loadedRua = m_rua->text();
    m_ruaError->hide();
    m_rua->setPlaceholderText(
        m_context.domain().isEmpty() ? QString() : u"mailto:tlsrpt@"_s + m_context.domain());
    m_policyHost->setText(planned.policyHost.cname.isEmpty()
                              ? planned.policyHost.addresses.join(u", "_s)
                              : planned.policyHost.cname);
    rebuild();
}

bool RecordsPage::validatePage()
{
    return saveSettings();
}

QStringList RecordsPage::typedRua() const
{
    QStringList rua;
    for (const QString &part : m_rua->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            rua << part.trimmed();
    return rua;
}

bool RecordsPage::hasUnsavedEdits() const
{
    return m_engagementId() > 0 && m_rua->text() != m_loadedRua;
}

bool RecordsPage::saveSettings()
{
    if (!hasUnsavedEdits())
        return true;
    services::DeliverySettings settings(m_workspace->context());
    Result<services::StoredDeliverySettings> stored = settings.load(m_engagementId());
    if (stored) {
        stored->rua = typedRua();
        stored = settings.save(m_engagementId(), *stored);
    }
    if (!stored) {
        m_ruaError->setText(
            GuidedMessage{stored.error().message,
                          tr("The _smtp._tls record is built from this address: while it is "
                             "wrong, no TLS report reaches the consultant."),
                          tr("correct it (mailto:name@domain or https://host/path, several "
                             "separated by commas), then leave the page again.")}
                .text());
        m_ruaError->show();
        m_rua->setFocus();
        return false;
    }
    m_ruaError->hide();
    m_loadedRua = m_rua->text();
    setMessage(tr("TLS-RPT addresses saved for the engagement."), false);
    m_workspace->notifyChanged(m_engagementId());
    return true;
}

void RecordsPage::rebuild()
{
    const QStringList rua = typedRua();
    records::PolicyHostTarget host;
    const QStringList targets =
        m_policyHost->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts);
    for (const QString &target : targets) {
        if (QHostAddress(target).isNull())
            host.cname = target;
        else
            host.addresses << target;
    }
    services::PublishChoices choices;
    choices.rua = rua;
    choices.policyHost = host;
    choices.ttl = quint32(m_ttl->value());
    const services::PublishPlan plan = m_context.plan(choices);

    m_table->setRowCount(0);
    m_set.reset();
    m_export->setEnabled(false);
    const storage::StoredPolicyVersion *policy = m_context.policyForRecords();
    m_intro->setText(
        policy ? tr("For %1, policy version %2 (%3). TLSA records appear when the zone is "
                    "DNSSEC-signed and the key is known.")
                     .arg(m_context.domain(), policy->version.id,
                          policy->publishedAt.isValid() ? tr("published") : tr("not yet published"))
               : tr("For %1.").arg(m_context.domain()));
    if (!policy) {
        setMessage(tr("Save a policy version on the “Policy” page first: the _mta-sts record "
                      "carries its id."),
                   true);
        return;
    }
    Result<records::RecordSet> set = plan.recordSet();
    if (!set) {
        setMessage(GuidedMessage{tr("The records cannot be built: %1").arg(set.error().message),
                                 tr("Nothing can be exported or pushed to DNS until they can."),
                                 tr("correct what the message names, on this page or on "
                                    "“Policy”, then come back.")}
                       .text(),
                   true);
        return;
    }
    m_set = *set;
    const QList<records::DnsRecordSpec> &list = m_set->records();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const records::DnsRecordSpec &record = list[row];
        const QString why = roleText(record.role);
        const QStringList texts{record.owner, record.typeName(), QString::number(record.ttl),
                                record.rdata()};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setToolTip(
                plainToolTip(column == ValueColumn ? texts[column] + u"\n"_s + why : why));
            m_table->setItem(row, column, item);
        }
    }
    m_export->setEnabled(true);
    setMessage(tr("%n record(s).", nullptr, int(list.size())), false);
}

void RecordsPage::copySelection() const
{
    if (!m_set)
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows) {
        const records::DnsRecordSpec &r = m_set->records().at(row);
        lines << u"%1 %2 IN %3 %4"_s.arg(r.owner).arg(r.ttl).arg(r.typeName(), r.rdata());
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void RecordsPage::copyValue() const
{
    const int row = m_table->currentRow();
    if (m_set && row >= 0 && row < m_set->records().size())
        QApplication::clipboard()->setText(m_set->records().at(row).rdata());
}

bool RecordsPage::exportRecords(const QString &format)
{
    if (!m_set)
        return false;
    const records::ExportFormat *info = records::findExportFormat(format);
    if (!info)
        return false;
    const QString path = m_chooseFile(
        proposedFileName(m_workspace, m_engagementId(), u"records"_s, info->saveSuffix),
        info->displayFileFilter());
    if (path.isEmpty())
        return false;
    const QByteArray content = info->make({})->render(*m_set);
    if (Status saved = writeFileAtomically(path, content); !saved) {
        setMessage(GuidedMessage{tr("The file could not be written: %1").arg(saved.error().message),
                                 tr("Nothing was exported; the customer has no records yet."),
                                 tr("choose a folder you can write to and export again.")}
                       .text(),
                   true);
        return false;
    }
    setMessage(tr("Saved %1.").arg(path), false);
    return true;
}

RecordPushDialog *RecordsPage::openPushDialog()
{
    if (!m_set)
        return nullptr;
    auto *dialog = new RecordPushDialog(m_workspace, m_engagementId(), *m_set, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RecordsPage::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
}

} // namespace sts::ui
