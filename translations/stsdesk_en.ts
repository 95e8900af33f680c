<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <source>Workspace database: a SQLite file or a postgresql://user:password@host:port/db URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: stsdesk-cli COMMAND [options]

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command takes --database URL, --json and --help.
Exit codes: 0 success, 1 operational error, 2 usage error.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stsdesk-cli: unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, list and manage engagements</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts</name>
    <message>
        <source>BSI TR-03108</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commercial CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let's Encrypt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own nginx server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Static pages hosting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosted by a provider</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::DomainName</name>
    <message>
        <source>Enter the customer's mail domain, for example example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the trailing dot: write “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is an IP address; MTA-STS needs a domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a domain name: only the domain, without spaces, addresses or paths.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has a single label; give the full domain, for example %1.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain name is longer than 253 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has an empty label (two dots in a row).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label “%1” is longer than 63 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label “%1” may contain only letters, digits and inner hyphens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” ends in a numeric label; that is not a domain name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::EngagementService</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's name is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language must be German (de) or English (en), not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name at least one major sender; readiness for enforce is judged on their reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A major sender's name is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::cli</name>
    <message>
        <source>Engagement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major senders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--profile takes “standard” or “bsi-tr-03108”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ca takes “letsencrypt” or “commercial”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hosting takes “nginx”, “static” or “external”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create needs --customer and --domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>	(archived)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, list, show, rename, archive and restore engagements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create | list | show ID | rename ID NAME | archive ID | restore ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer name (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer mail domain, Unicode or A-label (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant responsible (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the deliverables: de or en (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard or bsi-tr-03108 (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letsencrypt or commercial (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nginx, static or external (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated major senders (create).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include archived engagements (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only engagements matching this text (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name an action: create, list, show, rename, archive or restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs an engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rename needs the new customer name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>committing a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user:password@host:port/database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL URL names no database (…/database at the end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite location names no file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::EngagementRepository</name>
    <message>
        <source>saving the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing recent engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archiving the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the engagement as opened</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::EventLog</name>
    <message>
        <source>recording an event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the event log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::Migrator</name>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace %1 was written by a newer STS Desk (schema version %2; this version knows up to %3). Update STS Desk to open it. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locking the schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applying schema migration %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui</name>
    <message>
        <source>STS Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the default workspace</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::AboutDialog</name>
    <message>
        <source>About STS Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploys MTA-STS (RFC 8461), TLS reporting (RFC 8460) and DANE for SMTP (RFC 7672) for a customer domain, from discovery to handover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt %1 at run time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ArchiveCommand</name>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::BasicsPage</name>
    <message>
        <source>Customer and domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the engagement is for and how it is run. Everything here can be changed later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Müller Maschinenbau GmbH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. müller-maschinenbau.de</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness for enforce needs clean reports from each of these senders. Separate names with commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mail domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onsultant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliverables &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy &amp;hosting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major &amp;senders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The domain the customer receives mail for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ In DNS this is %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ Valid domain name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::EngagementListModel</name>
    <message>
        <source>%1
%2 — archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2
Consultant: %3
Created: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::EngagementListPanel</name>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search customer, domain, consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagement matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagements yet.
Create one with File → New Engagement (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::EngagementView</name>
    <message>
        <source>Engagement sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wizard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrives with the TLS-RPT import and rollout tracking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrives with the TLS-RPT import and failure charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrives with the PDF runbook and handover bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change customer, domain and settings (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail servers and DNSSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrives with MX discovery and DNSSEC validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates and pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrives with certificate analysis and the STARTTLS pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy, DNS records, hosting and DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrives with policy generation and the deployment artifacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consultant %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliverables language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major senders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::EngagementWizard</name>
    <message>
        <source>New Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::MainWindow</name>
    <message>
        <source>STS Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;Archived Engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About STS Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;ngagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation><numerusform>%n engagement</numerusform><numerusform>%n engagements</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived %1. Undo with Ctrl+Z.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>

The current workspace stays open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language applies after STS Desk restarts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::RenameCommand</name>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SQLite file, or postgresql://user:password@host:port/database for a team workspace. Empty uses the default file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System resolver (/etc/resolv.conf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host:port of the DNS server to ask, e.g. 127.0.0.1:5353</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IANA root anchor (/usr/share/dns/root.key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System CA store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language applies after STS Desk restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite workspaces (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anchor files (*.key *.ds *.anchor);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The resolver must be host:port, for example 127.0.0.1:53 or [::1]:53.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::WelcomePage</name>
    <message>
        <source>Recent engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to STS Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take a customer's domain from opportunistic STARTTLS to enforced, verified SMTP transport security: MTA-STS, TLS reporting and DANE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>