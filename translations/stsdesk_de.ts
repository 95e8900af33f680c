<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cli</name>
    <message>
        <source>Workspace database: a SQLite file or a postgresql://user:password@host:port/db URL.</source>
        <translation>Arbeitsbereichs-Datenbank: eine SQLite-Datei oder eine URL postgresql://benutzer:passwort@host:port/db.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Try “%1 --help”.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: stsdesk-cli COMMAND [options]

Commands:
</source>
        <translation>Aufruf: stsdesk-cli BEFEHL [Optionen]

Befehle:
</translation>
    </message>
    <message>
        <source>Every command takes --database URL, --json and --help.
Exit codes: 0 success, 1 operational error, 2 usage error.
</source>
        <translation>Jeder Befehl kennt --database URL, --json und --help.
Exit-Codes: 0 Erfolg, 1 Betriebsfehler, 2 Bedienfehler.
</translation>
    </message>
    <message>
        <source>stsdesk-cli: unknown command “%1”.</source>
        <translation>stsdesk-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Create, list and manage engagements</source>
        <translation>Kundenprojekte anlegen, auflisten und verwalten</translation>
    </message>
</context>
<context>
    <name>sts</name>
    <message>
        <source>BSI TR-03108</source>
        <translation>BSI TR-03108</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Commercial CA</source>
        <translation>Kommerzielle CA</translation>
    </message>
    <message>
        <source>Let's Encrypt</source>
        <translation>Let's Encrypt</translation>
    </message>
    <message>
        <source>Own nginx server</source>
        <translation>Eigener nginx-Server</translation>
    </message>
    <message>
        <source>Static pages hosting</source>
        <translation>Statisches Pages-Hosting</translation>
    </message>
    <message>
        <source>Hosted by a provider</source>
        <translation>Beim Anbieter gehostet</translation>
    </message>
</context>
<context>
    <name>sts::DomainName</name>
    <message>
        <source>Enter the customer's mail domain, for example example.com.</source>
        <translation>Geben Sie die Mail-Domain des Kunden ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>Leave out the trailing dot: write “%1”.</source>
        <translation>Lassen Sie den abschließenden Punkt weg: „%1“.</translation>
    </message>
    <message>
        <source>“%1” is an IP address; MTA-STS needs a domain name.</source>
        <translation>„%1“ ist eine IP-Adresse; MTA-STS braucht einen Domainnamen.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: only the domain, without spaces, addresses or paths.</source>
        <translation>„%1“ ist kein Domainname: nur die Domain, ohne Leerzeichen, Adressen oder Pfade.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <source>“%1” has a single label; give the full domain, for example %1.com.</source>
        <translation>„%1“ besteht aus nur einem Label; geben Sie die vollständige Domain an, zum Beispiel %1.com.</translation>
    </message>
    <message>
        <source>The domain name is longer than 253 characters.</source>
        <translation>Der Domainname ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” has an empty label (two dots in a row).</source>
        <translation>„%1“ enthält ein leeres Label (zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <source>The label “%1” is longer than 63 characters.</source>
        <translation>Das Label „%1“ ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The label “%1” may contain only letters, digits and inner hyphens.</source>
        <translation>Das Label „%1“ darf nur Buchstaben, Ziffern und innere Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>“%1” ends in a numeric label; that is not a domain name.</source>
        <translation>„%1“ endet mit einem numerischen Label; das ist kein Domainname.</translation>
    </message>
</context>
<context>
    <name>sts::EngagementService</name>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>The customer's name is longer than 200 characters.</source>
        <translation>Der Kundenname ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The language must be German (de) or English (en), not “%1”.</source>
        <translation>Die Sprache muss Deutsch (de) oder Englisch (en) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Name at least one major sender; readiness for enforce is judged on their reports.</source>
        <translation>Nennen Sie mindestens einen großen Absender; die Bereitschaft für „enforce“ wird an dessen Berichten gemessen.</translation>
    </message>
    <message>
        <source>A major sender's name is empty.</source>
        <translation>Der Name eines großen Absenders ist leer.</translation>
    </message>
</context>
<context>
    <name>sts::cli</name>
    <message>
        <source>Engagement %1</source>
        <translation>Kundenprojekt %1</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Berater:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <source>Hosting:</source>
        <translation>Hosting:</translation>
    </message>
    <message>
        <source>Major senders:</source>
        <translation>Große Absender:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>--profile takes “standard” or “bsi-tr-03108”.</source>
        <translation>--profile erwartet „standard“ oder „bsi-tr-03108“.</translation>
    </message>
    <message>
        <source>--ca takes “letsencrypt” or “commercial”.</source>
        <translation>--ca erwartet „letsencrypt“ oder „commercial“.</translation>
    </message>
    <message>
        <source>--hosting takes “nginx”, “static” or “external”.</source>
        <translation>--hosting erwartet „nginx“, „static“ oder „external“.</translation>
    </message>
    <message>
        <source>create needs --customer and --domain.</source>
        <translation>create braucht --customer und --domain.</translation>
    </message>
    <message>
        <source>No engagements.</source>
        <translation>Keine Kundenprojekte.</translation>
    </message>
    <message>
        <source>	(archived)</source>
        <translation>	(archiviert)</translation>
    </message>
    <message>
        <source>Create, list, show, rename, archive and restore engagements.</source>
        <translation>Kundenprojekte anlegen, auflisten, anzeigen, umbenennen, archivieren und wiederherstellen.</translation>
    </message>
    <message>
        <source>create | list | show ID | rename ID NAME | archive ID | restore ID</source>
        <translation>create | list | show ID | rename ID NAME | archive ID | restore ID</translation>
    </message>
    <message>
        <source>Customer name (create).</source>
        <translation>Name des Kunden (create).</translation>
    </message>
    <message>
        <source>Customer mail domain, Unicode or A-label (create).</source>
        <translation>Mail-Domain des Kunden, Unicode oder A-Label (create).</translation>
    </message>
    <message>
        <source>Consultant responsible (create).</source>
        <translation>Verantwortlicher Berater (create).</translation>
    </message>
    <message>
        <source>Language of the deliverables: de or en (create).</source>
        <translation>Sprache der Ergebnisse: de oder en (create).</translation>
    </message>
    <message>
        <source>standard or bsi-tr-03108 (create).</source>
        <translation>standard oder bsi-tr-03108 (create).</translation>
    </message>
    <message>
        <source>letsencrypt or commercial (create).</source>
        <translation>letsencrypt oder commercial (create).</translation>
    </message>
    <message>
        <source>nginx, static or external (create).</source>
        <translation>nginx, static oder external (create).</translation>
    </message>
    <message>
        <source>Comma-separated major senders (create).</source>
        <translation>Große Absender, durch Kommas getrennt (create).</translation>
    </message>
    <message>
        <source>Include archived engagements (list).</source>
        <translation>Archivierte Kundenprojekte einschließen (list).</translation>
    </message>
    <message>
        <source>Only engagements matching this text (list).</source>
        <translation>Nur Kundenprojekte, die diesen Text enthalten (list).</translation>
    </message>
    <message>
        <source>Name an action: create, list, show, rename, archive or restore.</source>
        <translation>Nennen Sie eine Aktion: create, list, show, rename, archive oder restore.</translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>“%1” needs an engagement ID.</source>
        <translation>„%1“ braucht die ID eines Kundenprojekts.</translation>
    </message>
    <message>
        <source>rename needs the new customer name.</source>
        <translation>rename braucht den neuen Kundennamen.</translation>
    </message>
</context>
<context>
    <name>sts::storage::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the workspace database.</source>
        <translation>Der Ordner %1 für die Arbeitsbereichs-Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Die Arbeitsbereichs-Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>preparing the SQLite database</source>
        <translation>Vorbereiten der SQLite-Datenbank</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>Abschließen einer Transaktion</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Datenbankfehler beim %1: %2</translation>
    </message>
</context>
<context>
    <name>sts::storage::DatabaseLocation</name>
    <message>
        <source>No database location was given.</source>
        <translation>Es wurde kein Datenbankort angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user:password@host:port/database).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL (erwartet: postgresql://benutzer:passwort@host:port/datenbank).</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database (…/database at the end).</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank (…/datenbank am Ende).</translation>
    </message>
    <message>
        <source>The SQLite location names no file.</source>
        <translation>Der SQLite-Ort nennt keine Datei.</translation>
    </message>
</context>
<context>
    <name>sts::storage::EngagementRepository</name>
    <message>
        <source>saving the engagement</source>
        <translation>Speichern des Kundenprojekts</translation>
    </message>
    <message>
        <source>updating the engagement</source>
        <translation>Aktualisieren des Kundenprojekts</translation>
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Es gibt kein Kundenprojekt %1.</translation>
    </message>
    <message>
        <source>reading the engagement</source>
        <translation>Lesen des Kundenprojekts</translation>
    </message>
    <message>
        <source>listing engagements</source>
        <translation>Auflisten der Kundenprojekte</translation>
    </message>
    <message>
        <source>listing recent engagements</source>
        <translation>Auflisten der zuletzt geöffneten Kundenprojekte</translation>
    </message>
    <message>
        <source>archiving the engagement</source>
        <translation>Archivieren des Kundenprojekts</translation>
    </message>
    <message>
        <source>recording the engagement as opened</source>
        <translation>Vermerken des Öffnens</translation>
    </message>
</context>
<context>
    <name>sts::storage::EventLog</name>
    <message>
        <source>recording an event</source>
        <translation>Protokollieren eines Ereignisses</translation>
    </message>
    <message>
        <source>reading the event log</source>
        <translation>Lesen des Ereignisprotokolls</translation>
    </message>
</context>
<context>
    <name>sts::storage::Migrator</name>
    <message>
        <source>creating the schema version table</source>
        <translation>Anlegen der Schema-Versionstabelle</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schema-Version</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer STS Desk (schema version %2; this version knows up to %3). Update STS Desk to open it. Nothing was changed.</source>
        <translation>Der Arbeitsbereich %1 wurde von einem neueren STS Desk geschrieben (Schema-Version %2; diese Version kennt bis %3). Aktualisieren Sie STS Desk, um ihn zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>Sperren des Schemas</translation>
    </message>
    <message>
        <source>applying schema migration %1 (%2)</source>
        <translation>Anwenden der Schema-Migration %1 (%2)</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Vermerken der Schema-Version</translation>
    </message>
</context>
<context>
    <name>sts::ui</name>
    <message>
        <source>STS Desk</source>
        <translation>STS Desk</translation>
    </message>
    <message>
        <source>Open the default workspace</source>
        <translation>Standard-Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>sts::ui::AboutDialog</name>
    <message>
        <source>About STS Desk</source>
        <translation>Über STS Desk</translation>
    </message>
    <message>
        <source>Deploys MTA-STS (RFC 8461), TLS reporting (RFC 8460) and DANE for SMTP (RFC 7672) for a customer domain, from discovery to handover.</source>
        <translation>Führt MTA-STS (RFC 8461), TLS-Reporting (RFC 8460) und DANE für SMTP (RFC 7672) für eine Kundendomain ein, von der Bestandsaufnahme bis zur Übergabe.</translation>
    </message>
    <message>
        <source>Built with: %1</source>
        <translation>Erstellt mit: %1</translation>
    </message>
    <message>
        <source>Qt %1 at run time.</source>
        <translation>Qt %1 zur Laufzeit.</translation>
    </message>
</context>
<context>
    <name>sts::ui::ArchiveCommand</name>
    <message>
        <source>Archive “%1”</source>
        <translation>„%1“ archivieren</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>sts::ui::BasicsPage</name>
    <message>
        <source>Customer and domain</source>
        <translation>Kunde und Domain</translation>
    </message>
    <message>
        <source>Who the engagement is for and how it is run. Everything here can be changed later.</source>
        <translation>Für wen das Kundenprojekt ist und wie es durchgeführt wird. Alles hier lässt sich später ändern.</translation>
    </message>
    <message>
        <source>e.g. Müller Maschinenbau GmbH</source>
        <translation>z. B. Müller Maschinenbau GmbH</translation>
    </message>
    <message>
        <source>e.g. müller-maschinenbau.de</source>
        <translation>z. B. müller-maschinenbau.de</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Readiness for enforce needs clean reports from each of these senders. Separate names with commas.</source>
        <translation>Für „enforce“ braucht es fehlerfreie Berichte von jedem dieser Absender. Namen durch Kommas trennen.</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Mail domain:</source>
        <translation>&amp;Mail-Domain:</translation>
    </message>
    <message>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Berater:</translation>
    </message>
    <message>
        <source>Deliverables &amp;language:</source>
        <translation>&amp;Sprache der Ergebnisse:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Policy &amp;hosting:</source>
        <translation>Policy-&amp;Hosting:</translation>
    </message>
    <message>
        <source>Major &amp;senders:</source>
        <translation>&amp;Große Absender:</translation>
    </message>
    <message>
        <source>The domain the customer receives mail for.</source>
        <translation>Die Domain, für die der Kunde E-Mail empfängt.</translation>
    </message>
    <message>
        <source>✓ In DNS this is %1</source>
        <translation>✓ Im DNS heißt sie %1</translation>
    </message>
    <message>
        <source>✓ Valid domain name</source>
        <translation>✓ Gültiger Domainname</translation>
    </message>
</context>
<context>
    <name>sts::ui::EngagementListModel</name>
    <message>
        <source>%1
%2 — archived</source>
        <translation>%1
%2 — archiviert</translation>
    </message>
    <message>
        <source>%1 — %2
Consultant: %3
Created: %4</source>
        <translation>%1 — %2
Berater: %3
Angelegt: %4</translation>
    </message>
</context>
<context>
    <name>sts::ui::EngagementListPanel</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>Search customer, domain, consultant</source>
        <translation>Kunde, Domain, Berater suchen</translation>
    </message>
    <message>
        <source>No engagement matches “%1”.</source>
        <translation>Kein Kundenprojekt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No engagements yet.
Create one with File → New Engagement (Ctrl+N).</source>
        <translation>Noch keine Kundenprojekte.
Legen Sie eines an mit Datei → Neues Kundenprojekt (Strg+N).</translation>
    </message>
</context>
<context>
    <name>sts::ui::EngagementView</name>
    <message>
        <source>Engagement sections</source>
        <translation>Bereiche des Kundenprojekts</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Arrives with the TLS-RPT import and rollout tracking.</source>
        <translation>Kommt mit dem TLS-RPT-Import und der Rollout-Verfolgung.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Arrives with the TLS-RPT import and failure charts.</source>
        <translation>Kommt mit dem TLS-RPT-Import und den Fehlerdiagrammen.</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Betriebshandbuch</translation>
    </message>
    <message>
        <source>Arrives with the PDF runbook and handover bundle.</source>
        <translation>Kommt mit dem PDF-Betriebshandbuch und dem Übergabepaket.</translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation>Angaben zum Kundenprojekt</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change customer, domain and settings (Ctrl+E)</source>
        <translation>Kunde, Domain und Einstellungen ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Mail servers and DNSSEC</source>
        <translation>Mailserver und DNSSEC</translation>
    </message>
    <message>
        <source>arrives with MX discovery and DNSSEC validation</source>
        <translation>kommt mit der MX-Ermittlung und der DNSSEC-Validierung</translation>
    </message>
    <message>
        <source>Certificates and pre-flight</source>
        <translation>Zertifikate und Vorabprüfung</translation>
    </message>
    <message>
        <source>arrives with certificate analysis and the STARTTLS pre-flight</source>
        <translation>kommt mit der Zertifikatsanalyse und der STARTTLS-Vorabprüfung</translation>
    </message>
    <message>
        <source>Policy, DNS records, hosting and DANE</source>
        <translation>Policy, DNS-Einträge, Hosting und DANE</translation>
    </message>
    <message>
        <source>arrives with policy generation and the deployment artifacts</source>
        <translation>kommt mit der Policy-Erzeugung und den Bereitstellungsdateien</translation>
    </message>
    <message>
        <source>consultant %1</source>
        <translation>Berater %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Berater:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Deliverables language:</source>
        <translation>Sprache der Ergebnisse:</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Certificate authority:</source>
        <translation>Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation>Policy-Hosting:</translation>
    </message>
    <message>
        <source>Major senders:</source>
        <translation>Große Absender:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
</context>
<context>
    <name>sts::ui::EngagementWizard</name>
    <message>
        <source>New Engagement</source>
        <translation>Neues Kundenprojekt</translation>
    </message>
    <message>
        <source>Engagement — %1</source>
        <translation>Kundenprojekt — %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>sts::ui::MainWindow</name>
    <message>
        <source>STS Desk</source>
        <translation>STS Desk</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neues Kundenprojekt…</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>Angaben &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find Engagement</source>
        <translation>Kundenprojekt &amp;suchen</translation>
    </message>
    <message>
        <source>Show &amp;Archived Engagements</source>
        <translation>&amp;Archivierte Kundenprojekte zeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About STS Desk</source>
        <translation>Über &amp;STS Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>E&amp;ngagement</source>
        <translation>&amp;Kundenprojekt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation><numerusform>%n Kundenprojekt</numerusform><numerusform>%n Kundenprojekte</numerusform></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Archived %1. Undo with Ctrl+Z.</source>
        <translation>%1 archiviert. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Rename Engagement</source>
        <translation>Kundenprojekt umbenennen</translation>
    </message>
    <message>
        <source>Customer name:</source>
        <translation>Kundenname:</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Arbeitsbereich lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>

The current workspace stays open.</source>
        <translation>

Der aktuelle Arbeitsbereich bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies after STS Desk restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von STS Desk.</translation>
    </message>
</context>
<context>
    <name>sts::ui::RenameCommand</name>
    <message>
        <source>Rename to “%1”</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>sts::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user:password@host:port/database for a team workspace. Empty uses the default file.</source>
        <translation>Eine SQLite-Datei, oder postgresql://benutzer:passwort@host:port/datenbank für einen Team-Arbeitsbereich. Leer verwendet die Standarddatei.</translation>
    </message>
    <message>
        <source>System resolver (/etc/resolv.conf)</source>
        <translation>System-Resolver (/etc/resolv.conf)</translation>
    </message>
    <message>
        <source>host:port of the DNS server to ask, e.g. 127.0.0.1:5353</source>
        <translation>host:port des zu fragenden DNS-Servers, z. B. 127.0.0.1:5353</translation>
    </message>
    <message>
        <source>IANA root anchor (/usr/share/dns/root.key)</source>
        <translation>IANA-Root-Anker (/usr/share/dns/root.key)</translation>
    </message>
    <message>
        <source>System CA store</source>
        <translation>CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies after STS Desk restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von STS Desk.</translation>
    </message>
    <message>
        <source>&amp;Workspace database:</source>
        <translation>&amp;Arbeitsbereichs-Datenbank:</translation>
    </message>
    <message>
        <source>Workspace database</source>
        <translation>Arbeitsbereichs-Datenbank</translation>
    </message>
    <message>
        <source>SQLite workspaces (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Arbeitsbereiche (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>DNS &amp;resolver:</source>
        <translation>DNS-&amp;Resolver:</translation>
    </message>
    <message>
        <source>DNSSEC &amp;trust anchor:</source>
        <translation>DNSSEC-&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <source>Anchor files (*.key *.ds *.anchor);;All files (*)</source>
        <translation>Ankerdateien (*.key *.ds *.anchor);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;Bündel:</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>The resolver must be host:port, for example 127.0.0.1:53 or [::1]:53.</source>
        <translation>Der Resolver muss host:port sein, zum Beispiel 127.0.0.1:53 oder [::1]:53.</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>sts::ui::WelcomePage</name>
    <message>
        <source>Recent engagements</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Welcome to STS Desk</source>
        <translation>Willkommen bei STS Desk</translation>
    </message>
    <message>
        <source>Take a customer's domain from opportunistic STARTTLS to enforced, verified SMTP transport security: MTA-STS, TLS reporting and DANE.</source>
        <translation>Bringen Sie die Domain eines Kunden von opportunistischem STARTTLS zu erzwungener, geprüfter SMTP-Transportsicherheit: MTA-STS, TLS-Reporting und DANE.</translation>
    </message>
    <message>
        <source>&amp;New Engagement…</source>
        <translation>&amp;Neues Kundenprojekt…</translation>
    </message>
</context>
</TS>