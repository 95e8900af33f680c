<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>cli</name>
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
        <source>stsdesk-cli: unknown command “%1”.</source>
        <translation>stsdesk-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Create, list and manage engagements</source>
        <translation>Kundenprojekte anlegen, auflisten und verwalten</translation>
    </message>
    <message>
        <source>Inspect and verify a certificate file</source>
        <translation>Zertifikatsdatei untersuchen und prüfen</translation>
    </message>
    <message>
        <source>Generate a key and a certificate signing request</source>
        <translation>Schlüssel und Zertifikatsanforderung (CSR) erzeugen</translation>
    </message>
    <message>
        <source>Find MX hosts, records and DNSSEC status</source>
        <translation>MX-Hosts, Records und DNSSEC-Status ermitteln</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports from an IMAP folder</source>
        <translation>TLS-RPT-Berichte aus einem IMAP-Ordner importieren</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports from files, mails and folders</source>
        <translation>TLS-RPT-Berichte aus Dateien, Mails und Ordnern importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid MTA-STS policy (mode %2, max_age %3, %n mx pattern(s))</source>
        <translation>
            <numerusform>%1: gültige MTA-STS-Policy (mode %2, max_age %3, %n mx-Muster)</numerusform>
            <numerusform>%1: gültige MTA-STS-Policy (mode %2, max_age %3, %n mx-Muster)</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe STARTTLS and certificates of MX hosts</source>
        <translation>STARTTLS und Zertifikate der MX-Hosts prüfen</translation>
    </message>
    <message>
        <source>Show rollout phase and readiness for enforce</source>
        <translation>Rollout-Phase und Enforce-Reife anzeigen</translation>
    </message>
    <message>
        <source>Record rollout steps and acknowledgements</source>
        <translation>Rollout-Schritte und Anerkennungen erfassen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written below %1</source>
        <translation>
            <numerusform>%n Datei unterhalb von %1 geschrieben</numerusform>
            <numerusform>%n Dateien unterhalb von %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the policy, DNS, hosting and renewal files of an engagement</source>
        <translation>Die Richtlinien-, DNS-, Hosting- und Erneuerungsdateien eines Kundenprojekts schreiben</translation>
    </message>
    <message>
        <source>Write or verify an engagement's handover bundle</source>
        <translation>Übergabepaket eines Kundenprojekts schreiben oder prüfen</translation>
    </message>
    <message>
        <source>Write the engagement's PDF runbook</source>
        <translation>Das PDF-Betriebshandbuch des Kundenprojekts schreiben</translation>
    </message>
    <message>
        <source>List stored reports, take one out again, settle conflicts</source>
        <translation>Gespeicherte Berichte auflisten, einzelne wieder herausnehmen, Konflikte klären</translation>
    </message>
    <message>
        <source>MTA-STS policies: validate, fetch, generate; versions, new, verify, publish</source>
        <translation>MTA-STS-Richtlinien: prüfen, abrufen, erzeugen; Versionen, neu, verifizieren, veröffentlichen</translation>
    </message>
    <message>
        <source>Export the DNS records to publish, or push them to a DNS server</source>
        <translation>Die zu veröffentlichenden DNS-Records exportieren oder an einen DNS-Server senden</translation>
    </message>
    <message>
        <source>Every command takes --database URL, --json and --help.
Exit codes: 0 success, 1 operational error, 2 usage error, 3 DNS resolver unusable.
</source>
        <translation>Jeder Befehl kennt --database URL, --json und --help.
Exit-Codes: 0 Erfolg, 1 Betriebsfehler, 2 Bedienfehler, 3 DNS-Resolver unbrauchbar.
</translation>
    </message>
    <message>
        <source>List, add, edit and remove mail servers entered by hand</source>
        <translation>Von Hand eingetragene Mailserver auflisten, hinzufügen, ändern und entfernen</translation>
    </message>
    <message>
        <source>List reports for domains no engagement holds</source>
        <translation>Berichte für Domains auflisten, die kein Kundenprojekt hat</translation>
    </message>
    <message>
        <source>Workspace database: a SQLite file or a postgresql://user@host:port/db URL (libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=FILE may follow). The password comes from ~/.pgpass ($PGPASSFILE): see “workspace store-password”.</source>
        <translation>Arbeitsbereichs-Datenbank: eine SQLite-Datei oder eine URL postgresql://benutzer@host:port/db (libpq-Parameter wie ?sslmode=verify-full&amp;sslrootcert=DATEI dürfen folgen). Das Passwort kommt aus ~/.pgpass ($PGPASSFILE): siehe „workspace store-password“.</translation>
    </message>
    <message>
        <source>--database must not contain a password: every user of this machine can read a command line. Store the password once with “stsdesk-cli workspace store-password --database %1” (it reads it from standard input or --password-file) or put it in ~/.pgpass yourself, then give the URL without it: %1</source>
        <translation>--database darf kein Passwort enthalten: Jeder Benutzer dieses Rechners kann eine Befehlszeile lesen. Speichern Sie das Passwort einmal mit „stsdesk-cli workspace store-password --database %1“ (es wird von der Standardeingabe oder aus --password-file gelesen) oder tragen Sie es selbst in ~/.pgpass ein; geben Sie dann die URL ohne Passwort an: %1</translation>
    </message>
    <message>
        <source>List or acknowledge monitoring findings</source>
        <translation>Befunde der Überwachung auflisten oder bestätigen</translation>
    </message>
    <message>
        <source>Write the consultant's policy host for all customers (sync, status)</source>
        <translation>Den Policy-Host des Beraters für alle Kunden schreiben (sync, status)</translation>
    </message>
    <message>
        <source>Show, set or remove an engagement's IMAP mailbox for reports</source>
        <translation>Das IMAP-Postfach eines Kundenprojekts für Berichte anzeigen, festlegen oder entfernen</translation>
    </message>
    <message>
        <source>Run the monitoring checks and record findings</source>
        <translation>Die Überwachungsprüfungen ausführen und Befunde festhalten</translation>
    </message>
    <message>
        <source>Send the digest and weekly summary mails</source>
        <translation>Digest- und Wochenübersichts-Mails senden</translation>
    </message>
    <message>
        <source>Every engagement at a glance (--attention, --mine)</source>
        <translation>Alle Engagements auf einen Blick (--attention, --mine)</translation>
    </message>
    <message>
        <source>Run the monitoring daily with a systemd user timer</source>
        <translation>Das Monitoring täglich mit einem systemd-User-Timer ausführen</translation>
    </message>
    <message>
        <source>Store the PostgreSQL workspace password safely</source>
        <translation>Das Passwort des PostgreSQL-Arbeitsbereichs sicher speichern</translation>
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
        <source>Discovery</source>
        <translation>Bestandsaufnahme</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Enforce</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Rückbau</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>“%1” exists and is %2, not a regular file; nothing was written to it. Choose another name.</source>
        <translation>„%1“ existiert und ist %2, keine reguläre Datei; es wurde nichts hineingeschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not set the permissions of “%1”: %2</source>
        <translation>Die Berechtigungen von „%1“ konnten nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is %2, not a folder; nothing is written through it.</source>
        <translation>„%1“ ist %2, kein Ordner; darüber wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot look at “%1”: %2</source>
        <translation>„%1“ kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a folder; nothing is written through it.</source>
        <translation>„%1“ ist kein Ordner; darüber wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Phase changed to %1</source>
        <translation>Phase gewechselt zu %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Policy id changed from %1 to %2</source>
        <translation>Richtlinien-ID geändert von %1 zu %2</translation>
    </message>
    <message>
        <source>policy published</source>
        <translation>Richtlinie veröffentlicht</translation>
    </message>
    <message>
        <source>Policy %1 published</source>
        <translation>Richtlinie %1 veröffentlicht</translation>
    </message>
    <message>
        <source>%1 expires</source>
        <translation>%1 läuft ab</translation>
    </message>
    <message>
        <source>Certificate of %1 expires on %2</source>
        <translation>Zertifikat von %1 läuft am %2 ab</translation>
    </message>
    <message>
        <source>Consultant's nginx server</source>
        <translation>nginx-Server des Beraters</translation>
    </message>
    <message>
        <source>Cloudflare Pages</source>
        <translation>Cloudflare Pages</translation>
    </message>
    <message>
        <source>Cloudflare Worker</source>
        <translation>Cloudflare Worker</translation>
    </message>
    <message>
        <source>GitHub Pages</source>
        <translation>GitHub Pages</translation>
    </message>
    <message>
        <source>Customer's own web server (Apache)</source>
        <translation>Eigener Webserver des Kunden (Apache)</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Monitoring found: %1</source>
        <translation>Die Überwachung fand: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Name the SMTP submission server first.</source>
        <translation>Geben Sie zuerst den SMTP-Server für den Versand an.</translation>
    </message>
    <message>
        <source>Give a sender address first.</source>
        <translation>Geben Sie zuerst eine Absenderadresse an.</translation>
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation>„%1“ ist keine Mail-Adresse.</translation>
    </message>
    <message>
        <source>STS Desk test mail</source>
        <translation>Test-Mail von STS Desk</translation>
    </message>
    <message>
        <source>This is a test mail from STS Desk. The monitoring's digests and weekly summaries will be sent through %1 port %2 as %3.</source>
        <translation>Dies ist eine Test-Mail von STS Desk. Die Digests und Wochenübersichten der Überwachung werden über %1 Port %2 als %3 gesendet.</translation>
    </message>
</context>
<context>
    <name>sts::DigestMail</name>
    <message>
        <source>Certificates running out</source>
        <translation>Zertifikate, die bald ablaufen</translation>
    </message>
    <message>
        <source>Ready for the next step</source>
        <translation>Bereit für den nächsten Schritt</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>STS Desk: %n critical finding(s)</source>
        <translation>
            <numerusform>STS Desk: %n kritischer Befund</numerusform>
            <numerusform>STS Desk: %n kritische Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>STS Desk digest: %n new finding(s)</source>
        <translation>
            <numerusform>STS-Desk-Digest: %n neuer Befund</numerusform>
            <numerusform>STS-Desk-Digest: %n neue Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring found since the last digest:</source>
        <translation>Das Monitoring hat seit dem letzten Digest gefunden:</translation>
    </message>
    <message>
        <source>For %1 – monitoring found since the last digest:</source>
        <translation>Für %1 – das Monitoring hat seit dem letzten Digest gefunden:</translation>
    </message>
    <message>
        <source>Each finding is mailed once. Open STS Desk to acknowledge findings or see their details.</source>
        <translation>Jeder Befund wird einmal gemeldet. Öffnen Sie STS Desk, um Befunde zu bestätigen oder ihre Einzelheiten zu sehen.</translation>
    </message>
</context>
<context>
    <name>sts::DiscoveryService</name>
    <message>
        <source>Engagement %1 is for %2, not %3.</source>
        <translation>Kundenprojekt %1 gilt für %2, nicht für %3.</translation>
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
    <message>
        <source>Engagement %1 takes the reports for %2 as an additional report domain. Remove the domain there first (View › Unassigned Reports, or “stsdesk-cli engagement remove-domain”).</source>
        <translation>Kundenprojekt %1 übernimmt die Berichte für %2 als zusätzliche Berichtsdomain. Entfernen Sie die Domain zuerst dort (Ansicht › Nicht zugeordnete Berichte oder „stsdesk-cli engagement remove-domain“).</translation>
    </message>
</context>
<context>
    <name>sts::LdnsError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sts::MonitorSchedule</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>“%1” is not the absolute path of an executable stsdesk-cli.</source>
        <translation>„%1“ ist nicht der absolute Pfad eines ausführbaren stsdesk-cli.</translation>
    </message>
    <message>
        <source>“%1” is not a systemd calendar expression.</source>
        <translation>„%1“ ist kein systemd-Kalenderausdruck.</translation>
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation>Der Ordner von „%1“ lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation>„%1“ lässt sich nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>sts::NotificationSettings</name>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation>„%1“ ist keine Mailadresse.</translation>
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation>%1 ist kein Port.</translation>
    </message>
    <message>
        <source>The mail language must be “en” or “de”, not “%1”.</source>
        <translation>Die Sprache der Mails muss „en“ oder „de“ sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>sts::Notifications</name>
    <message>
        <source>No sender address is set (stsdesk-cli notify settings --from).</source>
        <translation>Es ist keine Absenderadresse eingestellt (stsdesk-cli notify settings --from).</translation>
    </message>
    <message>
        <source>No SMTP submission server is set (stsdesk-cli notify settings --host).</source>
        <translation>Es ist kein SMTP-Submission-Server eingestellt (stsdesk-cli notify settings --host).</translation>
    </message>
    <message>
        <source>No digest address is set for consultant “%1” and no default one (stsdesk-cli notify settings --digest).</source>
        <translation>Für Berater „%1“ ist keine Digest-Adresse eingestellt und auch keine allgemeine (stsdesk-cli notify settings --digest).</translation>
    </message>
    <message>
        <source>Engagement %1 has no weekly summary recipients (stsdesk-cli notify settings --weekly %1=ADDRESS).</source>
        <translation>Engagement %1 hat keine Empfänger für die Wochenübersicht (stsdesk-cli notify settings --weekly %1=ADRESSE).</translation>
    </message>
</context>
<context>
    <name>sts::PolicyVersions</name>
    <message>
        <source>The engagement has no policy version “%1”.</source>
        <translation>Das Kundenprojekt hat keine Richtlinienversion „%1“.</translation>
    </message>
    <message>
        <source>max_age takes 0 to 31557600 seconds.</source>
        <translation>max_age nimmt 0 bis 31557600 Sekunden.</translation>
    </message>
    <message>
        <source>“%1” is not a usable mx pattern: %2</source>
        <translation>„%1“ ist kein verwendbares mx-Muster: %2</translation>
    </message>
    <message>
        <source>A policy needs at least one mx pattern: name them, or run a discovery first.</source>
        <translation>Eine Richtlinie braucht mindestens ein mx-Muster: Geben Sie sie an oder führen Sie zuerst eine Erkennung aus.</translation>
    </message>
    <message>
        <source>The engagement has no policy version yet; create one first.</source>
        <translation>Das Kundenprojekt hat noch keine Richtlinienversion; legen Sie zuerst eine an.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Die Verifikation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Policy %1 is live already.</source>
        <translation>Richtlinie %1 ist bereits live.</translation>
    </message>
    <message>
        <source>Policy %1 is not what senders see yet: %2 Publish the records and the policy file, then verify again, or give a reason to mark it live without proof.</source>
        <translation>Richtlinie %1 ist noch nicht das, was Absender sehen: %2 Veröffentlichen Sie die Einträge und die Richtliniendatei und verifizieren Sie erneut, oder nennen Sie einen Grund, sie ohne Nachweis als live zu markieren.</translation>
    </message>
</context>
<context>
    <name>sts::Portfolio</name>
    <message>
        <source>Not ready for enforce yet.</source>
        <translation>Noch nicht bereit für Enforce.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; sort by one of: %2.</source>
        <translation>Unbekannte Spalte „%1“; sortieren Sie nach einer von: %2.</translation>
    </message>
</context>
<context>
    <name>sts::PortfolioAttention</name>
    <message numerus="yes">
        <source>%n open finding(s) of severity warning or critical.</source>
        <translation>
            <numerusform>%n offener Befund mit Schweregrad Warnung oder kritisch.</numerusform>
            <numerusform>%n offene Befunde mit Schweregrad Warnung oder kritisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 of testing and still not ready: %2</source>
        <translation>Tag %1 im Testing und noch nicht bereit: %2</translation>
    </message>
    <message>
        <source>Failure rate of the last 7 days %1 % against %2 % in the 28 days before.</source>
        <translation>Fehlerquote der letzten 7 Tage %1 % gegenüber %2 % in den 28 Tagen davor.</translation>
    </message>
    <message>
        <source>No report for more than %1 days from %2.</source>
        <translation>Seit mehr als %1 Tagen kein Bericht von %2.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>Das Zertifikat von %1 läuft in %n Tag ab.</numerusform>
            <numerusform>Das Zertifikat von %1 läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation>%1 kritisch</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 Warnung</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Info</translation>
    </message>
    <message>
        <source>MX changed</source>
        <translation>MX geändert</translation>
    </message>
    <message>
        <source>TXT id</source>
        <translation>TXT-ID</translation>
    </message>
    <message>
        <source>Policy unreachable</source>
        <translation>Policy nicht abrufbar</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>The id in the _mta-sts TXT record differs from the policy served: senders keep a cached policy.</source>
        <translation>Die ID im _mta-sts-TXT-Record weicht von der ausgelieferten Policy ab: Absender behalten eine zwischengespeicherte Policy.</translation>
    </message>
    <message>
        <source>The policy could not be fetched over HTTPS from the policy host.</source>
        <translation>Die Policy konnte nicht per HTTPS vom Policy-Host abgerufen werden.</translation>
    </message>
    <message>
        <source>A TLSA record does not match the key the mail server presents.</source>
        <translation>Ein TLSA-Record passt nicht zum Schlüssel, den der Mailserver vorlegt.</translation>
    </message>
    <message>
        <source>MX not covered</source>
        <translation>MX nicht abgedeckt</translation>
    </message>
    <message>
        <source>The MX hosts in DNS differ from the last discovery: run discovery again to record them.</source>
        <translation>Die MX-Hosts im DNS weichen von der letzten Erkennung ab: Erkennung erneut ausführen, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>An MX host in DNS is not covered by the mx lines of the live policy: a new policy version is needed (a draft is offered).</source>
        <translation>Ein MX-Host im DNS ist von den mx-Zeilen der gültigen Richtlinie nicht abgedeckt: Eine neue Richtlinienversion ist nötig (ein Entwurf liegt bereit).</translation>
    </message>
</context>
<context>
    <name>sts::RolloutRules</name>
    <message>
        <source>No testing policy has been published yet.</source>
        <translation>Es wurde noch keine Policy im Modus testing veröffentlicht.</translation>
    </message>
    <message numerus="yes">
        <source>In testing for %n day(s) without becoming ready (the limit is 30).</source>
        <translation>
            <numerusform>Seit %n Tag im Testing, ohne Enforce-Reife zu erreichen (Grenze: 30 Tage).</numerusform>
            <numerusform>Seit %n Tagen im Testing, ohne Enforce-Reife zu erreichen (Grenze: 30 Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In testing for %n of at least 14 day(s); enforce is possible from %1 at the earliest.</source>
        <translation>
            <numerusform>Seit %n von mindestens 14 Tagen im Testing; Enforce ist frühestens ab %1 möglich.</numerusform>
            <numerusform>Seit %n von mindestens 14 Tagen im Testing; Enforce ist frühestens ab %1 möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed sessions reported by %2.</source>
        <translation>%1: fehlgeschlagene Sitzungen, gemeldet von %2.</translation>
    </message>
    <message>
        <source>%1: no report from %2.</source>
        <translation>%1: kein Bericht von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 saw no MTA-STS policy on %n of the last 7 day(s) (reports with “no-policy-found” or only TLSA results).</source>
        <translation>
            <numerusform>%1 hat an %n der letzten 7 Tage keine MTA-STS-Policy gesehen (Berichte mit „no-policy-found“ oder nur TLSA-Ergebnissen).</numerusform>
            <numerusform>%1 hat an %n der letzten 7 Tage keine MTA-STS-Policy gesehen (Berichte mit „no-policy-found“ oder nur TLSA-Ergebnissen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applied another MTA-STS policy than the live one on %n of the last 7 day(s).</source>
        <translation>
            <numerusform>%1 hat an %n der letzten 7 Tage eine andere MTA-STS-Policy als die aktive angewandt.</numerusform>
            <numerusform>%1 hat an %n der letzten 7 Tage eine andere MTA-STS-Policy als die aktive angewandt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::RolloutService</name>
    <message>
        <source>Readiness is judged while the engagement is in Testing.</source>
        <translation>Die Enforce-Reife wird bewertet, solange das Kundenprojekt in der Phase „Testing“ ist.</translation>
    </message>
    <message>
        <source>The engagement is in phase “%1”; “%2” cannot follow it.</source>
        <translation>Das Kundenprojekt ist in der Phase „%1“; „%2“ kann nicht darauf folgen.</translation>
    </message>
    <message>
        <source>Name the id of the published testing policy.</source>
        <translation>Geben Sie die ID der veröffentlichten testing-Policy an.</translation>
    </message>
    <message>
        <source>Not ready for enforce: %1</source>
        <translation>Nicht bereit für Enforce: %1</translation>
    </message>
    <message>
        <source>Enforcing needs a new policy with a new id (max_age 604800).</source>
        <translation>Für Enforce ist eine neue Policy mit neuer ID nötig (max_age 604800).</translation>
    </message>
    <message>
        <source>Say why the rollout is rolled back.</source>
        <translation>Geben Sie an, warum der Rollout zurückgenommen wird.</translation>
    </message>
    <message>
        <source>Say why MTA-STS is being removed.</source>
        <translation>Geben Sie an, warum MTA-STS entfernt wird.</translation>
    </message>
    <message>
        <source>An acknowledgement names a day and a sender.</source>
        <translation>Eine Anerkennung nennt einen Tag und einen Absender.</translation>
    </message>
    <message>
        <source>Say why the failure is the sender's own; the reason is kept.</source>
        <translation>Geben Sie an, warum der Fehler beim Absender selbst liegt; die Begründung wird gespeichert.</translation>
    </message>
    <message>
        <source>Publish the new policy file at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation>Veröffentlichen Sie die neue Policy-Datei unter https://mta-sts.%1/.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>Fetch it back and check that exactly the new policy is served.</source>
        <translation>Rufen Sie sie erneut ab und prüfen Sie, dass genau die neue Policy ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Only then change the TXT record _mta-sts.%1 to id=%2.</source>
        <translation>Ändern Sie erst dann den TXT-Record _mta-sts.%1 auf id=%2.</translation>
    </message>
    <message>
        <source>Senders may apply the old policy until %1 (its max_age).</source>
        <translation>Absender können die alte Policy bis %1 anwenden (ihr max_age).</translation>
    </message>
    <message>
        <source>Say why the sender does not send mail to this customer; the reason is kept.</source>
        <translation>Geben Sie an, warum der Absender keine E-Mails an diesen Kunden sendet; die Begründung wird gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not a major sender of this engagement (%2).</source>
        <translation>„%1“ ist kein großer Absender dieses Kundenprojekts (%2).</translation>
    </message>
    <message>
        <source>%1 is already marked as not sending to this customer.</source>
        <translation>%1 ist bereits als „sendet nicht an diesen Kunden“ markiert.</translation>
    </message>
    <message>
        <source>“%1” is not marked as not sending to this customer.</source>
        <translation>„%1“ ist nicht als „sendet nicht an diesen Kunden“ markiert.</translation>
    </message>
    <message>
        <source>Policy %1 is not the live version. Publish it first (it is verified through DNS and HTTPS), then the rollout follows.</source>
        <translation>Richtlinie %1 ist nicht die Live-Version. Veröffentlichen Sie sie zuerst (sie wird über DNS und HTTPS verifiziert); der Rollout folgt dann.</translation>
    </message>
    <message>
        <source>The live policy %1 is in mode “%2”; this step needs mode “%3”.</source>
        <translation>Die Live-Richtlinie %1 ist im Modus „%2“; dieser Schritt braucht den Modus „%3“.</translation>
    </message>
    <message>
        <source>Publishing a testing policy rolls the rollout back; say why.</source>
        <translation>Eine Testing-Richtlinie zu veröffentlichen setzt den Rollout zurück; nennen Sie den Grund.</translation>
    </message>
    <message>
        <source>Publishing a testing policy during removal brings MTA-STS back; say why.</source>
        <translation>Eine Testing-Richtlinie während des Rückbaus zu veröffentlichen holt MTA-STS zurück; nennen Sie den Grund.</translation>
    </message>
    <message>
        <source>Not ready for enforce: %1 Give a reason to enforce anyway.</source>
        <translation>Nicht bereit für Enforce: %1 Nennen Sie einen Grund, um trotzdem auf Enforce umzustellen.</translation>
    </message>
    <message>
        <source>The engagement is in phase “%1”: enforce follows a testing period. Give a reason to enforce without one.</source>
        <translation>Das Kundenprojekt ist in der Phase „%1“: Enforce folgt auf eine Testphase. Nennen Sie einen Grund, um ohne sie auf Enforce umzustellen.</translation>
    </message>
    <message>
        <source>No MTA-STS policy has been rolled out yet; there is nothing to remove.</source>
        <translation>Es wurde noch keine MTA-STS-Richtlinie ausgerollt; es gibt nichts zurückzubauen.</translation>
    </message>
</context>
<context>
    <name>sts::WeeklyMail</name>
    <message>
        <source>Enable STARTTLS on every MX host.</source>
        <translation>Aktivieren Sie STARTTLS auf jedem MX-Host.</translation>
    </message>
    <message>
        <source>Renew the expired MX certificate.</source>
        <translation>Erneuern Sie das abgelaufene MX-Zertifikat.</translation>
    </message>
    <message>
        <source>Put every MX host name into its certificate (subjectAltName).</source>
        <translation>Nehmen Sie jeden MX-Hostnamen in sein Zertifikat auf (subjectAltName).</translation>
    </message>
    <message>
        <source>Serve the full certificate chain from a public CA on every MX host.</source>
        <translation>Liefern Sie auf jedem MX-Host die vollständige Zertifikatskette einer öffentlichen CA aus.</translation>
    </message>
    <message>
        <source>Check that the MTA-STS policy host serves a valid policy over HTTPS.</source>
        <translation>Prüfen Sie, ob der MTA-STS-Policy-Host eine gültige Policy über HTTPS ausliefert.</translation>
    </message>
    <message>
        <source>Update the TLSA records to the MX keys and check the DNSSEC chain.</source>
        <translation>Aktualisieren Sie die TLSA-Einträge auf die MX-Schlüssel und prüfen Sie die DNSSEC-Kette.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed session(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Sitzung</numerusform>
            <numerusform>%n fehlgeschlagene Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly TLS report for %1 (%2 – %3)</source>
        <translation>Wöchentlicher TLS-Bericht für %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>No TLS reports arrived for %1 this week.</source>
        <translation>Für %1 sind diese Woche keine TLS-Berichte eingegangen.</translation>
    </message>
    <message>
        <source>This week %1 of the reported sessions to %2 failed (weeks before: %3).</source>
        <translation>Diese Woche sind %1 der gemeldeten Sitzungen zu %2 gescheitert (Wochen davor: %3).</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>keine Berichte</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>Failure rate per week</source>
        <translation>Fehlerrate pro Woche</translation>
    </message>
    <message>
        <source>Top failures by category</source>
        <translation>Häufigste Fehler nach Kategorie</translation>
    </message>
    <message>
        <source>Top failures by sender</source>
        <translation>Häufigste Fehler nach Absender</translation>
    </message>
    <message>
        <source>Top failures by MX host</source>
        <translation>Häufigste Fehler nach MX-Host</translation>
    </message>
    <message>
        <source>Nothing to do: no failures.</source>
        <translation>Nichts zu tun: keine Fehler.</translation>
    </message>
    <message>
        <source>Ask your consultant about the failures listed above.</source>
        <translation>Fragen Sie Ihren Berater nach den oben aufgeführten Fehlern.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
</context>
<context>
    <name>sts::WorkspacePassword</name>
    <message>
        <source>Only a PostgreSQL workspace has a password; “%1” is a SQLite file.</source>
        <translation>Nur ein PostgreSQL-Arbeitsbereich hat ein Passwort; „%1“ ist eine SQLite-Datei.</translation>
    </message>
</context>
<context>
    <name>sts::bundle</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot start the zip archive: %1</source>
        <translation>Das ZIP-Archiv kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Writing the bundle was cancelled.</source>
        <translation>Das Schreiben des Übergabepakets wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid path inside a bundle.</source>
        <translation>„%1“ ist kein gültiger Pfad in einem Übergabepaket.</translation>
    </message>
    <message>
        <source>Cannot add “%1” to the zip archive: %2</source>
        <translation>„%1“ kann nicht zum ZIP-Archiv hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Cannot finish the zip archive: %1</source>
        <translation>Das ZIP-Archiv kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened as a zip archive: %2</source>
        <translation>„%1“ kann nicht als ZIP-Archiv geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The bundle is corrupt: %1</source>
        <translation>Das Übergabepaket ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The bundle has more than %1 files; refusing to read it.</source>
        <translation>Das Übergabepaket enthält mehr als %1 Dateien; es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” in the bundle cannot be read: %2</source>
        <translation>„%1“ im Übergabepaket kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” in the bundle is larger than allowed; refusing to read further.</source>
        <translation>„%1“ im Übergabepaket ist größer als erlaubt; es wird nicht weitergelesen.</translation>
    </message>
    <message>
        <source>MANIFEST.json is not an STS Desk bundle manifest.</source>
        <translation>MANIFEST.json ist kein Manifest eines STS-Desk-Übergabepakets.</translation>
    </message>
    <message>
        <source>MANIFEST.json has an invalid file entry.</source>
        <translation>MANIFEST.json enthält einen ungültigen Dateieintrag.</translation>
    </message>
    <message>
        <source>SHA256SUMS has a malformed line.</source>
        <translation>SHA256SUMS enthält eine fehlerhafte Zeile.</translation>
    </message>
    <message>
        <source>“%1” is a private key and private keys were not asked for.</source>
        <translation>„%1“ ist ein privater Schlüssel, private Schlüssel wurden aber nicht angefordert.</translation>
    </message>
    <message>
        <source>“%1” contains private key material; it is not written to the bundle.</source>
        <translation>„%1“ enthält privates Schlüsselmaterial; es wird nicht in das Übergabepaket geschrieben.</translation>
    </message>
    <message>
        <source>“%1” has no MANIFEST.json; it is not an STS Desk bundle.</source>
        <translation>„%1“ hat keine MANIFEST.json; es ist kein STS-Desk-Übergabepaket.</translation>
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
    <message>
        <source>cert inspect FILE: show the certificates in a PEM or DER file and verify the chain (exit 1 when it does not verify or does not name --host).</source>
        <translation>cert inspect FILE: zeigt die Zertifikate in einer PEM- oder DER-Datei und prüft die Kette (Exit-Code 1, wenn sie nicht verifiziert werden kann oder --host nicht nennt).</translation>
    </message>
    <message>
        <source>inspect</source>
        <translation>inspect</translation>
    </message>
    <message>
        <source>PEM or DER certificate (chain) file.</source>
        <translation>PEM- oder DER-Zertifikatsdatei (ggf. mit Kette).</translation>
    </message>
    <message>
        <source>Check that the certificate names this host.</source>
        <translation>Prüfen, ob das Zertifikat diesen Host nennt.</translation>
    </message>
    <message>
        <source>Trust only the CAs in this PEM file.</source>
        <translation>Nur den CAs in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Usage: cert inspect FILE [--host NAME] [--ca-file F]</source>
        <translation>Aufruf: cert inspect FILE [--host NAME] [--ca-file F]</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>DNS names:</source>
        <translation>DNS-Namen:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SPKI SHA-256 (TLSA 3 1 1):</source>
        <translation>SPKI SHA-256 (TLSA 3 1 1):</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Prüfung:</translation>
    </message>
    <message>
        <source>Generate a private key (ECDSA P-256 unless --rsa is given) and a certificate signing request whose subjectAltNames are exactly the given hosts. The key file is created with mode 0600 and never stored in the workspace.</source>
        <translation>Erzeugt einen privaten Schlüssel (ECDSA P-256, sofern nicht --rsa angegeben ist) und eine Zertifikatsanforderung, deren subjectAltNames genau die angegebenen Hosts sind. Die Schlüsseldatei wird mit Modus 0600 angelegt und nie im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Engagement id.</source>
        <translation>Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>Comma-separated host names.</source>
        <translation>Kommagetrennte Hostnamen.</translation>
    </message>
    <message>
        <source>RSA key of 2048, 3072 or 4096 bits.</source>
        <translation>RSA-Schlüssel mit 2048, 3072 oder 4096 Bit.</translation>
    </message>
    <message>
        <source>Secrets folder (created with mode 0700).</source>
        <translation>Ordner für Geheimnisse (wird mit Modus 0700 angelegt).</translation>
    </message>
    <message>
        <source>Also stage the next key for a DANE rollover.</source>
        <translation>Zusätzlich den nächsten Schlüssel für einen DANE-Rollover vorbereiten.</translation>
    </message>
    <message>
        <source>Encrypt the key with the passphrase in this file.</source>
        <translation>Schlüssel mit der Passphrase aus dieser Datei verschlüsseln.</translation>
    </message>
    <message>
        <source>--engagement takes an engagement id.</source>
        <translation>--engagement erwartet eine Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>--hosts takes at least one host name.</source>
        <translation>--hosts erwartet mindestens einen Hostnamen.</translation>
    </message>
    <message>
        <source>--rsa takes 2048, 3072 or 4096.</source>
        <translation>--rsa erwartet 2048, 3072 oder 4096.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation>Die Passphrase-Datei ist leer.</translation>
    </message>
    <message>
        <source>Next key:</source>
        <translation>Nächster Schlüssel:</translation>
    </message>
    <message>
        <source>CSR:</source>
        <translation>CSR:</translation>
    </message>
    <message>
        <source>TLSA:</source>
        <translation>TLSA:</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 64 KiB; senders reject such a policy.</source>
        <translation>„%1“ ist größer als 64 KiB; Absender lehnen eine solche Policy ab.</translation>
    </message>
    <message>
        <source>%1: invalid MTA-STS policy</source>
        <translation>%1: ungültige MTA-STS-Policy</translation>
    </message>
    <message>
        <source>--connect takes HOST:PORT, for example 127.0.0.1:8443.</source>
        <translation>--connect erwartet HOST:PORT, zum Beispiel 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation>--timeout erwartet 1 bis 600 Sekunden.</translation>
    </message>
    <message>
        <source>generate needs at least one --mx HOST.</source>
        <translation>generate benötigt mindestens ein --mx HOST.</translation>
    </message>
    <message>
        <source>--mode takes “testing”, “enforce” or “none”.</source>
        <translation>--mode erwartet „testing“, „enforce“ oder „none“.</translation>
    </message>
    <message>
        <source>--max-age takes 0 to 31557600 seconds.</source>
        <translation>--max-age erwartet 0 bis 31557600 Sekunden.</translation>
    </message>
    <message>
        <source>None of the given MX hosts can be used.</source>
        <translation>Keiner der angegebenen MX-Hosts ist verwendbar.</translation>
    </message>
    <message>
        <source>TXT record for _mta-sts.&lt;domain&gt;: %1</source>
        <translation>TXT-Record für _mta-sts.&lt;domain&gt;: %1</translation>
    </message>
    <message>
        <source>A DNS name on the MX certificate; repeat for each (generate).</source>
        <translation>Ein DNS-Name im MX-Zertifikat; für jeden wiederholen (generate).</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>DANE:</source>
        <translation>DANE:</translation>
    </message>
    <message>
        <source>matches %1</source>
        <translation>stimmt mit %1 überein</translation>
    </message>
    <message>
        <source>An MX host of the domain (repeatable).</source>
        <translation>Ein MX-Host der Domain (wiederholbar).</translation>
    </message>
    <message>
        <source>SMTP port (default 25).</source>
        <translation>SMTP-Port (Standard 25).</translation>
    </message>
    <message>
        <source>HTTPS port for --policy-host (default 443).</source>
        <translation>HTTPS-Port für --policy-host (Standard 443).</translation>
    </message>
    <message>
        <source>Also probe mta-sts.&lt;domain&gt; over HTTPS.</source>
        <translation>Zusätzlich mta-sts.&lt;domain&gt; über HTTPS prüfen.</translation>
    </message>
    <message>
        <source>Connect to this address instead of resolving (repeatable).</source>
        <translation>Mit dieser Adresse verbinden, statt den Namen aufzulösen (wiederholbar).</translation>
    </message>
    <message>
        <source>A TLSA record “3 1 1 &lt;hex&gt;” to check (repeatable).</source>
        <translation>Ein zu prüfender TLSA-Record „3 1 1 &lt;hex&gt;“ (wiederholbar).</translation>
    </message>
    <message>
        <source>Seconds allowed for each step (default 30).</source>
        <translation>Zulässige Sekunden je Schritt (Standard 30).</translation>
    </message>
    <message>
        <source>Give exactly one domain or host.</source>
        <translation>Geben Sie genau eine Domain oder einen Host an.</translation>
    </message>
    <message>
        <source>--port takes a port number.</source>
        <translation>--port erwartet eine Portnummer.</translation>
    </message>
    <message>
        <source>--https-port takes a port number.</source>
        <translation>--https-port erwartet eine Portnummer.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>(policy id %1)</source>
        <translation>(Policy-ID %1)</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>Days in testing:</source>
        <translation>Tage im Testing:</translation>
    </message>
    <message>
        <source>Clean streak:</source>
        <translation>Fehlerfreie Tage in Folge:</translation>
    </message>
    <message>
        <source>Ready for enforce since %1.</source>
        <translation>Bereit für Enforce seit %1.</translation>
    </message>
    <message>
        <source>Not ready for enforce:</source>
        <translation>Nicht bereit für Enforce:</translation>
    </message>
    <message>
        <source>FLAGGED: 30 days in testing without readiness.</source>
        <translation>AUFFÄLLIG: 30 Tage im Testing ohne Enforce-Reife.</translation>
    </message>
    <message>
        <source>Rollout phase, clean streak, readiness and blocking reasons.</source>
        <translation>Rollout-Phase, fehlerfreie Tage in Folge, Enforce-Reife und blockierende Gründe.</translation>
    </message>
    <message>
        <source>Engagement ID.</source>
        <translation>Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>status needs one engagement ID.</source>
        <translation>status benötigt eine Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>Id of the policy this step publishes.</source>
        <translation>ID der Policy, die dieser Schritt veröffentlicht.</translation>
    </message>
    <message>
        <source>Enforce although the rules say not ready (needs --reason).</source>
        <translation>Enforce durchführen, obwohl die Regeln „nicht bereit“ ergeben (erfordert --reason).</translation>
    </message>
    <message>
        <source>UTC day of the acknowledged failure (YYYY-MM-DD).</source>
        <translation>UTC-Tag des anerkannten Fehlers (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Sender whose failure is acknowledged.</source>
        <translation>Absender, dessen Fehler anerkannt wird.</translation>
    </message>
    <message>
        <source>Only this result type (default: every failure).</source>
        <translation>Nur dieser Ergebnistyp (Standard: jeder Fehler).</translation>
    </message>
    <message>
        <source>rollout needs an action and an engagement ID.</source>
        <translation>rollout benötigt eine Aktion und eine Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>--force needs --reason.</source>
        <translation>--force benötigt --reason.</translation>
    </message>
    <message>
        <source>acknowledge needs --day YYYY-MM-DD and --sender.</source>
        <translation>acknowledge benötigt --day JJJJ-MM-TT und --sender.</translation>
    </message>
    <message>
        <source>Unknown rollout action “%1”.</source>
        <translation>Unbekannte Rollout-Aktion „%1“.</translation>
    </message>
    <message>
        <source>--mta takes “postfix” or “exim”.</source>
        <translation>--mta erwartet „postfix“ oder „exim“.</translation>
    </message>
    <message>
        <source>--dane takes “auto”, “on” or “off”.</source>
        <translation>--dane erwartet „auto“, „on“ oder „off“.</translation>
    </message>
    <message>
        <source>--%1 needs an absolute path.</source>
        <translation>--%1 braucht einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>write ID --out DIR | list ID</source>
        <translation>write ID --out ORDNER | list ID</translation>
    </message>
    <message>
        <source>Use “artifacts write ID --out DIR” or “artifacts list ID”.</source>
        <translation>Verwenden Sie „artifacts write ID --out ORDNER“ oder „artifacts list ID“.</translation>
    </message>
    <message>
        <source>write needs --out DIR.</source>
        <translation>write braucht --out ORDNER.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>verändert: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>nicht im Manifest: %1</translation>
    </message>
    <message>
        <source>%1: all %2 files match the manifest.</source>
        <translation>%1: alle %2 Dateien stimmen mit dem Manifest überein.</translation>
    </message>
    <message>
        <source>%1: the bundle does NOT match its manifest.</source>
        <translation>%1: das Übergabepaket stimmt NICHT mit seinem Manifest überein.</translation>
    </message>
    <message>
        <source>Write the engagement's handover bundle (runbook PDF, policy files, DNS exports, hosting and renewal artifacts, CSRs, engagement export, MANIFEST.json and SHA256SUMS) as a zip, or check a bundle against its manifest with “bundle verify FILE” (exit code 1 when files are missing, altered or added).</source>
        <translation>Das Übergabepaket des Kundenprojekts (Runbook-PDF, Richtliniendateien, DNS-Exporte, Hosting- und Erneuerungsartefakte, CSRs, Kundenprojekt-Export, MANIFEST.json und SHA256SUMS) als ZIP schreiben oder ein Übergabepaket mit „bundle verify DATEI“ gegen sein Manifest prüfen (Exit-Code 1, wenn Dateien fehlen, verändert oder hinzugefügt wurden).</translation>
    </message>
    <message>
        <source>Engagement ID, or “verify” followed by the zip file.</source>
        <translation>Kundenprojekt-ID oder „verify“ gefolgt von der ZIP-Datei.</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>Die zu schreibende ZIP-Datei.</translation>
    </message>
    <message>
        <source>Language of the runbook: de or en (default: the engagement's language).</source>
        <translation>Sprache des Betriebshandbuchs: de oder en (Standard: die Sprache des Kundenprojekts).</translation>
    </message>
    <message>
        <source>Also put the engagement's private keys into the bundle (the zip is created 0600).</source>
        <translation>Auch die privaten Schlüssel des Kundenprojekts in das Übergabepaket legen (die ZIP-Datei wird mit 0600 angelegt).</translation>
    </message>
    <message>
        <source>Use “bundle ID --out FILE.zip” or “bundle verify FILE”.</source>
        <translation>„bundle ID --out DATEI.zip“ oder „bundle verify DATEI“ verwenden.</translation>
    </message>
    <message>
        <source>Give --out FILE.zip.</source>
        <translation>--out DATEI.zip angeben.</translation>
    </message>
    <message>
        <source>--lang must be de or en.</source>
        <translation>--lang muss de oder en sein.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 files).</source>
        <translation>%1 geschrieben (%2 Dateien).</translation>
    </message>
    <message>
        <source>The bundle contains private keys: hand it over only on a secure channel.</source>
        <translation>Das Übergabepaket enthält private Schlüssel: nur über einen sicheren Kanal übergeben.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail, there is nothing to probe.</source>
        <translation>%1 veröffentlicht einen Null-MX (RFC 7505): die Domain nimmt keine Mail an, es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>MX host %1 has no address; skipped.</source>
        <translation>MX-Host %1 hat keine Adresse; übersprungen.</translation>
    </message>
    <message>
        <source>Probe STARTTLS on every address of the MX hosts (port 25 by default): banner, EHLO, STARTTLS, TLS handshake with SNI, certificate chain, and a verdict in RFC 8460 terms. Without --mx and --connect, the MX hosts, their addresses and secure TLSA records are found by discovery (a host without MX records is probed itself); with --mx, exactly the hosts given are probed; with --connect alone, the argument is one host probed at those addresses.</source>
        <translation>STARTTLS an jeder Adresse der MX-Hosts prüfen (standardmäßig Port 25): Banner, EHLO, STARTTLS, TLS-Handshake mit SNI, Zertifikatskette und ein Urteil in den Begriffen von RFC 8460. Ohne --mx und --connect werden MX-Hosts, ihre Adressen und sichere TLSA-Datensätze per Erkennung ermittelt (ein Host ohne MX-Einträge wird selbst geprüft); mit --mx werden genau die angegebenen Hosts geprüft; nur mit --connect ist das Argument ein Host, der an diesen Adressen geprüft wird.</translation>
    </message>
    <message>
        <source>A mail domain or a host name.</source>
        <translation>Eine Maildomain oder ein Hostname.</translation>
    </message>
    <message>
        <source>DNS server for discovery as HOST:PORT (default: the system resolver).</source>
        <translation>DNS-Server für die Erkennung als HOST:PORT (Standard: der Resolver des Systems).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file for discovery (default: /usr/share/dns/root.key).</source>
        <translation>DNSSEC-Vertrauensanker-Datei für die Erkennung (Standard: /usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>Write the engagement's runbook as a PDF.</source>
        <translation>Das Betriebshandbuch des Kundenprojekts als PDF schreiben.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Consultant named on the cover (default: the engagement's consultant).</source>
        <translation>Berater auf dem Deckblatt (Standard: der Berater des Kundenprojekts).</translation>
    </message>
    <message>
        <source>Include the BSI TR-03108 checklist.</source>
        <translation>Die Checkliste nach BSI TR-03108 aufnehmen.</translation>
    </message>
    <message>
        <source>Give one positive engagement ID.</source>
        <translation>Geben Sie eine positive Kundenprojekt-ID an.</translation>
    </message>
    <message>
        <source>Give --out FILE.pdf.</source>
        <translation>Geben Sie --out DATEI.pdf an.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Domain %1 (resolver %2, trust anchor %3)
</source>
        <translation>Domain %1 (Resolver %2, Vertrauensanker %3)
</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>MX host %1 (preference %2), DANE: %3
</source>
        <translation>MX-Host %1 (Präferenz %2), DANE: %3
</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>AAAA</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation>Befunde:
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <source>Find MX hosts, MTA-STS/TLS-RPT/TLSA records and their DNSSEC status for a mail domain.</source>
        <translation>MX-Hosts, MTA-STS-/TLS-RPT-/TLSA-Einträge und ihren DNSSEC-Status für eine Mail-Domain ermitteln.</translation>
    </message>
    <message>
        <source>The mail domain (default with --engagement: its domain).</source>
        <translation>Die Mail-Domain (Standard mit --engagement: dessen Domain).</translation>
    </message>
    <message>
        <source>DNS server as HOST:PORT (default: the system resolver).</source>
        <translation>DNS-Server als HOST:PORT (Standard: der Resolver des Systems).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file (default: /usr/share/dns/root.key).</source>
        <translation>Datei mit dem DNSSEC-Vertrauensanker (Standard: /usr/share/dns/root.key).</translation>
    </message>
    <message>
        <source>Per-query timeout in milliseconds.</source>
        <translation>Zeitlimit je Anfrage in Millisekunden.</translation>
    </message>
    <message>
        <source>Store the run as a discovery snapshot of this engagement (ID) in the workspace.</source>
        <translation>Den Lauf als Ermittlungsstand dieses Kundenprojekts (ID) im Arbeitsbereich speichern.</translation>
    </message>
    <message>
        <source>Expected exactly one domain.</source>
        <translation>Genau eine Domain erwartet.</translation>
    </message>
    <message>
        <source>--engagement needs a positive engagement ID.</source>
        <translation>--engagement braucht eine positive Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation>--timeout braucht eine positive Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>Stored as discovery snapshot %1 of engagement %2.
</source>
        <translation>Als Ermittlungsstand %1 des Kundenprojekts %2 gespeichert.
</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports from new messages in an IMAP folder.</source>
        <translation>TLS-RPT-Berichte aus neuen Nachrichten eines IMAP-Ordners importieren.</translation>
    </message>
    <message>
        <source>IMAP server.</source>
        <translation>IMAP-Server.</translation>
    </message>
    <message>
        <source>Port (default 993).</source>
        <translation>Port (Standard 993).</translation>
    </message>
    <message>
        <source>Plain connection upgraded with STARTTLS (port 143).</source>
        <translation>Unverschlüsselte Verbindung, mit STARTTLS gesichert (Port 143).</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation>Datei, deren erste Zeile das Passwort ist.</translation>
    </message>
    <message>
        <source>Folder (default INBOX).</source>
        <translation>Ordner (Standard INBOX).</translation>
    </message>
    <message>
        <source>CA certificates (PEM) to trust.</source>
        <translation>CA-Zertifikate (PEM), denen vertraut wird.</translation>
    </message>
    <message>
        <source>Mark imported report mails as seen.</source>
        <translation>Importierte Bericht-Mails als gelesen markieren.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>“%1” is not an engagement id.</source>
        <translation>„%1“ ist keine Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>“%1” is not a port.</source>
        <translation>„%1“ ist kein Port.</translation>
    </message>
    <message>
        <source>Cannot read the password file “%1”.</source>
        <translation>Die Passwortdatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>New messages: %1</source>
        <translation>Neue Nachrichten: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation>Duplikate: %1</translation>
    </message>
    <message>
        <source>Mails without a report (skipped): %1</source>
        <translation>Mails ohne Bericht (übersprungen): %1</translation>
    </message>
    <message>
        <source>Too large (skipped): %1</source>
        <translation>Zu groß (übersprungen): %1</translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation>In Quarantäne: %1</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports (.json, .json.gz, .zip, .eml, mbox, Maildir, folders).</source>
        <translation>TLS-RPT-Berichte importieren (.json, .json.gz, .zip, .eml, mbox, Maildir, Ordner).</translation>
    </message>
    <message>
        <source>Engagement the reports are expected for (counted in the summary).</source>
        <translation>Kundenprojekt, für das die Berichte erwartet werden (in der Zusammenfassung gezählt).</translation>
    </message>
    <message>
        <source>Files parsed and committed together (default 8192).</source>
        <translation>Dateien, die gemeinsam gelesen und festgeschrieben werden (Standard 8192).</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation>Geben Sie mindestens eine Datei oder einen Ordner zum Importieren an.</translation>
    </message>
    <message>
        <source>“%1” is not a batch size.</source>
        <translation>„%1“ ist keine Stapelgröße.</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>For engagement %1: %2</source>
        <translation>Für Kundenprojekt %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the TSIG key file “%1”: %2</source>
        <translation>Die TSIG-Schlüsseldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” must hold one line “[algorithm:]name:secret”.</source>
        <translation>„%1“ muss eine Zeile „[Algorithmus:]Name:Geheimnis“ enthalten.</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format muss einer dieser Werte sein: %1.</translation>
    </message>
    <message>
        <source>--ttl needs a number of seconds.</source>
        <translation>--ttl braucht eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Give --domain or --engagement.</source>
        <translation>Geben Sie --domain oder --engagement an.</translation>
    </message>
    <message>
        <source>Give --policy-id (the engagement has no policy version yet).</source>
        <translation>Geben Sie --policy-id an (das Kundenprojekt hat noch keine Richtlinienversion).</translation>
    </message>
    <message>
        <source>--tlsa takes HOST=HEXDIGEST, not “%1”.</source>
        <translation>--tlsa erwartet HOST=HEXDIGEST, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tlsa names “%1”, which is not given with --mx.</source>
        <translation>--tlsa nennt „%1“, das nicht mit --mx angegeben ist.</translation>
    </message>
    <message>
        <source>--port needs a port number.</source>
        <translation>--port braucht eine Portnummer.</translation>
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Conflicts (same sender and report id, other content; not counted until you keep one with “stsdesk-cli report conflicts”): %1</source>
        <translation>Konflikte (gleicher Absender und gleiche Berichts-ID, anderer Inhalt; nicht gezählt, bis Sie mit „stsdesk-cli report conflicts“ einen behalten): %1</translation>
    </message>
    <message>
        <source>Read the quarantined inputs again; those that now import leave the quarantine.</source>
        <translation>Die Eingaben in der Quarantäne erneut lesen; die sich nun importieren lassen, verlassen die Quarantäne.</translation>
    </message>
    <message>
        <source>--retry-quarantine takes no files or folders.</source>
        <translation>--retry-quarantine nimmt keine Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>--from and --to take a day as YYYY-MM-DD.</source>
        <translation>--from und --to erwarten einen Tag als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>No stored reports.</source>
        <translation>Keine gespeicherten Berichte.</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>(in conflict)</source>
        <translation>(im Konflikt)</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Report id:</source>
        <translation>Berichts-ID:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Policy domains:</source>
        <translation>Policy-Domains:</translation>
    </message>
    <message>
        <source>Engagements:</source>
        <translation>Kundenprojekte:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>Report %1 was sent back to the quarantine.</source>
        <translation>Bericht %1 wurde in die Quarantäne zurückgelegt.</translation>
    </message>
    <message>
        <source>Report %1 was removed.</source>
        <translation>Bericht %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Stored TLS reports one by one: list them, show one, take one out again (removed, or back to the quarantine with its bytes) and settle conflicts (same sender and report id, other content) by keeping one version. Importing a report again brings it back.</source>
        <translation>Gespeicherte TLS-Berichte einzeln: auflisten, einen anzeigen, einen wieder herausnehmen (entfernen oder mit seinen Bytes zurück in die Quarantäne) und Konflikte (gleicher Absender und gleiche Berichts-ID, anderer Inhalt) klären, indem Sie eine Version behalten. Ein erneuter Import bringt einen Bericht zurück.</translation>
    </message>
    <message>
        <source>Why (required for quarantine; recorded in the event log).</source>
        <translation>Begründung (erforderlich für quarantine; wird im Ereignisprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>First UTC day, YYYY-MM-DD (list).</source>
        <translation>Erster UTC-Tag, JJJJ-MM-TT (list).</translation>
    </message>
    <message>
        <source>Last UTC day, YYYY-MM-DD (list).</source>
        <translation>Letzter UTC-Tag, JJJJ-MM-TT (list).</translation>
    </message>
    <message>
        <source>Only this sender, e.g. Google (list).</source>
        <translation>Nur dieser Absender, z. B. Google (list).</translation>
    </message>
    <message>
        <source>keep needs a version number.</source>
        <translation>keep braucht eine Versionsnummer.</translation>
    </message>
    <message>
        <source>“%1” needs a report number.</source>
        <translation>„%1“ braucht eine Berichtsnummer.</translation>
    </message>
    <message>
        <source>“%1” takes at most an engagement ID.</source>
        <translation>„%1“ nimmt höchstens eine Kundenprojekt-ID.</translation>
    </message>
    <message>
        <source>quarantine needs --reason.</source>
        <translation>quarantine braucht --reason.</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 is in conflict: %2, report id %3, %n version(s):</source>
        <translation>
            <numerusform>Bericht %1 steht im Konflikt: %2, Berichts-ID %3, %n Version:</numerusform>
            <numerusform>Bericht %1 steht im Konflikt: %2, Berichts-ID %3, %n Versionen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the DNS records of a domain's MTA-STS, TLS-RPT and DANE setup.</source>
        <translation>Die DNS-Einträge für MTA-STS, TLS-RPT und DANE einer Domain exportieren.</translation>
    </message>
    <message>
        <source>Formats (--format):</source>
        <translation>Formate (--format):</translation>
    </message>
    <message>
        <source>--%1 needs a mail address.</source>
        <translation>--%1 braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Create, list, show, rename, archive and restore engagements; show or set their delivery settings.</source>
        <translation>Kundenprojekte anlegen, auflisten, anzeigen, umbenennen, archivieren und wiederherstellen; ihre Zustelleinstellungen anzeigen oder setzen.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Delivery settings of engagement %1</source>
        <translation>Zustelleinstellungen des Kundenprojekts %1</translation>
    </message>
    <message>
        <source>TLS-RPT reports to:</source>
        <translation>TLS-RPT-Berichte an:</translation>
    </message>
    <message>
        <source>(as discovered)</source>
        <translation>(wie ermittelt)</translation>
    </message>
    <message>
        <source>(none: no TLS-RPT record)</source>
        <translation>(keine: kein TLS-RPT-Record)</translation>
    </message>
    <message>
        <source>Expiry notice to:</source>
        <translation>Ablaufhinweis an:</translation>
    </message>
    <message>
        <source>Expiry escalation to:</source>
        <translation>Ablauf-Eskalation an:</translation>
    </message>
    <message>
        <source>Critical expiry alert to:</source>
        <translation>Kritische Ablaufwarnung an:</translation>
    </message>
    <message>
        <source>Mail server (MTA):</source>
        <translation>Mailserver (MTA):</translation>
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation>Policy-Hosting:</translation>
    </message>
    <message>
        <source>TLS-RPT address, mailto: or https: (settings; repeat for several; "": no record; "discovered": as discovery finds).</source>
        <translation>TLS-RPT-Adresse, mailto: oder https: (settings; für mehrere wiederholen; "": kein Record; "discovered": wie die Ermittlung sie findet).</translation>
    </message>
    <message>
        <source>Address for expiry notices, 30 days left (settings).</source>
        <translation>Adresse für Ablaufhinweise, noch 30 Tage (settings).</translation>
    </message>
    <message>
        <source>Address for expiry escalations, 14 days left (settings).</source>
        <translation>Adresse für die Eskalation vor dem Ablauf, noch 14 Tage (settings).</translation>
    </message>
    <message>
        <source>Address for critical expiry alerts, 7 days left (settings).</source>
        <translation>Adresse für kritische Ablaufwarnungen, noch 7 Tage (settings).</translation>
    </message>
    <message>
        <source>postfix or exim: the MX hosts' mail server (settings).</source>
        <translation>postfix oder exim: der Mailserver der MX-Hosts (settings).</translation>
    </message>
    <message>
        <source>Validate, fetch and generate MTA-STS policy files; list, create, verify and publish an engagement's policy versions.</source>
        <translation>MTA-STS-Richtliniendateien prüfen, abrufen und erzeugen; die Richtlinienversionen eines Projekts auflisten, anlegen, verifizieren und veröffentlichen.</translation>
    </message>
    <message>
        <source>validate FILE | fetch DOMAIN | generate | versions ID | new ID | verify ID [VERSION] | publish ID VERSION</source>
        <translation>validate DATEI | fetch DOMAIN | generate | versions ID | new ID | verify ID [VERSION] | publish ID VERSION</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of mta-sts.DOMAIN:443 (fetch, verify, publish).</source>
        <translation>Mit HOST:PORT statt mta-sts.DOMAIN:443 verbinden (fetch, verify, publish).</translation>
    </message>
    <message>
        <source>Trust only the CAs in this PEM file (fetch, verify, publish).</source>
        <translation>Nur den CAs in dieser PEM-Datei vertrauen (fetch, verify, publish).</translation>
    </message>
    <message>
        <source>Overall HTTPS time limit in seconds, default 60 (fetch, verify, publish).</source>
        <translation>Gesamtzeitlimit für HTTPS in Sekunden, Standard 60 (fetch, verify, publish).</translation>
    </message>
    <message>
        <source>An MX host name (generate) or mx pattern (new); repeat for each.</source>
        <translation>Ein MX-Hostname (generate) oder mx-Muster (new); für jeden wiederholen.</translation>
    </message>
    <message>
        <source>testing, enforce or none; default testing (generate, new).</source>
        <translation>testing, enforce oder none; Standard testing (generate, new).</translation>
    </message>
    <message>
        <source>max_age in seconds (generate, new; default 86400 testing, 604800 enforce).</source>
        <translation>max_age in Sekunden (generate, new; Standard 86400 bei testing, 604800 bei enforce).</translation>
    </message>
    <message>
        <source>Use “policy validate FILE”, “policy fetch DOMAIN”, “policy generate --mx HOST”, “policy versions ID”, “policy new ID”, “policy verify ID” or “policy publish ID VERSION”.</source>
        <translation>Verwenden Sie „policy validate DATEI“, „policy fetch DOMAIN“, „policy generate --mx HOST“, „policy versions ID“, „policy new ID“, „policy verify ID“ oder „policy publish ID VERSION“.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>abgelöst</translation>
    </message>
    <message>
        <source>No policy version yet: create one with “policy new ID --mode testing”.</source>
        <translation>Noch keine Richtlinienversion: Legen Sie eine mit „policy new ID --mode testing“ an.</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>superseded %1</source>
        <translation>abgelöst %1</translation>
    </message>
    <message>
        <source>verified (check %1)</source>
        <translation>verifiziert (Prüfung %1)</translation>
    </message>
    <message>
        <source>published without proof: %1</source>
        <translation>ohne Nachweis veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Policy %1 is live: DNS and the policy host show it.</source>
        <translation>Richtlinie %1 ist live: DNS und der Richtlinien-Host zeigen sie.</translation>
    </message>
    <message>
        <source>Policy %1 is not what senders see yet.</source>
        <translation>Richtlinie %1 ist noch nicht das, was Absender sehen.</translation>
    </message>
    <message>
        <source>checked %1 through resolver %2</source>
        <translation>geprüft %1 über Resolver %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> (DNSSEC secure)</source>
        <translation> (DNSSEC-sicher)</translation>
    </message>
    <message>
        <source>published and secure</source>
        <translation>veröffentlicht und sicher</translation>
    </message>
    <message>
        <source>missing, insecure or other digests</source>
        <translation>fehlt, unsicher oder andere Prüfsummen</translation>
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation>HTTP %1, %2</translation>
    </message>
    <message>
        <source>serves this version byte for byte</source>
        <translation>liefert diese Version Byte für Byte</translation>
    </message>
    <message>
        <source>serves another file</source>
        <translation>liefert eine andere Datei</translation>
    </message>
    <message>
        <source>--dns-timeout needs a positive number of milliseconds.</source>
        <translation>--dns-timeout braucht eine positive Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>Draft %1 saved. Publish the file and the TXT record, then run “policy publish %2 %1”.</source>
        <translation>Entwurf %1 gespeichert. Veröffentlichen Sie die Datei und den TXT-Eintrag und führen Sie dann „policy publish %2 %1“ aus.</translation>
    </message>
    <message>
        <source>--without-proof and --override need a reason.</source>
        <translation>--without-proof und --override brauchen einen Grund.</translation>
    </message>
    <message>
        <source>Policy %1 is published and live.</source>
        <translation>Richtlinie %1 ist veröffentlicht und live.</translation>
    </message>
    <message>
        <source>Policy %1 is marked live without proof: %2</source>
        <translation>Richtlinie %1 ist ohne Nachweis als live markiert: %2</translation>
    </message>
    <message>
        <source>Rollout phase now: %1</source>
        <translation>Rollout-Phase jetzt: %1</translation>
    </message>
    <message>
        <source>Validating DNS resolver as HOST:PORT (verify, publish; default: the system's).</source>
        <translation>Validierender DNS-Resolver als HOST:PORT (verify, publish; Standard: der des Systems).</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor file (verify, publish).</source>
        <translation>DNSSEC-Vertrauensanker-Datei (verify, publish).</translation>
    </message>
    <message>
        <source>Per-query DNS timeout in milliseconds (verify, publish).</source>
        <translation>DNS-Zeitlimit je Abfrage in Millisekunden (verify, publish).</translation>
    </message>
    <message>
        <source>Mark the version live although the check fails, for this reason (publish).</source>
        <translation>Die Version trotz fehlgeschlagener Prüfung als live markieren, mit diesem Grund (publish).</translation>
    </message>
    <message>
        <source>Enforce although the rollout is not ready, for this reason (publish).</source>
        <translation>Auf Enforce umstellen, obwohl der Rollout nicht bereit ist, mit diesem Grund (publish).</translation>
    </message>
    <message>
        <source>Use “policy versions ID”, “policy new ID --mode MODE”, “policy verify ID [VERSION]” or “policy publish ID VERSION”.</source>
        <translation>Verwenden Sie „policy versions ID“, „policy new ID --mode MODUS“, „policy verify ID [VERSION]“ oder „policy publish ID VERSION“.</translation>
    </message>
    <message>
        <source>Old protocols:</source>
        <translation>Alte Protokolle:</translation>
    </message>
    <message>
        <source>Probe the MX hosts of this engagement's newest discovery (ID) at the addresses it found, and store the results with the engagement, as the pre-flight page does.</source>
        <translation>Die MX-Hosts der neuesten Erkennung dieses Kundenprojekts (ID) an den dort gefundenen Adressen prüfen und die Ergebnisse beim Kundenprojekt speichern, wie es die Seite „Vorabprüfung“ tut.</translation>
    </message>
    <message>
        <source>--engagement probes what the engagement's discovery found: give no domain, --mx, --connect, --resolver or --trust-anchor with it.</source>
        <translation>--engagement prüft, was die Erkennung des Kundenprojekts gefunden hat: Geben Sie dazu keine Domain, kein --mx, --connect, --resolver oder --trust-anchor an.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n probe result(s) with engagement %1.</source>
        <translation>
            <numerusform>%n Prüfergebnis bei Kundenprojekt %1 gespeichert.</numerusform>
            <numerusform>%n Prüfergebnisse bei Kundenprojekt %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Usage: records push ENGAGEMENT --server HOST[:PORT] --tsig-key-file FILE [--zone ZONE].</source>
        <translation>Aufruf: records push ENGAGEMENT --server HOST[:PORT] --tsig-key-file DATEI [--zone ZONE].</translation>
    </message>
    <message>
        <source>records push needs --server and --tsig-key-file.</source>
        <translation>records push braucht --server und --tsig-key-file.</translation>
    </message>
    <message numerus="yes">
        <source>Pushed %n record(s) to the zone %1 at %2 (key %3).</source>
        <translation>
            <numerusform>%n Record an die Zone %1 auf %2 gesendet (Schlüssel %3).</numerusform>
            <numerusform>%n Records an die Zone %1 auf %2 gesendet (Schlüssel %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>served: %1</source>
        <translation>ausgeliefert: %1</translation>
    </message>
    <message>
        <source>Not in the zone %1, publish them in their own zone:</source>
        <translation>Nicht in der Zone %1, in ihrer eigenen Zone veröffentlichen:</translation>
    </message>
    <message>
        <source>The update was applied, but reading it back failed: %1</source>
        <translation>Das Update wurde übernommen, aber das Zurücklesen schlug fehl: %1</translation>
    </message>
    <message>
        <source>The update was applied, but the server does not serve every record as sent (see above).</source>
        <translation>Das Update wurde übernommen, aber der Server liefert nicht jeden Record wie gesendet aus (siehe oben).</translation>
    </message>
    <message>
        <source>records push ENGAGEMENT sends the engagement's records to the zone's primary server as one TSIG-signed dynamic update (RFC 2136) and reads them back.</source>
        <translation>records push ENGAGEMENT sendet die Records des Engagements als ein TSIG-signiertes dynamisches Update (RFC 2136) an den primären Server der Zone und liest sie zurück.</translation>
    </message>
    <message>
        <source>export, or push ENGAGEMENT</source>
        <translation>export oder push ENGAGEMENT</translation>
    </message>
    <message>
        <source>Expected the action “export” or “push”.</source>
        <translation>Erwartet wird die Aktion „export“ oder „push“.</translation>
    </message>
    <message>
        <source>Not sending to this customer (excluded from readiness):</source>
        <translation>Senden nicht an diesen Kunden (von der Enforce-Reife ausgenommen):</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4 UTC)</source>
        <translation>%1 — %2 (%3, %4 UTC)</translation>
    </message>
    <message>
        <source>Record a rollout step: prepared, testing, enforce, monitoring, rollback, removal, acknowledge a sender-side failure, or mark a major sender as not sending to this customer (exclude-sender SENDER --reason TEXT; include-sender SENDER undoes it).</source>
        <translation>Einen Rollout-Schritt erfassen: prepared, testing, enforce, monitoring, rollback, removal, einen absenderseitigen Fehler anerkennen (acknowledge) oder einen großen Absender als „sendet nicht an diesen Kunden“ markieren (exclude-sender ABSENDER --reason TEXT; include-sender ABSENDER nimmt das zurück).</translation>
    </message>
    <message>
        <source>prepared | testing | enforce | monitoring | rollback | removal | acknowledge | exclude-sender | include-sender | status</source>
        <translation>prepared | testing | enforce | monitoring | rollback | removal | acknowledge | exclude-sender | include-sender | status</translation>
    </message>
    <message>
        <source>Major sender (exclude-sender, include-sender).</source>
        <translation>Großer Absender (exclude-sender, include-sender).</translation>
    </message>
    <message>
        <source>Why (required for rollback, removal, acknowledge, exclude-sender and a forced enforce).</source>
        <translation>Begründung (erforderlich für rollback, removal, acknowledge, exclude-sender und ein erzwungenes enforce).</translation>
    </message>
    <message>
        <source>Usage: rollout %1 ENGAGEMENT SENDER [--reason TEXT].</source>
        <translation>Aufruf: rollout %1 KUNDENPROJEKT ABSENDER [--reason TEXT].</translation>
    </message>
    <message>
        <source>exclude-sender needs --reason: why does the sender not send to this customer?</source>
        <translation>exclude-sender braucht --reason: Warum sendet der Absender nicht an diesen Kunden?</translation>
    </message>
    <message>
        <source>Next: ask a resolver that works with --resolver HOST:PORT (used: %1), or check the trust anchor with --trust-anchor FILE (used: %2); then run the command again.</source>
        <translation>Nächster Schritt: Fragen Sie mit --resolver HOST:PORT einen funktionierenden Resolver (verwendet: %1) oder prüfen Sie den Vertrauensanker mit --trust-anchor DATEI (verwendet: %2); führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>“%1” needs an engagement ID and a domain.</source>
        <translation>„%1“ braucht eine Kundenprojekt-ID und eine Domain.</translation>
    </message>
    <message>
        <source>For domains no engagement holds: %1</source>
        <translation>Für Domains, die kein Kundenprojekt hat: %1</translation>
    </message>
    <message>
        <source>  Stored, but counted in no engagement: list them with “stsdesk-cli reports unassigned” and give a domain to an engagement with “stsdesk-cli engagement add-domain ID DOMAIN”.</source>
        <translation>  Gespeichert, aber in keinem Kundenprojekt gezählt: mit „stsdesk-cli reports unassigned“ auflisten und eine Domain mit „stsdesk-cli engagement add-domain ID DOMAIN“ einem Kundenprojekt zuordnen.</translation>
    </message>
    <message>
        <source>No scan of %1 yet.</source>
        <translation>Noch kein Scan von %1.</translation>
    </message>
    <message>
        <source>No mail servers: none found in DNS and none entered by hand (mx add).</source>
        <translation>Keine Mailserver: keiner im DNS gefunden und keiner von Hand eingetragen (mx add).</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>hand entry %1</source>
        <translation>Handeintrag %1</translation>
    </message>
    <message>
        <source>addresses entered by hand (DNS has none)</source>
        <translation>Adressen von Hand eingetragen (das DNS hat keine)</translation>
    </message>
    <message>
        <source>The mail servers of an engagement: those found in DNS and those entered by hand, for an MX that is not in DNS yet or a network where DNS cannot be asked.</source>
        <translation>Die Mailserver eines Kundenprojekts: die im DNS gefundenen und die von Hand eingetragenen, für einen MX, der noch nicht im DNS steht, oder ein Netz, aus dem das DNS nicht gefragt werden kann.</translation>
    </message>
    <message>
        <source>list ID | add ID HOST | edit ID ENTRY | remove ID ENTRY</source>
        <translation>list ID | add ID HOST | edit ID EINTRAG | remove ID EINTRAG</translation>
    </message>
    <message>
        <source>The host name (edit).</source>
        <translation>Der Hostname (edit).</translation>
    </message>
    <message>
        <source>MX priority 0..65535, lower first (add: default 10).</source>
        <translation>MX-Priorität 0..65535, niedrigere zuerst (add: Standard 10).</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address; repeat for each (add, edit).</source>
        <translation>Eine IPv4- oder IPv6-Adresse; für jede wiederholen (add, edit).</translation>
    </message>
    <message>
        <source>Forget the addresses entered (edit).</source>
        <translation>Die eingetragenen Adressen verwerfen (edit).</translation>
    </message>
    <message>
        <source>A note, e.g. why the host is entered by hand (add, edit).</source>
        <translation>Eine Notiz, z. B. warum der Host von Hand eingetragen ist (add, edit).</translation>
    </message>
    <message>
        <source>Record that the host is removed because DNS has it now (remove).</source>
        <translation>Festhalten, dass der Host entfernt wird, weil das DNS ihn jetzt hat (remove).</translation>
    </message>
    <message>
        <source>Use “mx list ID”, “mx add ID HOST [--priority N] [--address A]”, “mx edit ID ENTRY [--host H] [--priority N] [--address A]” or “mx remove ID ENTRY”.</source>
        <translation>Verwenden Sie „mx list ID“, „mx add ID HOST [--priority N] [--address A]“, „mx edit ID EINTRAG [--host H] [--priority N] [--address A]“ oder „mx remove ID EINTRAG“.</translation>
    </message>
    <message>
        <source>Hand entry %1 removed.</source>
        <translation>Handeintrag %1 entfernt.</translation>
    </message>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation>Es gibt keinen von Hand eingetragenen Mailserver %1.</translation>
    </message>
    <message>
        <source>--priority takes a number from 0 to 65535.</source>
        <translation>--priority nimmt eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>Hand entry %1 added: %2 (priority %3).</source>
        <translation>Handeintrag %1 hinzugefügt: %2 (Priorität %3).</translation>
    </message>
    <message>
        <source>Hand entry %1 saved: %2 (priority %3).</source>
        <translation>Handeintrag %1 gespeichert: %2 (Priorität %3).</translation>
    </message>
    <message>
        <source>Entered by hand, entry %1: %2: %3</source>
        <translation>Von Hand eingetragen, Eintrag %1: %2: %3</translation>
    </message>
    <message>
        <source>Found in DNS, not entered by hand: %1</source>
        <translation>Im DNS gefunden, nicht von Hand eingetragen: %1</translation>
    </message>
    <message>
        <source>Remove a hand entry DNS has now with “mx remove %1 ENTRY --dns-has-it”.</source>
        <translation>Einen Handeintrag, den das DNS jetzt hat, entfernen Sie mit „mx remove %1 EINTRAG --dns-has-it“.</translation>
    </message>
    <message>
        <source>Discovery found no MX host address of %1 to probe, so nothing about its mail servers can be checked. Next: check its MX and A/AAAA records, or name the hosts with --mx HOST and their addresses with --connect ADDR.</source>
        <translation>Die Erkundung hat keine MX-Host-Adresse von %1 zum Prüfen gefunden, daher lässt sich über seine Mailserver nichts prüfen. Nächster Schritt: Prüfen Sie seine MX- und A/AAAA-Records oder nennen Sie die Hosts mit --mx HOST und ihre Adressen mit --connect ADRESSE.</translation>
    </message>
    <message>
        <source>Engagement %1 has no discovery yet: run “discover --engagement %1” first, or enter its mail servers with “mx add %1 HOST --address A”.</source>
        <translation>Kundenprojekt %1 hat noch keine Erkennung: zuerst „discover --engagement %1“ ausführen oder seine Mailserver mit „mx add %1 HOST --address A“ eintragen.</translation>
    </message>
    <message>
        <source>Engagement %1 has no MX host address to probe: neither its newest discovery nor the mail servers entered by hand give one, so nothing about its mail servers can be checked. Next: check the domain's MX and A/AAAA records and run “discover --engagement %1” again, or enter the servers by hand with “mx add %1 HOST --address A”.</source>
        <translation>Kundenprojekt %1 hat keine MX-Host-Adresse zum Prüfen: Weder die neueste Erkennung noch die von Hand eingetragenen Mailserver liefern eine, daher lässt sich an seinen Mailservern nichts prüfen. Weiter: die MX- und A/AAAA-Einträge der Domain prüfen und „discover --engagement %1“ erneut ausführen oder die Server von Hand mit „mx add %1 HOST --address A“ eintragen.</translation>
    </message>
    <message>
        <source>list [ID] | show REPORT | remove REPORT | quarantine REPORT | conflicts [ID] | keep VERSION | unassigned</source>
        <translation>list [ID] | show BERICHT | remove BERICHT | quarantine BERICHT | conflicts [ID] | keep VERSION | unassigned</translation>
    </message>
    <message>
        <source>Name an action: list, show, remove, quarantine, conflicts, keep or unassigned.</source>
        <translation>Nennen Sie eine Aktion: list, show, remove, quarantine, conflicts, keep oder unassigned.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) moved to it.</source>
        <translation>
            <numerusform>%n gespeicherter Bericht wurde ihm zugeordnet.</numerusform>
            <numerusform>%n gespeicherte Berichte wurden ihm zugeordnet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) left it.</source>
        <translation>
            <numerusform>%n gespeicherter Bericht gehört nicht mehr dazu.</numerusform>
            <numerusform>%n gespeicherte Berichte gehören nicht mehr dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports for domains no engagement holds: stored, counted in no engagement until you give the domain to one with “engagement add-domain”.</source>
        <translation>Berichte für Domains, die kein Kundenprojekt hat: gespeichert, aber in keinem Kundenprojekt gezählt, bis Sie die Domain mit „engagement add-domain“ einem Kundenprojekt zuordnen.</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>Name the action: unassigned.</source>
        <translation>Nennen Sie die Aktion: unassigned.</translation>
    </message>
    <message>
        <source>--hosting takes one of: %1.</source>
        <translation>--hosting erwartet eines von: %1.</translation>
    </message>
    <message>
        <source>Write or list every file the customer installs or publishes for an engagement: policy files, DNS exports, the hosting files (nginx, Pages, Worker or Apache), certbot scripts, deploy hooks, systemd units, the expiry alert and MTA snippets.</source>
        <translation>Alle Dateien eines Kundenprojekts schreiben oder auflisten, die der Kunde installiert oder veröffentlicht: Richtliniendateien, DNS-Exporte, die Hosting-Dateien (nginx, Pages, Worker oder Apache), certbot-Skripte, Deploy-Hooks, systemd-Units, die Ablaufwarnung und MTA-Ausschnitte.</translation>
    </message>
    <message>
        <source>Cannot read the TSIG secret file “%1”.</source>
        <translation>Die Datei mit dem TSIG-Geheimnis „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>webroot, standalone or dns-rfc2136: how certbot validates mta-sts.&lt;domain&gt; (settings).</source>
        <translation>webroot, standalone oder dns-rfc2136: wie certbot mta-sts.&lt;Domain&gt; validiert (settings).</translation>
    </message>
    <message>
        <source>webroot, standalone or dns-rfc2136: how certbot validates the MX hosts (settings).</source>
        <translation>webroot, standalone oder dns-rfc2136: wie certbot die MX-Hosts validiert (settings).</translation>
    </message>
    <message>
        <source>IP address of the DNS server taking RFC 2136 updates for dns-rfc2136 (settings).</source>
        <translation>IP-Adresse des DNS-Servers, der RFC-2136-Updates für dns-rfc2136 annimmt (settings).</translation>
    </message>
    <message>
        <source>Its port; default 53 (settings).</source>
        <translation>Sein Port; Standard 53 (settings).</translation>
    </message>
    <message>
        <source>Name of the TSIG key signing the updates (settings).</source>
        <translation>Name des TSIG-Schlüssels, der die Updates signiert (settings).</translation>
    </message>
    <message>
        <source>TSIG algorithm; default hmac-sha256 (settings).</source>
        <translation>TSIG-Algorithmus; Standard hmac-sha256 (settings).</translation>
    </message>
    <message>
        <source>Zone holding the _acme-challenge names; default the domain (settings).</source>
        <translation>Zone mit den _acme-challenge-Namen; Standard die Domain (settings).</translation>
    </message>
    <message>
        <source>Seconds certbot waits after the update before validation; default 60 (settings).</source>
        <translation>Sekunden, die certbot nach dem Update vor der Validierung wartet; Standard 60 (settings).</translation>
    </message>
    <message>
        <source>--%1 takes “webroot”, “standalone” or “dns-rfc2136”.</source>
        <translation>--%1 nimmt „webroot“, „standalone“ oder „dns-rfc2136“.</translation>
    </message>
    <message>
        <source>--%1 takes a number.</source>
        <translation>--%1 nimmt eine Zahl.</translation>
    </message>
    <message>
        <source>Policy host certificate challenge:</source>
        <translation>Challenge für das Zertifikat des Policy-Hosts:</translation>
    </message>
    <message>
        <source>MX host certificate challenge:</source>
        <translation>Challenge für die Zertifikate der MX-Hosts:</translation>
    </message>
    <message>
        <source>RFC 2136 updates to:</source>
        <translation>RFC-2136-Updates an:</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>TSIG key:</source>
        <translation>TSIG-Schlüssel:</translation>
    </message>
    <message>
        <source>(the secret is never stored)</source>
        <translation>(das Geheimnis wird nie gespeichert)</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Zone:</translation>
    </message>
    <message>
        <source>(the domain)</source>
        <translation>(die Domain)</translation>
    </message>
    <message>
        <source>Propagation wait:</source>
        <translation>Wartezeit für die Verbreitung:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>No engagements assigned to %1.</source>
        <translation>Keine Kundenprojekte sind %1 zugewiesen.</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>create | list | show ID | rename ID NAME | archive ID | restore ID | settings ID | add-domain ID DOMAIN | remove-domain ID DOMAIN | assign ID CONSULTANT | unassign ID</source>
        <translation>create | list | show ID | rename ID NAME | archive ID | restore ID | settings ID | add-domain ID DOMAIN | remove-domain ID DOMAIN | assign ID BERATER | unassign ID</translation>
    </message>
    <message>
        <source>Policy hosting: nginx, cloudflare-pages, cloudflare-worker, github-pages or external (the customer's Apache) (create, settings).</source>
        <translation>Hosting der Richtlinie: nginx, cloudflare-pages, cloudflare-worker, github-pages oder external (Apache des Kunden) (create, settings).</translation>
    </message>
    <message>
        <source>Only engagements assigned to me: my database role on PostgreSQL, my login on SQLite (list).</source>
        <translation>Nur mir zugewiesene Kundenprojekte: meine Datenbankrolle bei PostgreSQL, mein Anmeldename bei SQLite (list).</translation>
    </message>
    <message>
        <source>Name an action: create, list, show, rename, archive, restore, settings, add-domain, remove-domain, assign or unassign.</source>
        <translation>Nennen Sie eine Aktion: create, list, show, rename, archive, restore, settings, add-domain, remove-domain, assign oder unassign.</translation>
    </message>
    <message>
        <source>assign needs an engagement ID and a consultant.</source>
        <translation>assign braucht eine Kundenprojekt-ID und einen Berater.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Use “findings ack FINDING_ID”.</source>
        <translation>Verwenden Sie „findings ack BEFUND_ID“.</translation>
    </message>
    <message>
        <source>Finding %1 acknowledged.</source>
        <translation>Befund %1 bestätigt.</translation>
    </message>
    <message>
        <source>List the findings of the monitoring (all engagements or one), or acknowledge one with “findings ack FINDING_ID”.</source>
        <translation>Die Befunde der Überwachung auflisten (aller Engagements oder eines), oder einen mit „findings ack BEFUND_ID“ bestätigen.</translation>
    </message>
    <message>
        <source>Engagement ID, or “ack FINDING_ID”.</source>
        <translation>Engagement-ID, oder „ack BEFUND_ID“.</translation>
    </message>
    <message>
        <source>open, acknowledged, resolved, unresolved (open and acknowledged, the default) or all.</source>
        <translation>open (offen), acknowledged (bestätigt), resolved (erledigt), unresolved (offen und bestätigt, die Vorgabe) oder all (alle).</translation>
    </message>
    <message>
        <source>Use “findings [ID] [--state STATE]”.</source>
        <translation>Verwenden Sie „findings [ID] [--state STATUS]“.</translation>
    </message>
    <message>
        <source>--state takes open, acknowledged, resolved, unresolved or all.</source>
        <translation>--state nimmt open, acknowledged, resolved, unresolved oder all.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>policy %1 (%2, max_age %3)</source>
        <translation>Policy %1 (%2, max_age %3)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
    <message>
        <source>Policy host: %1</source>
        <translation>Policy-Host: %1</translation>
    </message>
    <message>
        <source>(not set; use “hosting set-host NAME”)</source>
        <translation>(nicht gesetzt; „hosting set-host NAME“ verwenden)</translation>
    </message>
    <message>
        <source>No engagement is hosted on the policy host.</source>
        <translation>Auf dem Policy-Host wird kein Auftrag gehostet.</translation>
    </message>
    <message>
        <source>Nothing changed in %1; nginx was not reloaded.</source>
        <translation>In %1 hat sich nichts geändert; nginx wurde nicht neu geladen.</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <source>%1: retired, its server block and files were removed</source>
        <translation>%1: stillgelegt, Server-Block und Dateien wurden entfernt</translation>
    </message>
    <message>
        <source>The reload failed (exit code %1):</source>
        <translation>Das Neuladen ist fehlgeschlagen (Exit-Code %1):</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Neu geladen.</translation>
    </message>
    <message>
        <source>The consultant's policy host: one nginx serving mta-sts.&lt;domain&gt; for every engagement hosted with nginx, from their live policy versions.</source>
        <translation>Der Policy-Host des Beraters: ein nginx, der mta-sts.&lt;Domain&gt; für jeden mit nginx gehosteten Auftrag aus dessen aktiver Policy-Version ausliefert.</translation>
    </message>
    <message>
        <source>sync --out DIR | status | set-host NAME</source>
        <translation>sync --out VERZEICHNIS | status | set-host NAME</translation>
    </message>
    <message>
        <source>The folder to write (sync).</source>
        <translation>Das zu schreibende Verzeichnis (sync).</translation>
    </message>
    <message>
        <source>Run this (sh -c) when a file changed; default: sh DIR/reload.sh (nginx -t and reload).</source>
        <translation>Dies ausführen (sh -c), wenn sich eine Datei geändert hat; Standard: sh VERZEICHNIS/reload.sh (nginx -t und Neuladen).</translation>
    </message>
    <message>
        <source>Only write the folder; run no reload command (sync).</source>
        <translation>Nur das Verzeichnis schreiben; keinen Befehl zum Neuladen ausführen (sync).</translation>
    </message>
    <message>
        <source>Where the folder is on the policy host (default: DIR).</source>
        <translation>Wo das Verzeichnis auf dem Policy-Host liegt (Standard: VERZEICHNIS).</translation>
    </message>
    <message>
        <source>The ACME webroot (default: DIR/acme).</source>
        <translation>Das ACME-Webroot (Standard: VERZEICHNIS/acme).</translation>
    </message>
    <message>
        <source>certbot's configuration folder (default: /etc/letsencrypt).</source>
        <translation>Konfigurationsverzeichnis von certbot (Standard: /etc/letsencrypt).</translation>
    </message>
    <message>
        <source>Where the deploy hooks install certificates (default: /etc/nginx/tls).</source>
        <translation>Wohin die Deploy-Hooks Zertifikate installieren (Standard: /etc/nginx/tls).</translation>
    </message>
    <message>
        <source>certbot's account address (default: postmaster@&lt;domain&gt;).</source>
        <translation>Konto-Adresse für certbot (Standard: postmaster@&lt;Domain&gt;).</translation>
    </message>
    <message>
        <source>An nginx listen value for HTTPS; repeatable (default: 443).</source>
        <translation>Ein nginx-listen-Wert für HTTPS; wiederholbar (Standard: 443).</translation>
    </message>
    <message>
        <source>An nginx listen value for ACME over HTTP; repeatable (default: 80).</source>
        <translation>Ein nginx-listen-Wert für ACME über HTTP; wiederholbar (Standard: 80).</translation>
    </message>
    <message>
        <source>Use “hosting sync --out DIR [--reload-command CMD]”, “hosting status” or “hosting set-host NAME”.</source>
        <translation>„hosting sync --out VERZEICHNIS [--reload-command BEFEHL]“, „hosting status“ oder „hosting set-host NAME“ verwenden.</translation>
    </message>
    <message>
        <source>Engagement the reports are for. Without --host: its stored mailbox (“stsdesk-cli mailbox set”), the password from the desktop keychain or --password-file.</source>
        <translation>Kundenprojekt, für das die Berichte sind. Ohne --host: sein gespeichertes Postfach („stsdesk-cli mailbox set“), das Passwort aus dem Schlüsselbund des Desktops oder aus --password-file.</translation>
    </message>
    <message>
        <source>--%1 goes with --host. The stored mailbox is changed with “stsdesk-cli mailbox set”.</source>
        <translation>--%1 gehört zu --host. Das gespeicherte Postfach ändern Sie mit „stsdesk-cli mailbox set“.</translation>
    </message>
    <message>
        <source>Engagement %1 has no mailbox.</source>
        <translation>Das Kundenprojekt %1 hat kein Postfach.</translation>
    </message>
    <message>
        <source>Mailbox of engagement %1</source>
        <translation>Postfach des Kundenprojekts %1</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>(STARTTLS)</source>
        <translation>(STARTTLS)</translation>
    </message>
    <message>
        <source>(implicit TLS)</source>
        <translation>(implizites TLS)</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>(system CA store)</source>
        <translation>(CA-Speicher des Systems)</translation>
    </message>
    <message>
        <source>Mark imported mail as seen:</source>
        <translation>Importierte Mails als gelesen markieren:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>in the desktop keychain</source>
        <translation>im Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>not in the desktop keychain</source>
        <translation>nicht im Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abruf:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>--tls takes implicit or starttls.</source>
        <translation>--tls nimmt implicit oder starttls.</translation>
    </message>
    <message>
        <source>--store-password and --password-file go together: the password is read from the file and stored in the desktop keychain.</source>
        <translation>--store-password und --password-file gehören zusammen: Das Passwort wird aus der Datei gelesen und im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>The mailbox is saved, but its password is not: %1</source>
        <translation>Das Postfach ist gespeichert, sein Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>Mailbox of engagement %1 saved: %2@%3:%4, folder %5.</source>
        <translation>Postfach des Kundenprojekts %1 gespeichert: %2@%3:%4, Ordner %5.</translation>
    </message>
    <message>
        <source>Password stored in the desktop keychain.</source>
        <translation>Passwort im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>Mailbox of engagement %1 removed.</source>
        <translation>Postfach des Kundenprojekts %1 entfernt.</translation>
    </message>
    <message>
        <source>The IMAP mailbox an engagement's TLS reports arrive in, synced with “imap-sync --engagement ID”. Its password lives in the desktop keychain, never in the workspace.</source>
        <translation>Das IMAP-Postfach, in dem die TLS-Berichte eines Kundenprojekts ankommen, abgerufen mit „imap-sync --engagement ID“. Sein Passwort liegt im Schlüsselbund des Desktops, nie im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>show ID | set ID | remove ID</source>
        <translation>show ID | set ID | remove ID</translation>
    </message>
    <message>
        <source>IMAP server (set).</source>
        <translation>IMAP-Server (set).</translation>
    </message>
    <message>
        <source>Port (set; default 993, or 143 with --tls starttls).</source>
        <translation>Port (set; Standard 993, mit --tls starttls 143).</translation>
    </message>
    <message>
        <source>implicit (IMAPS) or starttls (set; default implicit).</source>
        <translation>implicit (IMAPS) oder starttls (set; Standard implicit).</translation>
    </message>
    <message>
        <source>User name (set).</source>
        <translation>Benutzername (set).</translation>
    </message>
    <message>
        <source>Folder (set; default INBOX).</source>
        <translation>Ordner (set; Standard INBOX).</translation>
    </message>
    <message>
        <source>CA certificates (PEM) to trust; "" for the system store (set).</source>
        <translation>CA-Zertifikate (PEM), denen vertraut wird; "" für den Speicher des Systems (set).</translation>
    </message>
    <message>
        <source>Mark imported report mails as seen (set).</source>
        <translation>Importierte Bericht-Mails als gelesen markieren (set).</translation>
    </message>
    <message>
        <source>Leave imported report mails unread (set).</source>
        <translation>Importierte Bericht-Mails ungelesen lassen (set).</translation>
    </message>
    <message>
        <source>File whose first line is the password (set, with --store-password).</source>
        <translation>Datei, deren erste Zeile das Passwort ist (set, mit --store-password).</translation>
    </message>
    <message>
        <source>Store the password of --password-file in the desktop keychain (set).</source>
        <translation>Das Passwort aus --password-file im Schlüsselbund des Desktops speichern (set).</translation>
    </message>
    <message>
        <source>Also remove the password from the desktop keychain (remove).</source>
        <translation>Auch das Passwort aus dem Schlüsselbund des Desktops entfernen (remove).</translation>
    </message>
    <message>
        <source>Use “mailbox show ID”, “mailbox set ID --host HOST --user USER [--password-file FILE --store-password]” or “mailbox remove ID”.</source>
        <translation>Verwenden Sie „mailbox show ID“, „mailbox set ID --host HOST --user BENUTZER [--password-file DATEI --store-password]“ oder „mailbox remove ID“.</translation>
    </message>
    <message>
        <source>checked by %1</source>
        <translation>wird von %1 geprüft</translation>
    </message>
    <message>
        <source>not checked, the resolver cannot be used: %1</source>
        <translation>nicht geprüft, der Resolver ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>check failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Check engagements now: discovery against the stored scan, the served policy against the _mta-sts id, certificate expiry and DANE of every MX and the policy host, the failure rate of the reports and readiness. Exit code 0: nothing open; 4: findings open; 3: the resolver could not be used; 1: a check failed.</source>
        <translation>Engagements jetzt prüfen: Erkennung gegen den gespeicherten Scan, die ausgelieferte Richtlinie gegen die _mta-sts-ID, Zertifikatsablauf und DANE jedes MX und des Richtlinien-Hosts, die Fehlerquote der Berichte und die Bereitschaft. Exit-Code 0: nichts offen; 4: Befunde offen; 3: der Resolver war nicht nutzbar; 1: eine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Engagement IDs (or --all).</source>
        <translation>Engagement-IDs (oder --all).</translation>
    </message>
    <message>
        <source>Every engagement that is not archived.</source>
        <translation>Jedes nicht archivierte Engagement.</translation>
    </message>
    <message>
        <source>Engagements checked at once (default 4).</source>
        <translation>Gleichzeitig geprüfte Engagements (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Reach every policy host at HOST:PORT instead of resolving it.</source>
        <translation>Jeden Richtlinien-Host unter HOST:PORT erreichen, statt ihn aufzulösen.</translation>
    </message>
    <message>
        <source>Trust only the CAs in this PEM file (policy hosts and MX hosts).</source>
        <translation>Nur den CAs in dieser PEM-Datei vertrauen (Richtlinien-Hosts und MX-Hosts).</translation>
    </message>
    <message>
        <source>Seconds allowed for fetching a policy (default 30).</source>
        <translation>Sekunden für das Abrufen einer Richtlinie (Vorgabe 30).</translation>
    </message>
    <message>
        <source>SMTP port of the MX hosts (default 25).</source>
        <translation>SMTP-Port der MX-Hosts (Vorgabe 25).</translation>
    </message>
    <message>
        <source>How long a run holds an engagement against other desks (default 600).</source>
        <translation>Wie lange ein Lauf ein Engagement gegenüber anderen Arbeitsplätzen hält (Vorgabe 600).</translation>
    </message>
    <message>
        <source>“%1” is not an engagement ID.</source>
        <translation>„%1“ ist keine Engagement-ID.</translation>
    </message>
    <message>
        <source>Name engagement IDs or --all (not both).</source>
        <translation>Nennen Sie Engagement-IDs oder --all (nicht beides).</translation>
    </message>
    <message>
        <source>--jobs takes 1 to 64.</source>
        <translation>--jobs nimmt 1 bis 64.</translation>
    </message>
    <message>
        <source>--smtp-port takes a port number.</source>
        <translation>--smtp-port nimmt eine Portnummer.</translation>
    </message>
    <message>
        <source>--lease-seconds takes 1 to 86400.</source>
        <translation>--lease-seconds nimmt 1 bis 86400.</translation>
    </message>
    <message numerus="yes">
        <source>Monitor run %1 by %2: %n engagement(s)</source>
        <translation>
            <numerusform>Überwachungslauf %1 durch %2: %n Engagement</numerusform>
            <numerusform>Überwachungslauf %1 durch %2: %n Engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Would send %1 to %2: %3</source>
        <translation>Würde %1 an %2 senden: %3</translation>
    </message>
    <message>
        <source>Sent %1 to %2: %3</source>
        <translation>%1 an %2 gesendet: %3</translation>
    </message>
    <message>
        <source>Send the weekly summary to the customers of the given engagements.</source>
        <translation>Die Wochenübersicht an die Kunden der angegebenen Engagements senden.</translation>
    </message>
    <message>
        <source>Send each consultant a digest of the findings no mail has carried yet.</source>
        <translation>Jedem Berater einen Digest der Befunde senden, die noch keine Mail gemeldet hat.</translation>
    </message>
    <message>
        <source>Compose the mails; send and mark nothing.</source>
        <translation>Die Mails zusammenstellen; nichts senden und nichts markieren.</translation>
    </message>
    <message>
        <source>Print the composed messages too.</source>
        <translation>Die zusammengestellten Nachrichten auch ausgeben.</translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password.</source>
        <translation>Datei, deren erste Zeile das SMTP-Passwort ist.</translation>
    </message>
    <message>
        <source>Every engagement with weekly recipients.</source>
        <translation>Jedes Engagement mit Empfängern der Wochenübersicht.</translation>
    </message>
    <message>
        <source>Engagement IDs.</source>
        <translation>Engagement-IDs.</translation>
    </message>
    <message>
        <source>Name engagement IDs or --all.</source>
        <translation>Engagement-IDs oder --all angeben.</translation>
    </message>
    <message>
        <source>SMTP submission: %1 port %2, user %3</source>
        <translation>SMTP-Submission: %1 Port %2, Benutzer %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <source>Critical address: %1</source>
        <translation>Adresse für kritische Befunde: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Digest for %1: %2</source>
        <translation>Digest für %1: %2</translation>
    </message>
    <message>
        <source>(everyone else)</source>
        <translation>(alle anderen)</translation>
    </message>
    <message>
        <source>Show or change where and how the notification mails are sent. The SMTP password is never stored.</source>
        <translation>Anzeigen oder ändern, wohin und wie die Benachrichtigungsmails gesendet werden. Das SMTP-Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation>SMTP-Submission-Server.</translation>
    </message>
    <message>
        <source>Its port (587).</source>
        <translation>Sein Port (587).</translation>
    </message>
    <message>
        <source>SMTP user name ("" for none).</source>
        <translation>SMTP-Benutzername ("" für keinen).</translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation>Absenderadresse.</translation>
    </message>
    <message>
        <source>Where critical findings also go.</source>
        <translation>Wohin kritische Befunde zusätzlich gehen.</translation>
    </message>
    <message>
        <source>Language of the digest: en or de.</source>
        <translation>Sprache des Digests: en oder de.</translation>
    </message>
    <message>
        <source>Digest address, for one consultant as CONSULTANT=ADDRESS (repeatable).</source>
        <translation>Digest-Adresse, für einen Berater als BERATER=ADRESSE (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Weekly summary recipients of an engagement, ID=ADDRESS[,ADDRESS]; ID= stops them (repeatable).</source>
        <translation>Empfänger der Wochenübersicht eines Engagements, ID=ADRESSE[,ADRESSE]; ID= beendet sie (mehrfach möglich).</translation>
    </message>
    <message>
        <source>“%1” is not ID=ADDRESS.</source>
        <translation>„%1“ ist nicht ID=ADRESSE.</translation>
    </message>
    <message>
        <source>%1 never</source>
        <translation>%1 nie</translation>
    </message>
    <message>
        <source>%1 %2 d ago</source>
        <translation>%1 vor %2 T</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 T %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Failures 7 d / 28 d</source>
        <translation>Fehler 7 T / 28 T</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s).</source>
        <translation>
            <numerusform>%n Engagement.</numerusform>
            <numerusform>%n Engagements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring last ran %1 UTC.</source>
        <translation>Das Monitoring lief zuletzt am %1 UTC.</translation>
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation>Das Monitoring ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Every engagement at a glance: phase, readiness, reports, failure rate, certificates, drift and open findings.</source>
        <translation>Alle Engagements auf einen Blick: Phase, Bereitschaft, Berichte, Fehlerquote, Zertifikate, Abweichungen und offene Befunde.</translation>
    </message>
    <message>
        <source>Only the engagements that need attention.</source>
        <translation>Nur die Engagements, die Aufmerksamkeit brauchen.</translation>
    </message>
    <message>
        <source>Only the engagements assigned to me.</source>
        <translation>Nur die mir zugewiesenen Engagements.</translation>
    </message>
    <message>
        <source>Include archived engagements.</source>
        <translation>Archivierte Engagements einschließen.</translation>
    </message>
    <message>
        <source>Sort by COLUMN: %1.</source>
        <translation>Nach SPALTE sortieren: %1.</translation>
    </message>
    <message>
        <source>portfolio takes no arguments.</source>
        <translation>portfolio nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown column “%1”; sort by one of: %2.</source>
        <translation>Unbekannte Spalte „%1“; sortieren Sie nach einer von: %2.</translation>
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation>%1 und %2 geschrieben.</translation>
    </message>
    <message>
        <source>Start it with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now stsdesk-monitor.timer</source>
        <translation>Starten mit: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now stsdesk-monitor.timer</translation>
    </message>
    <message>
        <source>The SMTP password is not in the unit: the monitor reads it from the keychain.</source>
        <translation>Das SMTP-Passwort steht nicht in der Unit: das Monitoring liest es aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Install, remove or show the systemd user timer that runs the monitoring.</source>
        <translation>Den systemd-User-Timer installieren, entfernen oder anzeigen, der das Monitoring ausführt.</translation>
    </message>
    <message>
        <source>install, remove or status.</source>
        <translation>install, remove oder status.</translation>
    </message>
    <message>
        <source>When to run (systemd calendar, default daily).</source>
        <translation>Wann es läuft (systemd-Kalender, Standard daily).</translation>
    </message>
    <message>
        <source>Folder of the user units (default ~/.config/systemd/user).</source>
        <translation>Ordner der User-Units (Standard ~/.config/systemd/user).</translation>
    </message>
    <message>
        <source>Removed the monitoring timer. Run systemctl --user daemon-reload.</source>
        <translation>Monitoring-Timer entfernt. Führen Sie systemctl --user daemon-reload aus.</translation>
    </message>
    <message>
        <source>Installed (%1): %2</source>
        <translation>Installiert (%1): %2</translation>
    </message>
    <message>
        <source>Not installed.</source>
        <translation>Nicht installiert.</translation>
    </message>
    <message>
        <source>Usage: stsdesk-cli schedule install|remove|status.</source>
        <translation>Aufruf: stsdesk-cli schedule install|remove|status.</translation>
    </message>
    <message>
        <source>Store the PostgreSQL workspace password named by --database in libpq's password file (~/.pgpass, $PGPASSFILE or the URL's passfile=), mode 0600. The password is read from standard input or --password-file, never from the command line.</source>
        <translation>Speichert das Passwort des mit --database genannten PostgreSQL-Arbeitsbereichs in der Passwortdatei von libpq (~/.pgpass, $PGPASSFILE oder passfile= der URL), Modus 0600. Das Passwort wird von der Standardeingabe oder aus --password-file gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>store-password</source>
        <translation>store-password</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Name the action: store-password.</source>
        <translation>Nennen Sie die Aktion: store-password.</translation>
    </message>
    <message>
        <source>Name the PostgreSQL workspace with --database postgresql://user@host:port/database.</source>
        <translation>Nennen Sie den PostgreSQL-Arbeitsbereich mit --database postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>Stored the password for %1 in %2.</source>
        <translation>Das Passwort für %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Send the notification mails of the monitoring, or set where they go.</source>
        <translation>Die Benachrichtigungsmails der Überwachung senden oder festlegen, wohin sie gehen.</translation>
    </message>
    <message>
        <source>each consultant's digest of findings no mail has carried yet</source>
        <translation>die Sammelmail jedes Beraters mit den Befunden, die noch keine Mail gemeldet hat</translation>
    </message>
    <message>
        <source>the weekly summary of an engagement for its customer</source>
        <translation>die Wochenübersicht eines Kundenprojekts für den Kunden</translation>
    </message>
    <message>
        <source>SMTP server, sender and recipients (no password)</source>
        <translation>SMTP-Server, Absender und Empfänger (kein Passwort)</translation>
    </message>
    <message>
        <source>“stsdesk-cli notify ACTION --help” lists the options of an action.</source>
        <translation>„stsdesk-cli notify AKTION --help“ zeigt die Optionen einer Aktion.</translation>
    </message>
    <message>
        <source>Do not fetch new reports from the engagements' mailboxes first.</source>
        <translation>Vorher keine neuen Berichte aus den Postfächern der Kundenprojekte abholen.</translation>
    </message>
    <message>
        <source>Afterwards, mail each consultant the digest of new findings.</source>
        <translation>Danach jedem Berater die Sammelmail der neuen Befunde senden.</translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password (else the desktop keychain).</source>
        <translation>Datei, deren erste Zeile das SMTP-Passwort ist (sonst der Schlüsselbund des Desktops).</translation>
    </message>
    <message>
        <source>Instead of checking now: install the systemd user timer that runs “monitor --all --notify” every day.</source>
        <translation>Statt jetzt zu prüfen: den systemd-Benutzer-Timer einrichten, der täglich „monitor --all --notify“ ausführt.</translation>
    </message>
    <message>
        <source>With --install-timer: when it runs (systemd calendar, default daily).</source>
        <translation>Mit --install-timer: wann er läuft (systemd-Kalender, Standard: daily).</translation>
    </message>
    <message>
        <source>With --install-timer: the folder for the units (default ~/.config/systemd/user).</source>
        <translation>Mit --install-timer: der Ordner für die Units (Standard: ~/.config/systemd/user).</translation>
    </message>
    <message numerus="yes">
        <source>%n digest mail(s) sent.</source>
        <translation>
            <numerusform>%n Sammelmail gesendet.</numerusform>
            <numerusform>%n Sammelmails gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password (with --store-password).</source>
        <translation>Datei, deren erste Zeile das SMTP-Passwort ist (mit --store-password).</translation>
    </message>
    <message>
        <source>Store the password of --password-file in the desktop keychain, for the timer's runs.</source>
        <translation>Das Passwort aus --password-file im Schlüsselbund des Desktops ablegen, für die Läufe des Timers.</translation>
    </message>
    <message>
        <source>--store-password and --password-file go together.</source>
        <translation>--store-password und --password-file gehören zusammen.</translation>
    </message>
    <message>
        <source>Set the SMTP user (--user) before storing its password.</source>
        <translation>Legen Sie zuerst den SMTP-Benutzer fest (--user), dann sein Passwort.</translation>
    </message>
    <message>
        <source>Store it once with “stsdesk-cli notify settings --password-file FILE --store-password”, or give --password-file.</source>
        <translation>Legen Sie es einmal mit „stsdesk-cli notify settings --password-file DATEI --store-password“ ab oder geben Sie --password-file an.</translation>
    </message>
    <message>
        <source>The desktop keychain holds no SMTP password for %1 at %2.</source>
        <translation>Der Schlüsselbund des Desktops enthält kein SMTP-Passwort für %1 auf %2.</translation>
    </message>
    <message>
        <source>Send a short test mail through the saved SMTP settings.</source>
        <translation>Eine kurze Test-Mail über die gespeicherten SMTP-Einstellungen senden.</translation>
    </message>
    <message>
        <source>Recipient (default: the default digest address, else the sender).</source>
        <translation>Empfänger (Standard: die Standard-Digest-Adresse, sonst der Absender).</translation>
    </message>
    <message>
        <source>Sent a test mail to %1.</source>
        <translation>Test-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Usage: stsdesk-cli notify digest|weekly|settings|test [options]</source>
        <translation>Aufruf: stsdesk-cli notify digest|weekly|settings|test [Optionen]</translation>
    </message>
    <message>
        <source>a short test mail through those settings</source>
        <translation>eine kurze Test-Mail über diese Einstellungen</translation>
    </message>
    <message>
        <source>Usage: stsdesk-cli notify digest|weekly|settings|test … (--help after the action).</source>
        <translation>Aufruf: stsdesk-cli notify digest|weekly|settings|test … (--help nach der Aktion).</translation>
    </message>
</context>
<context>
    <name>sts::cli::Options</name>
    <message>
        <source>Write the files below this folder (write).</source>
        <translation>Die Dateien unterhalb dieses Ordners schreiben (write).</translation>
    </message>
    <message>
        <source>Overwrite files that already exist (write).</source>
        <translation>Bereits vorhandene Dateien überschreiben (write).</translation>
    </message>
    <message>
        <source>auto (from the latest discovery), on or off: whether the deploy hooks guard the TLSA key.</source>
        <translation>auto (aus der letzten Erkennung), on oder off: ob die Deploy-Hooks den TLSA-Schlüssel schützen.</translation>
    </message>
    <message>
        <source>nginx webroot for the policy and ACME challenges.</source>
        <translation>nginx-Webroot für die Richtlinie und die ACME-Challenges.</translation>
    </message>
    <message>
        <source>Where the hooks and the alert script are installed.</source>
        <translation>Wohin die Hooks und das Warnskript installiert werden.</translation>
    </message>
    <message>
        <source>Where the deploy hooks install keys and certificates.</source>
        <translation>Wohin die Deploy-Hooks Schlüssel und Zertifikate installieren.</translation>
    </message>
    <message>
        <source>certbot's configuration folder.</source>
        <translation>Konfigurationsordner von certbot.</translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation>Die Maildomain.</translation>
    </message>
    <message>
        <source>A TLS-RPT report address (mailto: or https:); repeatable.</source>
        <translation>Eine TLS-RPT-Berichtsadresse (mailto: oder https:); wiederholbar.</translation>
    </message>
    <message>
        <source>An MX host that gets TLSA records; repeatable.</source>
        <translation>Ein MX-Host, der TLSA-Records erhält; wiederholbar.</translation>
    </message>
    <message>
        <source>SPKI SHA-256 digest for an MX host, published as “3 1 1”; give a second one for the staged key during a rollover.</source>
        <translation>SPKI-SHA-256-Digest für einen MX-Host, veröffentlicht als „3 1 1“; während eines Rollovers einen zweiten für den vorbereiteten Schlüssel angeben.</translation>
    </message>
    <message>
        <source>Also publish _smtp._tls.&lt;mx&gt; for every MX host (DANE).</source>
        <translation>Zusätzlich _smtp._tls.&lt;mx&gt; für jeden MX-Host veröffentlichen (DANE).</translation>
    </message>
    <message>
        <source>mta-sts.&lt;domain&gt; is a CNAME to this host.</source>
        <translation>mta-sts.&lt;domain&gt; ist ein CNAME auf diesen Host.</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address of mta-sts.&lt;domain&gt;; repeatable.</source>
        <translation>Eine IPv4- oder IPv6-Adresse von mta-sts.&lt;domain&gt;; wiederholbar.</translation>
    </message>
    <message>
        <source>TTL of every record in seconds.</source>
        <translation>TTL aller Records in Sekunden.</translation>
    </message>
    <message>
        <source>nsupdate: the server's port.</source>
        <translation>nsupdate: der Port des Servers.</translation>
    </message>
    <message>
        <source>nsupdate: the zone (default: the domain).</source>
        <translation>nsupdate: die Zone (Standard: die Domain).</translation>
    </message>
    <message>
        <source>nsupdate: a file holding the TSIG key as “[algorithm:]name:secret” (kept off the command line, where other users could read it).</source>
        <translation>nsupdate: eine Datei mit dem TSIG-Schlüssel als „[algorithm:]name:secret“ (nicht auf der Kommandozeile, wo andere Benutzer ihn lesen könnten).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Output format, one of the formats listed above.</source>
        <translation>Ausgabeformat, eines der oben aufgeführten Formate.</translation>
    </message>
    <message>
        <source>Export what this engagement in the workspace publishes (its publish plan, as the wizard, the artifacts and the runbook show it); the options below replace parts.</source>
        <translation>Exportieren, was dieses Kundenprojekt im Arbeitsbereich veröffentlicht (seinen Veröffentlichungsplan, wie ihn Assistent, Artefakte und Runbook zeigen); die folgenden Optionen ersetzen Teile davon.</translation>
    </message>
    <message>
        <source>postfix or exim, for this run; default: the engagement's settings (engagement settings ID), else postfix.</source>
        <translation>postfix oder exim, für diesen Lauf; Standard: die Einstellungen des Kundenprojekts (engagement settings ID), sonst postfix.</translation>
    </message>
    <message>
        <source>Address for expiry notices (30 days left) and certbot's account mail; default: the engagement's settings, else postmaster@&lt;domain&gt;.</source>
        <translation>Adresse für Ablaufhinweise (noch 30 Tage) und für das certbot-Konto; Standard: die Einstellungen des Kundenprojekts, sonst postmaster@&lt;domain&gt;.</translation>
    </message>
    <message>
        <source>Address for expiry escalations (14 days left); default the notice address.</source>
        <translation>Adresse für die Eskalation vor dem Ablauf (noch 14 Tage); Standard: die Hinweisadresse.</translation>
    </message>
    <message>
        <source>Address for critical expiry alerts (7 days left, expired or missing); default the escalation address.</source>
        <translation>Adresse für kritische Ablaufwarnungen (noch 7 Tage, abgelaufen oder fehlend); Standard: die Eskalationsadresse.</translation>
    </message>
    <message>
        <source>The policy version whose id the _mta-sts record carries (push: the one about to be published; default the live version).</source>
        <translation>Die Richtlinienversion, deren id der _mta-sts-Eintrag trägt (push: die zu veröffentlichende; Standard die Live-Version).</translation>
    </message>
    <message>
        <source>nsupdate and push: the primary server to update (push: HOST[:PORT], port 53 by default).</source>
        <translation>nsupdate und push: der primäre Server, der geändert wird (push: HOST[:PORT], Standard-Port 53).</translation>
    </message>
    <message>
        <source>push: the TSIG key file (BIND key block, keymgr -t output or “[algorithm:]name:secret”), readable by its owner only.</source>
        <translation>push: die TSIG-Schlüsseldatei (BIND-key-Block, Ausgabe von keymgr -t oder „[algorithmus:]name:geheimnis“), nur für ihren Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>Policy hosting: nginx, cloudflare-pages, cloudflare-worker, github-pages or external (Apache), for this run; default: the engagement's settings.</source>
        <translation>Hosting der Richtlinie: nginx, cloudflare-pages, cloudflare-worker, github-pages oder external (Apache), nur für diesen Lauf; Standard: die Einstellungen des Kundenprojekts.</translation>
    </message>
    <message>
        <source>File holding the TSIG secret (base64) for the dns-rfc2136 credentials file (write); without it the file gets a placeholder. The secret is never stored.</source>
        <translation>Datei mit dem TSIG-Geheimnis (Base64) für die Zugangsdatei von dns-rfc2136 (write); ohne sie erhält die Datei einen Platzhalter. Das Geheimnis wird nie gespeichert.</translation>
    </message>
</context>
<context>
    <name>sts::cli::assignments</name>
    <message>
        <source>Engagement %1 is not assigned.</source>
        <translation>Kundenprojekt %1 ist niemandem zugewiesen.</translation>
    </message>
    <message>
        <source>Engagement %1 is assigned to %2.</source>
        <translation>Kundenprojekt %1 ist %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Zugewiesen an:</translation>
    </message>
</context>
<context>
    <name>sts::cli::report</name>
    <message>
        <source>(kept before)</source>
        <translation>(zuvor behalten)</translation>
    </message>
    <message>
        <source>(discarded before)</source>
        <translation>(zuvor verworfen)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>imported %1 from %2</source>
        <translation>importiert %1 aus %2</translation>
    </message>
    <message>
        <source>No reports in conflict.</source>
        <translation>Keine Berichte im Konflikt.</translation>
    </message>
    <message>
        <source>Keep one version with “stsdesk-cli report keep VERSION”; until then none of them is counted.</source>
        <translation>Behalten Sie eine Version mit „stsdesk-cli report keep VERSION“; bis dahin wird keine davon gezählt.</translation>
    </message>
    <message>
        <source>Report %1 now counts with version %2; the other versions are discarded.</source>
        <translation>Bericht %1 zählt jetzt mit Version %2; die anderen Versionen sind verworfen.</translation>
    </message>
</context>
<context>
    <name>sts::cli::reportdomains</name>
    <message>
        <source>Every stored report belongs to an engagement.</source>
        <translation>Jeder gespeicherte Bericht gehört zu einem Kundenprojekt.</translation>
    </message>
    <message>
        <source>Reports for domains no engagement holds (counted in no engagement):</source>
        <translation>Berichte für Domains, die kein Kundenprojekt hat (in keinem Kundenprojekt gezählt):</translation>
    </message>
    <message>
        <source>DOMAIN	REPORTS	DAYS	FIRST	LAST	ORGANISATIONS</source>
        <translation>DOMAIN	BERICHTE	TAGE	ERSTER	LETZTER	ORGANISATIONEN</translation>
    </message>
    <message>
        <source>Give a domain to an engagement with “stsdesk-cli engagement add-domain ID DOMAIN”.</source>
        <translation>Ordnen Sie eine Domain mit „stsdesk-cli engagement add-domain ID DOMAIN“ einem Kundenprojekt zu.</translation>
    </message>
    <message>
        <source>Engagement %1 takes the reports for %2 now.</source>
        <translation>Kundenprojekt %1 übernimmt jetzt die Berichte für %2.</translation>
    </message>
    <message>
        <source>Engagement %1 no longer takes the reports for %2.</source>
        <translation>Kundenprojekt %1 übernimmt die Berichte für %2 nicht mehr.</translation>
    </message>
    <message>
        <source>Also takes the reports for:</source>
        <translation>Übernimmt auch die Berichte für:</translation>
    </message>
</context>
<context>
    <name>sts::dane::DaneMatcher</name>
    <message>
        <source>The server presented no certificate</source>
        <translation>Der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: usages 0 and 1 are not used with SMTP</source>
        <translation>%1: Usage 0 und 1 werden bei SMTP nicht verwendet</translation>
    </message>
    <message>
        <source>%1: does not match the server certificate</source>
        <translation>%1: passt nicht zum Serverzertifikat</translation>
    </message>
    <message>
        <source>%1: no certificate in the served chain matches</source>
        <translation>%1: kein Zertifikat der ausgelieferten Kette passt</translation>
    </message>
    <message>
        <source>%1: the certificate does not name “%2”</source>
        <translation>%1: das Zertifikat nennt „%2“ nicht</translation>
    </message>
    <message>
        <source>There are no TLSA records</source>
        <translation>Es gibt keine TLSA-Records</translation>
    </message>
</context>
<context>
    <name>sts::dane::RolloverPlan</name>
    <message>
        <source>The next key is the current key; stage a new key first</source>
        <translation>Der nächste Schlüssel ist der aktuelle Schlüssel; bereiten Sie zuerst einen neuen Schlüssel vor</translation>
    </message>
    <message>
        <source>The TTL must be positive</source>
        <translation>Die TTL muss positiv sein</translation>
    </message>
    <message>
        <source>Publish both TLSA records (current and next key) for %1.</source>
        <translation>Beide TLSA-Records (aktueller und nächster Schlüssel) für %1 veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>After at least twice the TTL (%n second(s)), switch the server to the next key.</source>
        <translation>
            <numerusform>Nach mindestens der doppelten TTL (%n Sekunde) den Server auf den nächsten Schlüssel umstellen.</numerusform>
            <numerusform>Nach mindestens der doppelten TTL (%n Sekunden) den Server auf den nächsten Schlüssel umstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>After another two TTLs, remove the old key’s record; stage a new next key before the following rollover.</source>
        <translation>Nach zwei weiteren TTLs den Record des alten Schlüssels entfernen; vor dem folgenden Rollover einen neuen nächsten Schlüssel vorbereiten.</translation>
    </message>
</context>
<context>
    <name>sts::dane::TlsaRecord</name>
    <message>
        <source>“%1” is not TLSA record data (“usage selector type hex”)</source>
        <translation>„%1“ sind keine TLSA-Record-Daten („usage selector type hex“)</translation>
    </message>
    <message>
        <source>The hex data has an odd number of digits</source>
        <translation>Die Hex-Daten haben eine ungerade Anzahl an Ziffern</translation>
    </message>
    <message>
        <source>TLSA fields are numbers from 0 to 255</source>
        <translation>TLSA-Felder sind Zahlen von 0 bis 255</translation>
    </message>
    <message>
        <source>Unknown certificate usage %1</source>
        <translation>Unbekannte Certificate Usage %1</translation>
    </message>
    <message>
        <source>Unknown selector %1</source>
        <translation>Unbekannter Selector %1</translation>
    </message>
    <message>
        <source>Unknown matching type %1</source>
        <translation>Unbekannter Matching Type %1</translation>
    </message>
    <message>
        <source>The record carries no data</source>
        <translation>Der Record enthält keine Daten</translation>
    </message>
    <message>
        <source>A SHA-%1 digest has %2 hex digits, this one has %3</source>
        <translation>Ein SHA-%1-Digest hat %2 Hex-Ziffern, dieser hat %3</translation>
    </message>
    <message>
        <source>The digest is that of empty input: the certificate or key was not read</source>
        <translation>Der Digest ist der einer leeren Eingabe: Zertifikat oder Schlüssel wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>sts::deploy</name>
    <message>
        <source>The current policy file (%1).</source>
        <translation>Die aktuelle Richtliniendatei (%1).</translation>
    </message>
    <message>
        <source>The enforce policy file, for the switch after testing.</source>
        <translation>Die Enforce-Richtliniendatei für die Umstellung nach der Testphase.</translation>
    </message>
    <message>
        <source>The mode none policy file, for removing MTA-STS.</source>
        <translation>Die Richtliniendatei mit mode none, zum Entfernen von MTA-STS.</translation>
    </message>
    <message>
        <source>The _mta-sts TXT values of the three policy versions.</source>
        <translation>Die _mta-sts-TXT-Werte der drei Richtlinienversionen.</translation>
    </message>
    <message>
        <source>Why no DNS exports could be made.</source>
        <translation>Warum keine DNS-Exporte erstellt werden konnten.</translation>
    </message>
    <message>
        <source>The DNS records (%1 format).</source>
        <translation>Die DNS-Einträge (Format %1).</translation>
    </message>
    <message>
        <source>nginx server blocks for mta-sts.%1 (sites-available).</source>
        <translation>nginx-Serverblöcke für mta-sts.%1 (sites-available).</translation>
    </message>
    <message>
        <source>The policy file as nginx serves it, below the webroot.</source>
        <translation>Die Richtliniendatei, wie nginx sie ausliefert, unterhalb des Webroots.</translation>
    </message>
    <message>
        <source>Obtains the certificate of mta-sts.%1 with certbot.</source>
        <translation>Holt das Zertifikat für mta-sts.%1 mit certbot.</translation>
    </message>
    <message>
        <source>certbot deploy hook: installs the certificate and reloads nginx.</source>
        <translation>certbot-Deploy-Hook: installiert das Zertifikat und lädt nginx neu.</translation>
    </message>
    <message>
        <source>Obtains the certificate of the MX host %1 with certbot.</source>
        <translation>Holt das Zertifikat des MX-Hosts %1 mit certbot.</translation>
    </message>
    <message>
        <source>certbot deploy hook: checks the key against the TLSA records, installs the certificate, reloads the MTA.</source>
        <translation>certbot-Deploy-Hook: prüft den Schlüssel gegen die TLSA-Einträge, installiert das Zertifikat und lädt den MTA neu.</translation>
    </message>
    <message>
        <source>certbot deploy hook: installs the certificate and reloads the MTA.</source>
        <translation>certbot-Deploy-Hook: installiert das Zertifikat und lädt den MTA neu.</translation>
    </message>
    <message>
        <source>Keys the deploy hook of %1 may install (TLSA 3 1 1 digests).</source>
        <translation>Schlüssel, die der Deploy-Hook von %1 installieren darf (TLSA-3-1-1-Hashwerte).</translation>
    </message>
    <message>
        <source>Postfix main.cf lines for %1.</source>
        <translation>Postfix-main.cf-Zeilen für %1.</translation>
    </message>
    <message>
        <source>Exim TLS settings for %1.</source>
        <translation>Exim-TLS-Einstellungen für %1.</translation>
    </message>
    <message>
        <source>systemd timer: runs the service twice a day.</source>
        <translation>systemd-Timer: startet den Dienst zweimal täglich.</translation>
    </message>
    <message>
        <source>What each file is for, and the order.</source>
        <translation>Wozu jede Datei dient, und die Reihenfolge.</translation>
    </message>
    <message>
        <source>“%1” is not a relative path inside the folder.</source>
        <translation>„%1“ ist kein relativer Pfad innerhalb des Ordners.</translation>
    </message>
    <message>
        <source>The folder “%1” already holds %2; nothing was written. Choose another folder or allow overwriting.</source>
        <translation>Der Ordner „%1“ enthält bereits %2; es wurde nichts geschrieben. Wählen Sie einen anderen Ordner oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is run by a provider (%2): its certificate is not renewed here.</source>
        <translation>%1 wird von einem Anbieter betrieben (%2): sein Zertifikat wird hier nicht erneuert.</translation>
    </message>
    <message>
        <source>No discovery has been run for this engagement: no MX host certificates, TLSA records or TLS-RPT address are included.</source>
        <translation>Für dieses Kundenprojekt wurde noch keine Erkennung ausgeführt: MX-Zertifikate, TLSA-Einträge und TLS-RPT-Adresse fehlen.</translation>
    </message>
    <message>
        <source>The engagement has no policy version and its discovery found no MX host to put into one. Run a discovery or generate a policy first.</source>
        <translation>Das Kundenprojekt hat keine Richtlinienversion, und die Erkennung hat keinen MX-Host dafür gefunden. Führen Sie zuerst eine Erkennung aus oder erzeugen Sie eine Richtlinie.</translation>
    </message>
    <message>
        <source>No TLS-RPT address was found: the _smtp._tls record is missing from the DNS exports. Add one (rua=mailto:…) to receive reports.</source>
        <translation>Keine TLS-RPT-Adresse gefunden: Der _smtp._tls-Eintrag fehlt in den DNS-Exporten. Fügen Sie einen hinzu (rua=mailto:…), um Berichte zu erhalten.</translation>
    </message>
    <message>
        <source>systemd service for %1: certbot renew, then the expiry alert for the certificate of %1.</source>
        <translation>systemd-Dienst für %1: certbot renew, danach die Ablaufwarnung für das Zertifikat von %1.</translation>
    </message>
    <message>
        <source>Mails the notice, escalation or critical address when a certificate reaches 30, 14 or 7 days from expiry, once per level.</source>
        <translation>Schreibt an die Hinweis-, Eskalations- oder Notfalladresse, wenn ein Zertifikat 30, 14 oder 7 Tage vor dem Ablauf steht, einmal je Stufe.</translation>
    </message>
    <message>
        <source>No policy version was stored yet: the testing policy %1 was made from the discovered MX hosts. Save it in STS Desk before publishing (stsdesk-cli policy new), so that its publication can be verified.</source>
        <translation>Es wurde noch keine Richtlinienversion gespeichert: Die Testing-Richtlinie %1 wurde aus den gefundenen MX-Hosts erstellt. Speichern Sie sie vor dem Veröffentlichen in STS Desk (stsdesk-cli policy new), damit ihre Veröffentlichung verifiziert werden kann.</translation>
    </message>
    <message>
        <source>Apache virtual hosts for mta-sts.%1 (sites-available).</source>
        <translation>Apache-VirtualHosts für mta-sts.%1 (sites-available).</translation>
    </message>
    <message>
        <source>Obtains the certificate of mta-sts.%1 with certbot; renewals reload Apache.</source>
        <translation>Holt das Zertifikat von mta-sts.%1 mit certbot; nach jeder Erneuerung wird Apache neu geladen.</translation>
    </message>
    <message>
        <source>The policy file as Apache serves it, below the webroot.</source>
        <translation>Die Richtliniendatei, wie Apache sie ausliefert, unterhalb des Webroots.</translation>
    </message>
    <message>
        <source>Cloudflare Pages site for mta-sts.%1.</source>
        <translation>Cloudflare-Pages-Site für mta-sts.%1.</translation>
    </message>
    <message>
        <source>GitHub Pages site for mta-sts.%1 (Jekyll keeps .well-known).</source>
        <translation>GitHub-Pages-Site für mta-sts.%1 (Jekyll behält .well-known).</translation>
    </message>
    <message>
        <source>Cloudflare Worker serving only the policy of mta-sts.%1.</source>
        <translation>Cloudflare Worker, der nur die Richtlinie von mta-sts.%1 ausliefert.</translation>
    </message>
    <message>
        <source>wrangler configuration: the Worker on the custom domain mta-sts.%1.</source>
        <translation>wrangler-Konfiguration: der Worker auf der eigenen Domain mta-sts.%1.</translation>
    </message>
    <message>
        <source>certbot dns-rfc2136 credentials (TSIG key) for %1; fill in the secret, keep it mode 600.</source>
        <translation>Zugangsdaten für certbots dns-rfc2136 (TSIG-Schlüssel) für %1; das Geheimnis eintragen, Modus 600 beibehalten.</translation>
    </message>
    <message>
        <source>The TSIG secret must be one line of base64, as in the DNS server's key definition.</source>
        <translation>Das TSIG-Geheimnis muss eine Zeile Base64 sein, wie in der Schlüsseldefinition des DNS-Servers.</translation>
    </message>
    <message>
        <source>No certificate of %1 uses the dns-rfc2136 challenge, so there is no credentials file for a TSIG secret.</source>
        <translation>Kein Zertifikat von %1 verwendet die Challenge dns-rfc2136, daher gibt es keine Zugangsdatei für ein TSIG-Geheimnis.</translation>
    </message>
</context>
<context>
    <name>sts::deploy::FolderSync</name>
    <message>
        <source>Could not remove “%1”.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>sts::deploy::StaticPagesBundle</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>sts::dns</name>
    <message>
        <source>Discovery was cancelled.</source>
        <translation>Die Bestandsaufnahme wurde abgebrochen.</translation>
    </message>
    <message>
        <source>MX target “%1” is an IP address; MX records must name a host (RFC 5321 §5.1).</source>
        <translation>MX-Ziel „%1“ ist eine IP-Adresse; MX-Records müssen einen Host nennen (RFC 5321 §5.1).</translation>
    </message>
    <message>
        <source>“%1” is run by %2.</source>
        <translation>„%1“ wird von %2 betrieben.</translation>
    </message>
    <message>
        <source>MX target “%1” is a CNAME (to “%2”); MX records must name the host itself (RFC 2181 §10.3).</source>
        <translation>MX-Ziel „%1“ ist ein CNAME (auf „%2“); MX-Records müssen den Host selbst nennen (RFC 2181 §10.3).</translation>
    </message>
    <message>
        <source>The addresses of “%1” could not be looked up: %2</source>
        <translation>Die Adressen von „%1“ konnten nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>MX host “%1” has no A or AAAA record; mail cannot be delivered to it.</source>
        <translation>MX-Host „%1“ hat keinen A- oder AAAA-Record; Mail kann nicht an ihn zugestellt werden.</translation>
    </message>
    <message>
        <source>DNSSEC for “%1” is bogus (%2): DANE senders will defer mail to it.</source>
        <translation>DNSSEC für „%1“ ist fehlerhaft (bogus; %2): DANE-Absender stellen die Zustellung an ihn zurück.</translation>
    </message>
    <message>
        <source>The MX RRset is not signed, but “%1” lives in a signed zone: DANE still applies to it (RFC 7672 §2.2.1).</source>
        <translation>Das MX-RRset ist nicht signiert, aber „%1“ liegt in einer signierten Zone: DANE gilt trotzdem (RFC 7672 §2.2.1).</translation>
    </message>
    <message>
        <source>“%1” does not exist in DNS.</source>
        <translation>„%1“ existiert nicht im DNS.</translation>
    </message>
    <message>
        <source>The MX RRset of “%1” fails DNSSEC validation: %2</source>
        <translation>Das MX-RRset von „%1“ besteht die DNSSEC-Validierung nicht: %2</translation>
    </message>
    <message>
        <source>“%1” publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation>„%1“ veröffentlicht einen Null-MX (RFC 7505): die Domain nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>“%1” has no MX records; senders use its own A/AAAA records instead.</source>
        <translation>„%1“ hat keine MX-Records; Absender verwenden stattdessen die A/AAAA-Records der Domain selbst.</translation>
    </message>
    <message>
        <source>MX host “%1” is listed %2 times.</source>
        <translation>MX-Host „%1“ ist %2-mal eingetragen.</translation>
    </message>
    <message>
        <source>A TXT record exists at the draft name “_smtp-tlsrpt.%1”; senders only read “_smtp._tls.%1” (RFC 8460 §3).</source>
        <translation>Unter dem Entwurfsnamen „_smtp-tlsrpt.%1“ existiert ein TXT-Record; Absender lesen nur „_smtp._tls.%1“ (RFC 8460 §3).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>nutzbar</translation>
    </message>
    <message>
        <source>possible (no usable TLSA record yet)</source>
        <translation>möglich (noch kein nutzbarer TLSA-Record)</translation>
    </message>
    <message>
        <source>not possible (unsigned)</source>
        <translation>nicht möglich (unsigniert)</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>defekt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>MX host %1 (priority %2) was removed.</source>
        <translation>MX-Host %1 (Priorität %2) wurde entfernt.</translation>
    </message>
    <message>
        <source>MX host %1 (priority %2) was added; addresses: %3.</source>
        <translation>MX-Host %1 (Priorität %2) wurde hinzugefügt; Adressen: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>TLSA record “%1” carries the SHA-256 of empty input, not of a key.</source>
        <translation>TLSA-Record „%1“ enthält den SHA-256 einer leeren Eingabe, nicht eines Schlüssels.</translation>
    </message>
    <message>
        <source>TLSA record “%1” has a %2-byte digest; matching type %3 needs %4.</source>
        <translation>TLSA-Record „%1“ hat einen %2-Byte-Digest; Matching Type %3 erfordert %4.</translation>
    </message>
    <message>
        <source>TLSA record “%1” uses usage %2 (PKIX), which senders ignore on port 25 (RFC 7672 §3.1.3); publish “3 1 1”.</source>
        <translation>TLSA-Record „%1“ verwendet Usage %2 (PKIX), die Absender auf Port 25 ignorieren (RFC 7672 §3.1.3); veröffentlichen Sie „3 1 1“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>Keine Verbindung zu %1: %2.</translation>
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation>%1 hat innerhalb von %2 s keine Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Sending to %1 failed: %2.</source>
        <translation>Senden an %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 does not take the message.</source>
        <translation>%1 nimmt die Nachricht nicht an.</translation>
    </message>
    <message>
        <source>%1 closed the connection before it answered.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>“%1” is not HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation>„%1“ ist weder HOST noch HOST:PORT noch [IPv6]:PORT.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The DNS server name “%1” does not resolve.</source>
        <translation>Der DNS-Servername „%1“ lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>Cannot form the record “%1”</source>
        <translation>Der Record „%1“ kann nicht gebildet werden</translation>
    </message>
    <message>
        <source>%1 refused the update of %2: updates are not allowed there, or not for this key.</source>
        <translation>%1 hat das Update von %2 abgelehnt: Updates sind dort nicht erlaubt oder nicht für diesen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not authoritative for %2 (not its primary), or does not accept this key for it.</source>
        <translation>%1 ist für %2 nicht autoritativ (nicht ihr primärer Server) oder nimmt diesen Schlüssel dafür nicht an.</translation>
    </message>
    <message>
        <source>A record of the update lies outside the zone %1 (%2 answered NOTZONE); check the zone name.</source>
        <translation>Ein Record des Updates liegt außerhalb der Zone %1 (%2 antwortete NOTZONE); prüfen Sie den Zonennamen.</translation>
    </message>
    <message>
        <source>%1 did not apply the update of %2 (it answered %3).</source>
        <translation>%1 hat das Update von %2 nicht übernommen (Antwort: %3).</translation>
    </message>
    <message>
        <source>%1 does not accept the TSIG key “%2” (%3) for %4 (BADKEY): it does not know the key, or the key may not update this zone.</source>
        <translation>%1 nimmt den TSIG-Schlüssel „%2“ (%3) für %4 nicht an (BADKEY): Er kennt den Schlüssel nicht, oder der Schlüssel darf diese Zone nicht ändern.</translation>
    </message>
    <message>
        <source>%1 refused the update because its clock and this computer's differ by more than %2 seconds (BADTIME).</source>
        <translation>%1 hat das Update abgelehnt, weil seine Uhr und die dieses Computers um mehr als %2 Sekunden voneinander abweichen (BADTIME).</translation>
    </message>
    <message>
        <source>%1 rejected the signature of the update (BADSIG): the secret of the key “%2” does not match the server's.</source>
        <translation>%1 hat die Signatur des Updates abgelehnt (BADSIG): Das Geheimnis des Schlüssels „%2“ stimmt nicht mit dem des Servers überein.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be read.</source>
        <translation>Die Antwort von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The answer from %1 does not belong to the update.</source>
        <translation>Die Antwort von %1 gehört nicht zu dem Update.</translation>
    </message>
    <message>
        <source>%1 answered the update without a TSIG signature; whether the zone changed is not known.</source>
        <translation>%1 hat das Update ohne TSIG-Signatur beantwortet; ob sich die Zone geändert hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The answer of %1 is not signed with the key “%2”; whether the zone changed is not known.</source>
        <translation>Die Antwort von %1 ist nicht mit dem Schlüssel „%2“ signiert; ob sich die Zone geändert hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid zone name.</source>
        <translation>„%1“ ist kein gültiger Zonenname.</translation>
    </message>
    <message>
        <source>Cannot sign the update with the key “%1”</source>
        <translation>Das Update kann nicht mit dem Schlüssel „%1“ signiert werden</translation>
    </message>
    <message>
        <source>Cannot encode the update.</source>
        <translation>Das Update kann nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot encode a query for “%1”.</source>
        <translation>Für „%1“ kann keine Anfrage kodiert werden.</translation>
    </message>
    <message>
        <source>The answer from %1 does not match the question “%2”.</source>
        <translation>Die Antwort von %1 passt nicht zur Frage „%2“.</translation>
    </message>
    <message>
        <source>%1 answered %2 when asked for %3 %4.</source>
        <translation>%1 antwortete %2 auf die Frage nach %3 %4.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>Cannot read the TSIG key file “%1”.</source>
        <translation>Die TSIG-Schlüsseldatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TSIG key file “%1” can be read by every user of this computer (mode %2). Make it the owner's alone (chmod 600) and create a new key: the secret may have been read.</source>
        <translation>Die TSIG-Schlüsseldatei „%1“ kann von jedem Benutzer dieses Computers gelesen werden (Modus %2). Machen Sie sie nur für den Eigentümer lesbar (chmod 600) und erzeugen Sie einen neuen Schlüssel: Das Geheimnis kann gelesen worden sein.</translation>
    </message>
    <message>
        <source>“%1” holds no TSIG key (expected BIND’s key "name" { … }; block, keymgr -t output or a line algorithm:name:secret).</source>
        <translation>„%1“ enthält keinen TSIG-Schlüssel (erwartet: einen BIND-Block key "name" { … };, eine Ausgabe von keymgr -t oder eine Zeile algorithmus:name:geheimnis).</translation>
    </message>
    <message>
        <source>“%1” holds %2 TSIG keys; give a file with the one for this zone.</source>
        <translation>„%1“ enthält %2 TSIG-Schlüssel; geben Sie eine Datei mit dem Schlüssel für diese Zone an.</translation>
    </message>
    <message>
        <source>The TSIG key “%1” uses %2; STS Desk signs updates with hmac-sha256 or hmac-sha512.</source>
        <translation>Der TSIG-Schlüssel „%1“ verwendet %2; STS Desk signiert Updates mit hmac-sha256 oder hmac-sha512.</translation>
    </message>
    <message>
        <source>The secret of the TSIG key “%1” in “%2” is not base64.</source>
        <translation>Das Geheimnis des TSIG-Schlüssels „%1“ in „%2“ ist kein Base64.</translation>
    </message>
    <message>
        <source>The MX records of “%1” could not be looked up: %2 This is a lookup problem, not a finding about the zone: scan again, or use another DNS resolver.</source>
        <translation>Die MX-Records von „%1“ konnten nicht abgefragt werden: %2 Das ist ein Problem der Abfrage, kein Befund über die Zone: Scannen Sie erneut oder verwenden Sie einen anderen DNS-Resolver.</translation>
    </message>
</context>
<context>
    <name>sts::dns::Differ</name>
    <message>
        <source>DNSSEC status of %1 changed from %2 to %3.</source>
        <translation>Der DNSSEC-Status von %1 hat sich von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>%1 is now published: %2.</source>
        <translation>%1 ist jetzt veröffentlicht: %2.</translation>
    </message>
    <message>
        <source>%1 is no longer published (was: %2).</source>
        <translation>%1 ist nicht mehr veröffentlicht (war: %2).</translation>
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”.</source>
        <translation>%1 hat sich von „%2“ auf „%3“ geändert.</translation>
    </message>
    <message>
        <source>MX host %1 changed priority from %2 to %3.</source>
        <translation>MX-Host %1 hat die Priorität von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Addresses of MX host %1 changed from %2 to %3.</source>
        <translation>Die Adressen von MX-Host %1 haben sich von %2 auf %3 geändert.</translation>
    </message>
    <message>
        <source>DANE toward %1 changed from %2 to %3.</source>
        <translation>DANE für %1 hat sich von %2 auf %3 geändert.</translation>
    </message>
</context>
<context>
    <name>sts::dns::DnssecValidator</name>
    <message>
        <source>CNAME chain from “%1” is a loop or longer than 8.</source>
        <translation>Die CNAME-Kette ab „%1“ ist eine Schleife oder länger als 8.</translation>
    </message>
</context>
<context>
    <name>sts::dns::DnssecValidator::Impl</name>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>The DNS resolver %1 answered %2 for “%3”.</source>
        <translation>Der DNS-Resolver %1 hat für „%3“ mit %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>sts::dns::DnssecVerdict</name>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>insecure (not signed)</source>
        <translation>unsicher (nicht signiert)</translation>
    </message>
    <message>
        <source>bogus</source>
        <translation>fehlerhaft (bogus)</translation>
    </message>
    <message>
        <source>indeterminate</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <source>signature expired</source>
        <translation>Signatur abgelaufen</translation>
    </message>
    <message>
        <source>signature not yet valid</source>
        <translation>Signatur noch nicht gültig</translation>
    </message>
    <message>
        <source>no DNSKEY matches the DS of the parent zone</source>
        <translation>kein DNSKEY passt zum DS der Elternzone</translation>
    </message>
    <message>
        <source>signed delegation but the zone has no DNSKEY</source>
        <translation>signierte Delegation, aber die Zone hat keinen DNSKEY</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>ungültige Signatur</translation>
    </message>
    <message>
        <source>missing signature</source>
        <translation>fehlende Signatur</translation>
    </message>
    <message>
        <source>negative answer without NSEC/NSEC3 proof</source>
        <translation>negative Antwort ohne NSEC/NSEC3-Nachweis</translation>
    </message>
    <message>
        <source>NSEC/NSEC3 records do not prove the denial</source>
        <translation>NSEC/NSEC3-Records belegen die Nichtexistenz nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (zone %1)</source>
        <translation> (Zone %1)</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>sts::dns::Resolver</name>
    <message>
        <source>Cannot read the system resolver from “%1”</source>
        <translation>Der System-Resolver kann nicht aus „%1“ gelesen werden</translation>
    </message>
    <message>
        <source>“%1” names no DNS server.</source>
        <translation>„%1“ nennt keinen DNS-Server.</translation>
    </message>
    <message>
        <source>“%1” is not a usable resolver address.</source>
        <translation>„%1“ ist keine verwendbare Resolver-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>Cannot build a query for “%1”</source>
        <translation>Für „%1“ kann keine Anfrage erstellt werden</translation>
    </message>
    <message>
        <source>No answer from DNS server %1 for “%2”</source>
        <translation>Keine Antwort von DNS-Server %1 für „%2“</translation>
    </message>
    <message>
        <source>The answer from %1 does not match the question “%2”.</source>
        <translation>Die Antwort von %1 passt nicht zur Anfrage „%2“.</translation>
    </message>
</context>
<context>
    <name>sts::dns::ResolverConfig</name>
    <message>
        <source>Missing “]” in resolver “%1”.</source>
        <translation>Fehlendes „]“ in Resolver „%1“.</translation>
    </message>
    <message>
        <source>Unexpected text after “]” in resolver “%1”.</source>
        <translation>Unerwarteter Text nach „]“ in Resolver „%1“.</translation>
    </message>
    <message>
        <source>Resolver “%1” is not an IP address (write HOST:PORT).</source>
        <translation>Resolver „%1“ ist keine IP-Adresse (HOST:PORT angeben).</translation>
    </message>
    <message>
        <source>Port “%1” of resolver “%2” is not 1–65535.</source>
        <translation>Port „%1“ von Resolver „%2“ liegt nicht im Bereich 1–65535.</translation>
    </message>
</context>
<context>
    <name>sts::dns::ResolverProblem</name>
    <message>
        <source>The DNS resolver %1 did not answer (%3).</source>
        <translation>Der DNS-Resolver %1 hat nicht geantwortet (%3).</translation>
    </message>
    <message>
        <source>The DNS resolver %1 could not answer for the keys of the trust anchor zone “%2” (%3): it cannot resolve anything right now.</source>
        <translation>Der DNS-Resolver %1 konnte die Schlüssel der Vertrauensanker-Zone „%2“ nicht liefern (%3): Er kann derzeit nichts auflösen.</translation>
    </message>
    <message>
        <source>The DNS resolver %1 returned no keys for the trust anchor zone “%2” (%3), which every working resolver can: it is probably offline or filtered, and may claim that every name does not exist.</source>
        <translation>Der DNS-Resolver %1 hat keine Schlüssel für die Vertrauensanker-Zone „%2“ geliefert (%3), was jeder funktionierende Resolver kann: Er ist vermutlich offline oder gefiltert und behauptet womöglich, dass kein Name existiert.</translation>
    </message>
    <message>
        <source>The keys the DNS resolver %1 returned for the trust anchor zone “%2” do not validate with the configured trust anchor (%3): the anchor file is wrong or outdated, this computer's clock is off, or the answers are forged.</source>
        <translation>Die Schlüssel, die der DNS-Resolver %1 für die Vertrauensanker-Zone „%2“ geliefert hat, lassen sich mit dem eingestellten Vertrauensanker nicht validieren (%3): Die Ankerdatei ist falsch oder veraltet, die Uhr dieses Rechners geht falsch, oder die Antworten sind gefälscht.</translation>
    </message>
    <message>
        <source>Nothing was learned about the customer’s domain: this is not a finding about its zone.</source>
        <translation>Über die Domain des Kunden wurde nichts ermittelt: Das ist kein Befund über ihre Zone.</translation>
    </message>
</context>
<context>
    <name>sts::dns::detail</name>
    <message>
        <source>Cannot read the trust anchor “%1”.</source>
        <translation>Der Vertrauensanker „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The trust anchor “%1” is not valid (%2).</source>
        <translation>Der Vertrauensanker „%1“ ist ungültig (%2).</translation>
    </message>
    <message>
        <source>The trust anchor “%1” holds no DS or DNSKEY record.</source>
        <translation>Der Vertrauensanker „%1“ enthält keinen DS- oder DNSKEY-Record.</translation>
    </message>
    <message>
        <source>The trust anchor “%1” mixes records of several zones.</source>
        <translation>Der Vertrauensanker „%1“ mischt Records mehrerer Zonen.</translation>
    </message>
</context>
<context>
    <name>sts::mail::SmtpConnection</name>
    <message>
        <source>The mail server did not answer in time (%1).</source>
        <translation>Der Mailserver hat nicht rechtzeitig geantwortet (%1).</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server %1 port %2: %3</source>
        <translation>Keine Verbindung zum Mailserver %1 Port %2: %3</translation>
    </message>
    <message>
        <source>The mail server refused %1: %2 %3</source>
        <translation>Der Mailserver hat %1 abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>The mail server's reply to %1 is not SMTP.</source>
        <translation>Die Antwort des Mailservers auf %1 ist kein SMTP.</translation>
    </message>
    <message>
        <source>The mail server closed the connection during %1: %2</source>
        <translation>Der Mailserver hat die Verbindung während %1 geschlossen: %2</translation>
    </message>
    <message>
        <source>The mail server sent data after agreeing to STARTTLS.</source>
        <translation>Der Mailserver hat nach der Zusage zu STARTTLS weitere Daten gesendet.</translation>
    </message>
    <message>
        <source>The TLS connection to the mail server failed: %1</source>
        <translation>Die TLS-Verbindung zum Mailserver ist gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>sts::mail::SmtpSubmission</name>
    <message>
        <source>“%1” is not a sender address.</source>
        <translation>„%1“ ist keine Absenderadresse.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>“%1” is not a recipient address.</source>
        <translation>„%1“ ist keine Empfängeradresse.</translation>
    </message>
    <message>
        <source>No CA certificate could be read from “%1”.</source>
        <translation>Aus „%1“ ließ sich kein CA-Zertifikat lesen.</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; STS Desk does not send the password or the mail without TLS.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an; STS Desk sendet weder Passwort noch Mail ohne TLS.</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>die Anmeldung von %1</translation>
    </message>
    <message>
        <source>The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN.</source>
        <translation>Der Mailserver %1 bietet weder AUTH PLAIN noch AUTH LOGIN an.</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password of %1: %2</source>
        <translation>Der Mailserver hat Benutzername oder Passwort von %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
</context>
<context>
    <name>sts::mtasts</name>
    <message>
        <source>Keep serving mode “none” until %1 (the old max_age), so every cached copy has expired.</source>
        <translation>Liefern Sie bis %1 (altes max_age) weiterhin den Modus „none“ aus, damit alle zwischengespeicherten Kopien abgelaufen sind.</translation>
    </message>
    <message>
        <source>Delete the _mta-sts TXT record.</source>
        <translation>Löschen Sie den TXT-Record _mta-sts.</translation>
    </message>
    <message>
        <source>The TXT record announces id “%1”, but the published version is “%2”.</source>
        <translation>Der TXT-Record kündigt die ID „%1“ an, veröffentlicht ist aber die Version „%2“.</translation>
    </message>
    <message>
        <source>The policy could not be fetched (%1): %2</source>
        <translation>Die Policy konnte nicht abgerufen werden (%1): %2</translation>
    </message>
    <message>
        <source>The served policy differs from ours only in its line ends; upload the file unchanged.</source>
        <translation>Die ausgelieferte Policy unterscheidet sich von unserer nur in den Zeilenenden; laden Sie die Datei unverändert hoch.</translation>
    </message>
    <message>
        <source>The served policy is not the file we generated.</source>
        <translation>Die ausgelieferte Policy ist nicht die von uns erzeugte Datei.</translation>
    </message>
    <message>
        <source>The MX host “%1” matches no mx pattern of the served policy; senders would not deliver to it in enforce mode.</source>
        <translation>Der MX-Host „%1“ passt zu keinem mx-Muster der ausgelieferten Policy; Absender würden im Modus enforce nicht an ihn zustellen.</translation>
    </message>
    <message>
        <source>The record has an empty field (“;;”); senders reject it.</source>
        <translation>Der Record hat ein leeres Feld („;;“); Absender lehnen ihn ab.</translation>
    </message>
    <message>
        <source>“%1” is not a “name=value” field.</source>
        <translation>„%1“ ist kein Feld der Form „name=value“.</translation>
    </message>
    <message>
        <source>The record has more than one “id” field.</source>
        <translation>Der Record hat mehr als ein „id“-Feld.</translation>
    </message>
    <message>
        <source>The id “%1” is invalid: it must be 1 to 32 letters or digits, without “-”, “_”, “.” or “:”.</source>
        <translation>Die ID „%1“ ist ungültig: Sie muss aus 1 bis 32 Buchstaben oder Ziffern bestehen, ohne „-“, „_“, „.“ oder „:“.</translation>
    </message>
    <message>
        <source>The field “%1=%2” is not a valid extension field.</source>
        <translation>Das Feld „%1=%2“ ist kein gültiges Erweiterungsfeld.</translation>
    </message>
    <message>
        <source>The record has no “id” field; it is required.</source>
        <translation>Der Record hat kein „id“-Feld; es ist erforderlich.</translation>
    </message>
    <message>
        <source>The record “%1” is ignored: an MTA-STS record must start with exactly “v=STSv1;” (case-sensitive, no space before the semicolon).</source>
        <translation>Der Record „%1“ wird ignoriert: Ein MTA-STS-Record muss genau mit „v=STSv1;“ beginnen (Groß-/Kleinschreibung beachten, kein Leerzeichen vor dem Semikolon).</translation>
    </message>
    <message>
        <source>No TXT record starts with “v=STSv1;”: senders see no MTA-STS policy.</source>
        <translation>Kein TXT-Record beginnt mit „v=STSv1;“: Absender sehen keine MTA-STS-Policy.</translation>
    </message>
    <message>
        <source>There are %1 records starting with “v=STSv1;”; with more than one, senders see no MTA-STS policy. Keep exactly one.</source>
        <translation>Es gibt %1 Records, die mit „v=STSv1;“ beginnen; bei mehr als einem sehen Absender keine MTA-STS-Policy. Behalten Sie genau einen.</translation>
    </message>
    <message>
        <source>“%1” in rua is not a URI. If it belongs to the previous URI, write its comma as “%2C”.</source>
        <translation>„%1“ in rua ist keine URI. Falls es zur vorherigen URI gehört, schreiben Sie das Komma als „%2C“.</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; TLS-RPT reports go only to “mailto:” or “https:” URIs.</source>
        <translation>„%1“ verwendet das Schema „%2“; TLS-RPT-Berichte gehen nur an „mailto:“- oder „https:“-URIs.</translation>
    </message>
    <message>
        <source>“%1” contains “!”; inside a rua URI it must be written “%21”.</source>
        <translation>„%1“ enthält „!“; innerhalb einer rua-URI muss es als „%21“ geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 URI.</source>
        <translation>„%1“ ist keine gültige %2-URI.</translation>
    </message>
    <message>
        <source>The record has more than one “rua” field; list all endpoints in one, separated by commas.</source>
        <translation>Der Record hat mehr als ein „rua“-Feld; führen Sie alle Endpunkte kommagetrennt in einem Feld auf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid “name=value” field.</source>
        <translation>„%1“ ist kein gültiges Feld der Form „name=value“.</translation>
    </message>
    <message>
        <source>The record has no “rua” field; it is required.</source>
        <translation>Der Record hat kein „rua“-Feld; es ist erforderlich.</translation>
    </message>
    <message>
        <source>The record lists %1 report endpoints; one is recommended (every sender delivers every report to each of them).</source>
        <translation>Der Record nennt %1 Berichtsendpunkte; empfohlen ist einer (jeder Absender stellt jeden Bericht an jeden davon zu).</translation>
    </message>
    <message>
        <source>The record “%1” is ignored: a TLS-RPT record must start with exactly “v=TLSRPTv1” (case-sensitive).</source>
        <translation>Der Record „%1“ wird ignoriert: Ein TLS-RPT-Record muss genau mit „v=TLSRPTv1“ beginnen (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>No TXT record starts with “v=TLSRPTv1”: senders send no TLS reports.</source>
        <translation>Kein TXT-Record beginnt mit „v=TLSRPTv1“: Absender senden keine TLS-Berichte.</translation>
    </message>
    <message>
        <source>There are %1 records starting with “v=TLSRPTv1”; with more than one, senders send no reports. Keep exactly one.</source>
        <translation>Es gibt %1 Records, die mit „v=TLSRPTv1“ beginnen; bei mehr als einem senden Absender keine Berichte. Behalten Sie genau einen.</translation>
    </message>
    <message>
        <source>Publish the new policy file at https://mta-sts.%1/.well-known/mta-sts.txt and check that it is served.</source>
        <translation>Die neue Richtliniendatei unter https://mta-sts.%1/.well-known/mta-sts.txt veröffentlichen und prüfen, dass sie ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Then change the TXT record _mta-sts.%1 to id %2 so senders fetch the new policy.</source>
        <translation>Danach den TXT-Eintrag _mta-sts.%1 auf id %2 ändern, damit Absender die neue Richtlinie abrufen.</translation>
    </message>
    <message>
        <source>Stop serving the policy host mta-sts.%1.</source>
        <translation>Den Richtlinien-Host mta-sts.%1 nicht mehr bereitstellen.</translation>
    </message>
    <message>
        <source>“%1” contains characters outside ASCII; in a rua URI a host must be written as an A-label (xn--…) and anything else percent-encoded.</source>
        <translation>„%1“ enthält Zeichen außerhalb von ASCII; in einer rua-URI muss ein Host als A-Label (xn--…) geschrieben und alles andere prozentkodiert werden.</translation>
    </message>
</context>
<context>
    <name>sts::mtasts::Fetch</name>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>Der Abruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The policy host “%1” could not be resolved.</source>
        <translation>Der Policy-Host „%1“ konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 within the time limit.</source>
        <translation>Keine Verbindung zu %1 Port %2 innerhalb des Zeitlimits.</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Verbindung zu %1 Port %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The certificate is not valid for “%1” (its names: %2).</source>
        <translation>Das Zertifikat ist nicht für „%1“ gültig (seine Namen: %2).</translation>
    </message>
    <message>
        <source>The certificate of “%1” is outside its validity period: %2</source>
        <translation>Das Zertifikat von „%1“ liegt außerhalb seines Gültigkeitszeitraums: %2</translation>
    </message>
    <message>
        <source>The certificate of “%1” is not trusted: %2</source>
        <translation>Dem Zertifikat von „%1“ wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation>Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with “%1” failed: %2</source>
        <translation>Der TLS-Handshake mit „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server did not send the whole response in time.</source>
        <translation>Der Server hat die Antwort nicht rechtzeitig vollständig gesendet.</translation>
    </message>
    <message>
        <source>The server's answer is not valid HTTP: %1</source>
        <translation>Die Antwort des Servers ist kein gültiges HTTP: %1</translation>
    </message>
    <message>
        <source>The server answered %1 redirecting to “%2”; senders do not follow redirects.</source>
        <translation>Der Server antwortete mit %1 und einer Weiterleitung auf „%2“; Absender folgen keinen Weiterleitungen.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1; only 200 counts.</source>
        <translation>Der Server antwortete mit HTTP %1; nur 200 zählt.</translation>
    </message>
    <message>
        <source>The policy is served as “%1”; it must be text/plain.</source>
        <translation>Die Policy wird als „%1“ ausgeliefert; sie muss text/plain sein.</translation>
    </message>
    <message>
        <source>The policy is larger than 64 KiB; senders reject it.</source>
        <translation>Die Policy ist größer als 64 KiB; Absender lehnen sie ab.</translation>
    </message>
    <message>
        <source>The response body is incomplete or malformed: %1</source>
        <translation>Der Antwortinhalt ist unvollständig oder fehlerhaft: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The served policy is invalid: %1</source>
        <translation>Die ausgelieferte Policy ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>sts::mtasts::MxPattern</name>
    <message>
        <source>The mx pattern is empty.</source>
        <translation>Das mx-Muster ist leer.</translation>
    </message>
    <message>
        <source>“%1” contains non-ASCII characters; write internationalised names as A-labels (xn--…).</source>
        <translation>„%1“ enthält Nicht-ASCII-Zeichen; schreiben Sie internationalisierte Namen als A-Labels (xn--…).</translation>
    </message>
    <message>
        <source>“%1” is not in A-label form; write “%2%3”.</source>
        <translation>„%1“ ist nicht in A-Label-Form; schreiben Sie „%2%3“.</translation>
    </message>
    <message>
        <source>“%1”: a wildcard must be the whole left-most label, as in “*.example.com”.</source>
        <translation>„%1“: Eine Wildcard muss das gesamte Label ganz links sein, wie in „*.example.com“.</translation>
    </message>
    <message>
        <source>“%1” is longer than 253 characters.</source>
        <translation>„%1“ ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>“%1”: a wildcard needs at least two labels after “*.”.</source>
        <translation>„%1“: Eine Wildcard benötigt mindestens zwei Labels nach „*.“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the label “%2” must be 1 to 63 letters, digits or inner hyphens.</source>
        <translation>„%1“ ist kein gültiger Hostname: Das Label „%2“ muss aus 1 bis 63 Buchstaben, Ziffern oder inneren Bindestrichen bestehen.</translation>
    </message>
</context>
<context>
    <name>sts::mtasts::Parser</name>
    <message>
        <source>max_age “%1” must be 1 to 10 digits (no sign, separator or fraction).</source>
        <translation>max_age „%1“ muss aus 1 bis 10 Ziffern bestehen (ohne Vorzeichen, Trennzeichen oder Nachkommastellen).</translation>
    </message>
    <message>
        <source>max_age %1 is above the maximum of 31557600 seconds (one year).</source>
        <translation>max_age %1 liegt über dem Maximum von 31557600 Sekunden (ein Jahr).</translation>
    </message>
    <message>
        <source>max_age 0 lets senders drop the policy at once; it protects nothing.</source>
        <translation>max_age 0 erlaubt Absendern, die Policy sofort zu verwerfen; sie schützt nichts.</translation>
    </message>
    <message>
        <source>“%1”: leave out the trailing dot.</source>
        <translation>„%1“: Lassen Sie den abschließenden Punkt weg.</translation>
    </message>
    <message>
        <source>“%1” is ignored: keys are case-sensitive, write “%2”.</source>
        <translation>„%1“ wird ignoriert: Feldnamen unterscheiden Groß- und Kleinschreibung, schreiben Sie „%2“.</translation>
    </message>
    <message>
        <source>The unknown key “%1” is ignored.</source>
        <translation>Das unbekannte Feld „%1“ wird ignoriert.</translation>
    </message>
    <message>
        <source>“%1” appears again; senders use the first one (line %2).</source>
        <translation>„%1“ kommt erneut vor; Absender verwenden das erste Vorkommen (Zeile %2).</translation>
    </message>
    <message>
        <source>version “%1” is not supported; it must be “STSv1”.</source>
        <translation>version „%1“ wird nicht unterstützt; der Wert muss „STSv1“ sein.</translation>
    </message>
    <message>
        <source>mode “%1” is invalid; it must be “enforce”, “testing” or “none” (lower case).</source>
        <translation>mode „%1“ ist ungültig; der Wert muss „enforce“, „testing“ oder „none“ sein (in Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>A bare carriage return splits this line; use LF or CRLF line ends.</source>
        <translation>Ein einzelnes CR-Zeichen (Wagenrücklauf) teilt diese Zeile; verwenden Sie LF oder CRLF als Zeilenende.</translation>
    </message>
    <message>
        <source>Blank lines are not allowed between fields; strict senders reject the policy.</source>
        <translation>Leerzeilen zwischen Feldern sind nicht erlaubt; strikte Absender lehnen die Policy ab.</translation>
    </message>
    <message>
        <source>“%1” is not a “key: value” line (no blanks before the colon).</source>
        <translation>„%1“ ist keine Zeile der Form „key: value“ (keine Leerzeichen vor dem Doppelpunkt).</translation>
    </message>
    <message>
        <source>“%1” has an empty or invalid value.</source>
        <translation>„%1“ hat einen leeren oder ungültigen Wert.</translation>
    </message>
    <message>
        <source>The policy has no “version: STSv1” line.</source>
        <translation>Die Policy hat keine Zeile „version: STSv1“.</translation>
    </message>
    <message>
        <source>The policy has no “mode” line.</source>
        <translation>Die Policy hat keine Zeile „mode“.</translation>
    </message>
    <message>
        <source>The policy has no “max_age” line.</source>
        <translation>Die Policy hat keine Zeile „max_age“.</translation>
    </message>
    <message>
        <source>The policy has no “mx” line; one is required unless the mode is “none”.</source>
        <translation>Die Policy hat keine Zeile „mx“; sie ist erforderlich, außer im Modus „none“.</translation>
    </message>
</context>
<context>
    <name>sts::mtasts::PolicyGenerator</name>
    <message>
        <source>“%1” is a web host name, not a mail server; it is left out of the policy.</source>
        <translation>„%1“ ist ein Webhost-Name, kein Mailserver; er wird nicht in die Policy aufgenommen.</translation>
    </message>
</context>
<context>
    <name>sts::records</name>
    <message>
        <source>“%1” is not a TLS-RPT address: use “mailto:…” or “https://…”.</source>
        <translation>„%1“ ist keine TLS-RPT-Adresse: Verwenden Sie „mailto:…“ oder „https://…“.</translation>
    </message>
</context>
<context>
    <name>sts::records::ExportFormat</name>
    <message>
        <source>BIND zone snippet</source>
        <translation>BIND-Zonenausschnitt</translation>
    </message>
    <message>
        <source>A zone-file snippet with absolute names, to paste into the zone or to $INCLUDE.</source>
        <translation>Ein Zonendatei-Ausschnitt mit absoluten Namen, zum Einfügen in die Zone oder für $INCLUDE.</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt)</source>
        <translation>Zonendateien (*.zone *.txt)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>One line per record (owner, TTL, type, value), for whoever publishes them.</source>
        <translation>Eine Zeile je Eintrag (Name, TTL, Typ, Wert), für die Person, die sie veröffentlicht.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cloudflare API JSON</source>
        <translation>Cloudflare-API-JSON</translation>
    </message>
    <message>
        <source>One request body per record for the Cloudflare API (POST /zones/:zone_id/dns_records).</source>
        <translation>Ein Anfragerumpf je Eintrag für die Cloudflare-API (POST /zones/:zone_id/dns_records).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Route 53 change batch JSON</source>
        <translation>Route-53-Change-Batch-JSON</translation>
    </message>
    <message>
        <source>A change batch with one UPSERT per record set, for aws route53 change-resource-record-sets.</source>
        <translation>Ein Change-Batch mit einem UPSERT je Eintragsmenge, für aws route53 change-resource-record-sets.</translation>
    </message>
    <message>
        <source>nsupdate script (RFC 2136)</source>
        <translation>nsupdate-Skript (RFC 2136)</translation>
    </message>
    <message>
        <source>A dynamic update script for nsupdate or knsupdate, sent in one transaction.</source>
        <translation>Ein Skript für dynamische Updates mit nsupdate oder knsupdate, in einer Transaktion gesendet.</translation>
    </message>
    <message>
        <source>nsupdate scripts (*.nsupdate *.txt)</source>
        <translation>nsupdate-Skripte (*.nsupdate *.txt)</translation>
    </message>
</context>
<context>
    <name>sts::records::RecordSet</name>
    <message>
        <source>The TTL must be between 1 and %1 seconds.</source>
        <translation>Die TTL muss zwischen 1 und %1 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The policy id “%1” is invalid: it must be 1 to 32 letters or digits.</source>
        <translation>Die Policy-ID „%1“ ist ungültig: Sie muss aus 1 bis 32 Buchstaben oder Ziffern bestehen.</translation>
    </message>
    <message>
        <source>“%1” can have addresses or a CNAME, not both.</source>
        <translation>„%1“ kann Adressen oder einen CNAME haben, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” cannot be a CNAME to itself.</source>
        <translation>„%1“ kann kein CNAME auf sich selbst sein.</translation>
    </message>
    <message>
        <source>The MX host “%1” is listed twice.</source>
        <translation>Der MX-Host „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>TLSA for “%1”: %2</source>
        <translation>TLSA für „%1“: %2</translation>
    </message>
    <message>
        <source>TLSA for “%1”: usage %2 is not used with SMTP; publish 3 1 1 (or 2 1 1 for an issuer).</source>
        <translation>TLSA für „%1“: Usage %2 wird bei SMTP nicht verwendet; veröffentlichen Sie 3 1 1 (oder 2 1 1 für einen Aussteller).</translation>
    </message>
    <message>
        <source>TLSA for “%1”: “%2” is listed twice.</source>
        <translation>TLSA für „%1“: „%2“ ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>sts::render::TrendChartImage</name>
    <message>
        <source>Failure rate per week</source>
        <translation>Fehlerrate pro Woche</translation>
    </message>
</context>
<context>
    <name>sts::runbook::OperationsSections</name>
    <message>
        <source>TLS-RPT summary: no TLS reports have been imported.</source>
        <translation>TLS-RPT-Zusammenfassung: Es wurden keine TLS-Berichte importiert.</translation>
    </message>
    <message>
        <source>TLS reporting summary</source>
        <translation>Zusammenfassung der TLS-Berichte</translation>
    </message>
    <message>
        <source>Reports from %1 to %2: %3 successful and %4 failed sessions from %5 sending organisations.</source>
        <translation>Berichte vom %1 bis %2: %3 erfolgreiche und %4 fehlgeschlagene Sitzungen von %5 sendenden Organisationen.</translation>
    </message>
    <message>
        <source>Failures by category</source>
        <translation>Fehler nach Kategorie</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Top senders</source>
        <translation>Größte Absender</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rollout timeline: no timeline picture is available.</source>
        <translation>Zeitplan der Einführung: Es ist kein Zeitplanbild verfügbar.</translation>
    </message>
    <message>
        <source>Rollout timeline</source>
        <translation>Zeitplan der Einführung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Certificate name mismatch</source>
        <translation>Zertifikatsname passt nicht</translation>
    </message>
    <message>
        <source>Senders report that the MX certificate does not carry the MX host name.</source>
        <translation>Absender melden, dass das MX-Zertifikat den Namen des MX-Hosts nicht enthält.</translation>
    </message>
    <message>
        <source>Run “stsdesk-cli probe” for the host and compare the SANs with the MX name.</source>
        <translation>Führen Sie „stsdesk-cli probe“ für den Host aus und vergleichen Sie die SANs mit dem MX-Namen.</translation>
    </message>
    <message>
        <source>Check which certificate the MTA serves for that name (SNI) on every address.</source>
        <translation>Prüfen Sie, welches Zertifikat der MTA für diesen Namen (SNI) auf jeder Adresse ausliefert.</translation>
    </message>
    <message>
        <source>Issue a certificate whose SANs include the exact MX host name, deploy it and reload the MTA.</source>
        <translation>Stellen Sie ein Zertifikat aus, dessen SANs genau den MX-Hostnamen enthalten, spielen Sie es ein und laden Sie den MTA neu.</translation>
    </message>
    <message>
        <source>If the MX name itself is wrong, fix the MX record and the policy's mx patterns.</source>
        <translation>Ist der MX-Name selbst falsch, korrigieren Sie den MX-Eintrag und die mx-Muster der Richtlinie.</translation>
    </message>
    <message>
        <source>Missing intermediate certificate</source>
        <translation>Fehlendes Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Senders report an untrusted certificate although the certificate itself is valid.</source>
        <translation>Absender melden ein nicht vertrauenswürdiges Zertifikat, obwohl das Zertifikat selbst gültig ist.</translation>
    </message>
    <message>
        <source>Probe the host: the chain it serves must lead to a public root.</source>
        <translation>Prüfen Sie den Host: Die ausgelieferte Kette muss zu einer öffentlichen Wurzel führen.</translation>
    </message>
    <message>
        <source>Look at the file the MTA loads: it must be the full chain, not only the leaf.</source>
        <translation>Sehen Sie sich die Datei an, die der MTA lädt: Sie muss die vollständige Kette enthalten, nicht nur das Endzertifikat.</translation>
    </message>
    <message>
        <source>Point the MTA at fullchain.pem (certbot) or append the CA's intermediates, then reload.</source>
        <translation>Verweisen Sie den MTA auf fullchain.pem (certbot) oder hängen Sie die Zwischenzertifikate der CA an und laden Sie neu.</translation>
    </message>
    <message>
        <source>Expired certificate on a backup MX</source>
        <translation>Abgelaufenes Zertifikat auf einem Backup-MX</translation>
    </message>
    <message>
        <source>Failures come from one MX host with a lower preference.</source>
        <translation>Die Fehler kommen von einem MX-Host mit niedrigerer Priorität.</translation>
    </message>
    <message>
        <source>Probe every MX host, not only the primary; check the expiry alerts.</source>
        <translation>Prüfen Sie jeden MX-Host, nicht nur den primären; prüfen Sie die Ablaufwarnungen.</translation>
    </message>
    <message>
        <source>Check that the renewal timer also runs on the backup MX.</source>
        <translation>Prüfen Sie, ob der Erneuerungs-Timer auch auf dem Backup-MX läuft.</translation>
    </message>
    <message>
        <source>Renew and deploy the certificate on the backup MX; enable the renewal timer and the alert script there.</source>
        <translation>Erneuern Sie das Zertifikat auf dem Backup-MX und spielen Sie es ein; aktivieren Sie dort den Erneuerungs-Timer und das Warnskript.</translation>
    </message>
    <message>
        <source>MX pattern mismatch</source>
        <translation>MX-Muster passt nicht</translation>
    </message>
    <message>
        <source>In enforce mode mail to a new or renamed MX host is refused.</source>
        <translation>Im Modus enforce wird Mail an einen neuen oder umbenannten MX-Host abgelehnt.</translation>
    </message>
    <message>
        <source>Compare the MX records with the policy's mx lines.</source>
        <translation>Vergleichen Sie die MX-Einträge mit den mx-Zeilen der Richtlinie.</translation>
    </message>
    <message>
        <source>Remember that “*.%1” matches exactly one label.</source>
        <translation>Beachten Sie, dass „*.%1“ genau ein Label abdeckt.</translation>
    </message>
    <message>
        <source>Publish a new policy version that covers the MX host, then change the TXT id; keep the old MX until the new policy's max_age has passed.</source>
        <translation>Veröffentlichen Sie eine neue Richtlinienversion, die den MX-Host abdeckt, und ändern Sie danach die TXT-ID; behalten Sie den alten MX, bis das max_age der neuen Richtlinie abgelaufen ist.</translation>
    </message>
    <message>
        <source>STARTTLS stripped</source>
        <translation>STARTTLS entfernt</translation>
    </message>
    <message>
        <source>A sender reports that the MX did not offer STARTTLS.</source>
        <translation>Ein Absender meldet, dass der MX kein STARTTLS angeboten hat.</translation>
    </message>
    <message>
        <source>Probe the host from outside: does EHLO list STARTTLS?</source>
        <translation>Prüfen Sie den Host von außen: Nennt EHLO STARTTLS?</translation>
    </message>
    <message>
        <source>If the probe succeeds, the failure comes from a middlebox in the sender's network.</source>
        <translation>Gelingt die Prüfung, stammt der Fehler von einer Middlebox im Netz des Absenders.</translation>
    </message>
    <message>
        <source>Fix the MTA or firewall that hides STARTTLS; if it is on the sender's side, acknowledge the failure in STS Desk with the reason.</source>
        <translation>Korrigieren Sie den MTA oder die Firewall, die STARTTLS verbirgt; liegt es beim Absender, bestätigen Sie den Fehler in STS Desk mit Begründung.</translation>
    </message>
    <message>
        <source>Policy fetch failure</source>
        <translation>Fehler beim Abruf der Richtlinie</translation>
    </message>
    <message>
        <source>Senders cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation>Absender können https://mta-sts.%1/.well-known/mta-sts.txt nicht abrufen.</translation>
    </message>
    <message>
        <source>Fetch the URL yourself: status 200, text/plain, no redirect, valid certificate for mta-sts.%1.</source>
        <translation>Rufen Sie die URL selbst ab: Status 200, text/plain, keine Weiterleitung, gültiges Zertifikat für mta-sts.%1.</translation>
    </message>
    <message>
        <source>Check the policy host's certificate expiry and the web server logs.</source>
        <translation>Prüfen Sie den Zertifikatsablauf des Richtlinien-Hosts und die Protokolle des Webservers.</translation>
    </message>
    <message>
        <source>Restore the web server or certificate; senders keep their cached policy until its max_age, so act within that time.</source>
        <translation>Stellen Sie Webserver oder Zertifikat wieder her; Absender behalten ihre zwischengespeicherte Richtlinie bis zu deren max_age, handeln Sie also innerhalb dieser Zeit.</translation>
    </message>
    <message>
        <source>DANE mismatch</source>
        <translation>DANE passt nicht</translation>
    </message>
    <message>
        <source>DANE senders defer mail: no TLSA record matches the served key.</source>
        <translation>DANE-Absender stellen Mail zurück: Kein TLSA-Eintrag passt zum ausgelieferten Schlüssel.</translation>
    </message>
    <message>
        <source>Compare the TLSA digests with the SPKI SHA-256 of the key every address serves.</source>
        <translation>Vergleichen Sie die TLSA-Hashwerte mit dem SPKI-SHA-256 des Schlüssels, den jede Adresse ausliefert.</translation>
    </message>
    <message>
        <source>Check whether a certificate renewal created a new key.</source>
        <translation>Prüfen Sie, ob eine Zertifikatserneuerung einen neuen Schlüssel erzeugt hat.</translation>
    </message>
    <message>
        <source>Publish the digest of the served key next to the old one at once; configure certbot to reuse the key (--reuse-key) and rotate keys only with the rollover procedure.</source>
        <translation>Veröffentlichen Sie sofort den Hashwert des ausgelieferten Schlüssels neben dem alten; konfigurieren Sie certbot so, dass der Schlüssel wiederverwendet wird (--reuse-key), und wechseln Sie Schlüssel nur mit dem Rollover-Verfahren.</translation>
    </message>
    <message>
        <source>Incident response</source>
        <translation>Reaktion auf Störungen</translation>
    </message>
    <message>
        <source>Each failure category as TLS reports name it, how to diagnose it and how to fix it. In testing mode nothing is refused; in enforce mode act at once.</source>
        <translation>Jede Fehlerkategorie, wie TLS-Berichte sie nennen, wie man sie diagnostiziert und wie man sie behebt. Im Modus testing wird nichts abgelehnt; im Modus enforce handeln Sie sofort.</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Rollback and removal</source>
        <translation>Rücknahme und Entfernung</translation>
    </message>
    <message>
        <source>Rollback from enforce to testing</source>
        <translation>Rücknahme von enforce auf testing</translation>
    </message>
    <message>
        <source>Publish the policy file at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation>Veröffentlichen Sie die Richtliniendatei unter https://mta-sts.%1/.well-known/mta-sts.txt.</translation>
    </message>
    <message>
        <source>Then change the TXT record _mta-sts.%1 to the new id.</source>
        <translation>Ändern Sie danach den TXT-Eintrag _mta-sts.%1 auf die neue ID.</translation>
    </message>
    <message>
        <source>Removing MTA-STS</source>
        <translation>MTA-STS entfernen</translation>
    </message>
    <message>
        <source>Publish a policy with “mode: none” and a new id, then change the TXT id.</source>
        <translation>Veröffentlichen Sie eine Richtlinie mit „mode: none“ und neuer ID und ändern Sie danach die TXT-ID.</translation>
    </message>
    <message>
        <source>Keep serving it for at least the max_age of the last policy.</source>
        <translation>Liefern Sie sie mindestens für das max_age der letzten Richtlinie aus.</translation>
    </message>
    <message>
        <source>Only then delete the _mta-sts.%1 TXT record and the mta-sts.%1 host.</source>
        <translation>Löschen Sie erst dann den TXT-Eintrag _mta-sts.%1 und den Host mta-sts.%1.</translation>
    </message>
    <message>
        <source>Remove TLSA records only after the MX hosts no longer present the keys they name, or remove them before DNSSEC is switched off.</source>
        <translation>Entfernen Sie TLSA-Einträge erst, wenn die MX-Hosts die darin genannten Schlüssel nicht mehr verwenden, oder bevor DNSSEC abgeschaltet wird.</translation>
    </message>
    <message>
        <source>Never delete the TXT record while senders may still hold an enforce policy: they would keep enforcing it without being able to see updates.</source>
        <translation>Löschen Sie den TXT-Eintrag nie, solange Absender noch eine enforce-Richtlinie halten können: Sie würden sie weiter durchsetzen, ohne Änderungen sehen zu können.</translation>
    </message>
    <message>
        <source>BSI TR-03108 checklist</source>
        <translation>Checkliste nach BSI TR-03108</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>STARTTLS offered by every MX host with a valid certificate</source>
        <translation>STARTTLS wird von jedem MX-Host mit gültigem Zertifikat angeboten</translation>
    </message>
    <message>
        <source>DNSSEC-signed zone for the domain and the MX hosts</source>
        <translation>DNSSEC-signierte Zone für die Domain und die MX-Hosts</translation>
    </message>
    <message>
        <source>DANE TLSA records published for every MX host</source>
        <translation>DANE-TLSA-Einträge für jeden MX-Host veröffentlicht</translation>
    </message>
    <message>
        <source>MTA-STS policy in enforce mode</source>
        <translation>MTA-STS-Richtlinie im Modus enforce</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT) record published and reports evaluated</source>
        <translation>TLS-Reporting-Eintrag (TLS-RPT) veröffentlicht und Berichte ausgewertet</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer only, with the cipher suites of BSI TR-02102-2</source>
        <translation>Nur TLS 1.2 oder neuer, mit den Cipher-Suites nach BSI TR-02102-2</translation>
    </message>
    <message>
        <source>Certificate expiry monitored (30/14/7 days)</source>
        <translation>Zertifikatsablauf überwacht (30/14/7 Tage)</translation>
    </message>
    <message>
        <source>Appendix: no scripts or configuration files were generated.</source>
        <translation>Anhang: Es wurden keine Skripte oder Konfigurationsdateien erzeugt.</translation>
    </message>
    <message>
        <source>Appendix: scripts and configuration files</source>
        <translation>Anhang: Skripte und Konfigurationsdateien</translation>
    </message>
    <message>
        <source>The files of the handover bundle that the procedures refer to, in full. Install the files from the bundle, not copies from this document: a line too long for the page continues on the next line after “%1”.</source>
        <translation>Die Dateien des Übergabepakets, auf die sich die Abläufe beziehen, vollständig. Installieren Sie die Dateien aus dem Paket, nicht Kopien aus diesem Dokument: Eine für die Seite zu lange Zeile wird in der nächsten Zeile nach „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <source>%1: no TLS session</source>
        <translation>%1: keine TLS-Sitzung</translation>
    </message>
    <message>
        <source>acceptable for a transition, not recommended by TR-02102-2</source>
        <translation>für einen Übergang akzeptabel, nicht von TR-02102-2 empfohlen</translation>
    </message>
    <message>
        <source>not recommended by TR-02102-2</source>
        <translation>nicht von TR-02102-2 empfohlen</translation>
    </message>
    <message>
        <source>no probe stored</source>
        <translation>keine Prüfung gespeichert</translation>
    </message>
    <message>
        <source>Refusal of TLS 1.0 and 1.1: not tested (the probe did not try them).</source>
        <translation>Ablehnung von TLS 1.0 und 1.1: nicht geprüft (die Prüfung hat sie nicht versucht).</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are refused by every host probed.</source>
        <translation>Jeder geprüfte Host lehnt TLS 1.0 und 1.1 ab.</translation>
    </message>
    <message>
        <source>A host accepts TLS 1.0 or 1.1.</source>
        <translation>Ein Host akzeptiert TLS 1.0 oder 1.1.</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>discovery of %1</source>
        <translation>Erkundung vom %1</translation>
    </message>
    <message>
        <source>no discovery</source>
        <translation>keine Erkundung</translation>
    </message>
    <message>
        <source>found in DNS, secure, matches the served key</source>
        <translation>im DNS gefunden, sicher, passt zum ausgelieferten Schlüssel</translation>
    </message>
    <message>
        <source>no TLSA records found in DNS</source>
        <translation>keine TLSA-Einträge im DNS gefunden</translation>
    </message>
    <message>
        <source>found, but not DNSSEC-secure</source>
        <translation>gefunden, aber nicht DNSSEC-sicher</translation>
    </message>
    <message>
        <source>found, but none matches the served key</source>
        <translation>gefunden, aber keiner passt zum ausgelieferten Schlüssel</translation>
    </message>
    <message>
        <source>found, served key unknown (no probe)</source>
        <translation>gefunden, ausgelieferter Schlüssel unbekannt (keine Prüfung)</translation>
    </message>
    <message>
        <source>DANE not possible for this domain</source>
        <translation>DANE ist für diese Domain nicht möglich</translation>
    </message>
    <message>
        <source>live version %1 (%2) since %3</source>
        <translation>aktive Version %1 (%2) seit %3</translation>
    </message>
    <message>
        <source>no version published</source>
        <translation>keine Version veröffentlicht</translation>
    </message>
    <message>
        <source>record found in DNS</source>
        <translation>Eintrag im DNS gefunden</translation>
    </message>
    <message>
        <source>no record found in DNS</source>
        <translation>kein Eintrag im DNS gefunden</translation>
    </message>
    <message>
        <source>no reports imported</source>
        <translation>keine Berichte importiert</translation>
    </message>
    <message>
        <source>reports from %1 to %2</source>
        <translation>Berichte vom %1 bis %2</translation>
    </message>
    <message>
        <source>no renewal automation generated</source>
        <translation>keine Automatisierung der Erneuerung erzeugt</translation>
    </message>
    <message>
        <source>%1 on %2 → %3</source>
        <translation>%1 auf %2 → %3</translation>
    </message>
    <message>
        <source>alert script generated, but no alert address has been recorded for this engagement (it would mail %1)</source>
        <translation>Warnskript erzeugt, aber für dieses Kundenprojekt ist keine Warnadresse hinterlegt (es würde an %1 senden)</translation>
    </message>
    <message>
        <source>Each row says what it rests on: the stored probes, the latest discovery, the policy versions and the renewal settings.</source>
        <translation>Jede Zeile nennt, worauf sie beruht: die gespeicherten Prüfungen, die letzte Erkundung, die Richtlinienversionen und die Einstellungen zur Erneuerung.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Senders that do not send to this customer</source>
        <translation>Absender, die nicht an diesen Kunden senden</translation>
    </message>
    <message>
        <source>These major senders were not expected to report; readiness for enforce was judged without them.</source>
        <translation>Von diesen großen Absendern wurden keine Berichte erwartet; die Enforce-Reife wurde ohne sie bewertet.</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Generate a testing policy with a new id (STS Desk: Timeline → Rollout → Roll back).</source>
        <translation>Erzeugen Sie eine testing-Richtlinie mit neuer ID (STS Desk: Zeitachse → Einführung → Zurücknehmen).</translation>
    </message>
    <message>
        <source>Besides %1, the engagement takes the reports for these domains, and they are counted here: %2.</source>
        <translation>Außer für %1 übernimmt das Kundenprojekt die Berichte für diese Domains, und sie sind hier mitgezählt: %2.</translation>
    </message>
    <message>
        <source>Monitoring after handover</source>
        <translation>Überwachung nach der Übergabe</translation>
    </message>
    <message>
        <source>The consultant's STS Desk checks %1 every day and opens a finding when something needs attention. A finding is reported once, by mail, and closes by itself when the check passes again.</source>
        <translation>STS Desk des Beraters prüft %1 jeden Tag und legt einen Befund an, wenn etwas Aufmerksamkeit braucht. Ein Befund wird einmal per E-Mail gemeldet und schließt sich von selbst, sobald die Prüfung wieder besteht.</translation>
    </message>
    <message>
        <source>TLS reports: fetched from the reporting mailbox and added to the daily summary.</source>
        <translation>TLS-Berichte: aus dem Berichtspostfach abgerufen und in die Tageszusammenfassung übernommen.</translation>
    </message>
    <message>
        <source>MX hosts: compared with the last discovery, and with the mx lines of the live policy (a host the policy does not cover is refused mail under enforce).</source>
        <translation>MX-Hosts: mit der letzten Erkennung und mit den mx-Zeilen der gültigen Richtlinie verglichen (einem Host, den die Richtlinie nicht abdeckt, wird unter „enforce“ keine E-Mail zugestellt).</translation>
    </message>
    <message>
        <source>Policy: fetched from https://mta-sts.%1/.well-known/mta-sts.txt and compared with the id in the _mta-sts.%1 TXT record.</source>
        <translation>Richtlinie: von https://mta-sts.%1/.well-known/mta-sts.txt abgerufen und mit der id im TXT-Eintrag _mta-sts.%1 verglichen.</translation>
    </message>
    <message>
        <source>Certificates: every MX host over STARTTLS and mta-sts.%1 over HTTPS; alerts 30, 14 and 7 days before they expire.</source>
        <translation>Zertifikate: jeder MX-Host über STARTTLS und mta-sts.%1 über HTTPS; Warnungen 30, 14 und 7 Tage vor Ablauf.</translation>
    </message>
    <message>
        <source>Failure rate: the share of failed sessions of the last day against the 14 days before; a jump to three times the usual rate is a finding.</source>
        <translation>Fehlerquote: der Anteil fehlgeschlagener Sitzungen des letzten Tages gegenüber den 14 Tagen davor; ein Sprung auf das Dreifache der üblichen Quote ist ein Befund.</translation>
    </message>
    <message>
        <source>DANE: the TLSA records against the keys the MX hosts present.</source>
        <translation>DANE: die TLSA-Einträge gegenüber den Schlüsseln, die die MX-Hosts vorlegen.</translation>
    </message>
    <message>
        <source>Readiness: the day the rollout is ready for enforce.</source>
        <translation>Bereitschaft: der Tag, an dem die Einführung bereit für „enforce“ ist.</translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation>Was geprüft wird</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation>Das Monitoring ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Wochenzusammenfassung</translation>
    </message>
    <message>
        <source>Not sent to the customer (the consultant can add recipients).</source>
        <translation>Wird nicht an den Kunden gesendet (der Berater kann Empfänger hinzufügen).</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Mailed to the consultant; a critical certificate alert also to the critical alert address of the consultant's settings.</source>
        <translation>Per E-Mail an den Berater; eine kritische Zertifikatswarnung zusätzlich an die Adresse für kritische Warnungen aus den Einstellungen des Beraters.</translation>
    </message>
    <message>
        <source>Open monitoring findings</source>
        <translation>Offene Befunde der Überwachung</translation>
    </message>
    <message>
        <source>%1 (%2, %3 since %4)</source>
        <translation>%1 (%2, %3 seit %4)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <source>Senders that cached the enforce policy apply it until its max_age (%n day(s)) has passed; fix the cause in parallel.</source>
        <translation>
            <numerusform>Absender, die die enforce-Richtlinie zwischengespeichert haben, wenden sie an, bis ihr max_age (%n Tag) abgelaufen ist; beheben Sie die Ursache parallel.</numerusform>
            <numerusform>Absender, die die enforce-Richtlinie zwischengespeichert haben, wenden sie an, bis ihr max_age (%n Tage) abgelaufen ist; beheben Sie die Ursache parallel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::runbook::OverviewSections</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Transport security runbook</source>
        <translation>Betriebshandbuch Transportverschlüsselung</translation>
    </message>
    <message>
        <source>MTA-STS, TLS-RPT and DANE for %1</source>
        <translation>MTA-STS, TLS-RPT und DANE für %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Mail-Domain</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Warning: this bundle contains private keys</source>
        <translation>Warnung: Dieses Paket enthält private Schlüssel</translation>
    </message>
    <message>
        <source>The handover bundle this runbook belongs to contains private keys. Anyone who holds the bundle can impersonate your mail servers and your policy host.</source>
        <translation>Das Übergabepaket, zu dem dieses Betriebshandbuch gehört, enthält private Schlüssel. Wer das Paket besitzt, kann sich als Ihre Mailserver und Ihr Richtlinien-Host ausgeben.</translation>
    </message>
    <message>
        <source>Transfer the bundle only over an encrypted channel and to named recipients.</source>
        <translation>Übertragen Sie das Paket nur verschlüsselt und an namentlich bekannte Empfänger.</translation>
    </message>
    <message>
        <source>Move the keys to the servers (files owned by root, mode 0600) and delete every other copy, including e-mail attachments and downloads.</source>
        <translation>Bringen Sie die Schlüssel auf die Server (Dateien im Besitz von root, Modus 0600) und löschen Sie jede andere Kopie, auch E-Mail-Anhänge und Downloads.</translation>
    </message>
    <message>
        <source>If the bundle was ever exposed, replace the keys and certificates at once and, with DANE, publish the new TLSA digests first.</source>
        <translation>War das Paket je offengelegt, ersetzen Sie Schlüssel und Zertifikate sofort und veröffentlichen Sie bei DANE zuerst die neuen TLSA-Hashwerte.</translation>
    </message>
    <message>
        <source>This PDF itself contains no key material.</source>
        <translation>Dieses PDF selbst enthält kein Schlüsselmaterial.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Policy hosting</source>
        <translation>Hosting der Richtlinie</translation>
    </message>
    <message>
        <source>Rollout phase</source>
        <translation>Phase der Einführung</translation>
    </message>
    <message>
        <source>In this phase since</source>
        <translation>In dieser Phase seit</translation>
    </message>
    <message>
        <source>Current policy id</source>
        <translation>Aktuelle Richtlinien-ID</translation>
    </message>
    <message>
        <source>Ready for enforce since %1</source>
        <translation>Bereit für enforce seit %1</translation>
    </message>
    <message>
        <source>Not ready for enforce yet: %1, %2</source>
        <translation>Noch nicht bereit für enforce: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in testing</source>
        <translation>
            <numerusform>%n Tag im Modus testing</numerusform>
            <numerusform>%n Tage im Modus testing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clean day(s) in a row</source>
        <translation>
            <numerusform>%n sauberer Tag in Folge</numerusform>
            <numerusform>%n saubere Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applicable in this phase</source>
        <translation>In dieser Phase nicht zutreffend</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>%1 (%2): the TLS check failed with “%3”.</source>
        <translation>%1 (%2): Die TLS-Prüfung ist mit „%3“ fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message>
        <source>What this document contains</source>
        <translation>Was dieses Dokument enthält</translation>
    </message>
    <message>
        <source>Every record, file and procedure needed to operate MTA-STS, TLS reporting and, where DNSSEC allows it, DANE for this domain: what is published, how certificates are renewed, how to read the daily reports, what to do when a failure is reported, and how to roll back or remove the setup.</source>
        <translation>Alle Einträge, Dateien und Abläufe, die für den Betrieb von MTA-STS, TLS-Reporting und – wo DNSSEC es erlaubt – DANE für diese Domain nötig sind: was veröffentlicht ist, wie Zertifikate erneuert werden, wie die täglichen Berichte zu lesen sind, was bei einem gemeldeten Fehler zu tun ist und wie die Einrichtung zurückgenommen oder entfernt wird.</translation>
    </message>
    <message>
        <source>MX inventory: no discovery has been run.</source>
        <translation>MX-Inventar: Es wurde noch keine Erkundung durchgeführt.</translation>
    </message>
    <message>
        <source>MX inventory and DNSSEC</source>
        <translation>MX-Inventar und DNSSEC</translation>
    </message>
    <message>
        <source>Discovery of %1 on %2 (resolver %3).</source>
        <translation>Erkundung von %1 am %2 (Resolver %3).</translation>
    </message>
    <message>
        <source>Pref.</source>
        <translation>Prio.</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>DNSSEC (addresses)</source>
        <translation>DNSSEC (Adressen)</translation>
    </message>
    <message>
        <source>DNSSEC (TLSA)</source>
        <translation>DNSSEC (TLSA)</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Domain records found</source>
        <translation>Gefundene Einträge der Domain</translation>
    </message>
    <message>
        <source>MX RRset</source>
        <translation>MX-RRset</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Certificate inventory</source>
        <translation>Zertifikatsinventar</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>7-day alert</source>
        <translation>7-Tage-Warnung</translation>
    </message>
    <message>
        <source>14-day alert</source>
        <translation>14-Tage-Warnung</translation>
    </message>
    <message>
        <source>30-day alert</source>
        <translation>30-Tage-Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>SANs</source>
        <translation>SANs</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation>Ablaufwarnungen</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>not probed yet: run “stsdesk-cli probe” for this host</source>
        <translation>noch nicht geprüft: „stsdesk-cli probe“ für diesen Host ausführen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>none seen (%1)</source>
        <translation>keines gesehen (%1)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Certificate inventory: no host is known (no discovery, no probe).</source>
        <translation>Zertifikatsinventar: Es ist kein Host bekannt (keine Erkundung, keine Prüfung).</translation>
    </message>
    <message>
        <source>Every certificate is renewed by certbot on its own host; the deploy hook copies key and full chain to the paths below, which the server configuration uses, and reloads the server.</source>
        <translation>Jedes Zertifikat wird von certbot auf seinem eigenen Host erneuert; der Deploy-Hook kopiert Schlüssel und vollständige Kette an die unten genannten Pfade, die die Serverkonfiguration verwendet, und lädt den Server neu.</translation>
    </message>
    <message>
        <source>The certificates come from a commercial CA and are renewed by hand: install key and full chain at the paths below, which the server configuration uses, before the 30-day alert.</source>
        <translation>Die Zertifikate stammen von einer kommerziellen CA und werden von Hand erneuert: Installieren Sie Schlüssel und vollständige Kette vor der 30-Tage-Warnung an den unten genannten Pfaden, die die Serverkonfiguration verwendet.</translation>
    </message>
    <message>
        <source>Installed chain</source>
        <translation>Installierte Kette</translation>
    </message>
    <message>
        <source>Installed key</source>
        <translation>Installierter Schlüssel</translation>
    </message>
    <message>
        <source>Deploy hook</source>
        <translation>Deploy-Hook</translation>
    </message>
    <message>
        <source>not managed here (a provider's host, or not in the engagement's renewal settings)</source>
        <translation>wird hier nicht verwaltet (Host eines Anbieters oder nicht in den Erneuerungseinstellungen des Kundenprojekts)</translation>
    </message>
    <message>
        <source>It mails %1 at 30, 14 and 7 days before expiry, once per level.</source>
        <translation>Es schreibt 30, 14 und 7 Tage vor dem Ablauf an %1, je Stufe einmal.</translation>
    </message>
    <message>
        <source>It mails %1 at 30 days, %2 at 14 days and %3 at 7 days before expiry, once per level.</source>
        <translation>Es schreibt 30 Tage vor dem Ablauf an %1, 14 Tage vorher an %2 und 7 Tage vorher an %3, je Stufe einmal.</translation>
    </message>
    <message>
        <source>The alert script %1 runs after each renewal attempt on every host above and checks that host's installed chain.</source>
        <translation>Das Warnskript %1 läuft nach jedem Erneuerungsversuch auf jedem der obigen Hosts und prüft die dort installierte Kette.</translation>
    </message>
    <message>
        <source>A certificate that expires on a backup MX breaks delivery in enforce mode just like one on the primary.</source>
        <translation>Ein abgelaufenes Zertifikat auf einem Backup-MX stört die Zustellung im Enforce-Modus genauso wie eines auf dem primären MX.</translation>
    </message>
    <message>
        <source>No renewal automation could be generated for this engagement, so no expiry alert is set up.</source>
        <translation>Für dieses Kundenprojekt konnte keine Automatisierung der Erneuerung erzeugt werden, daher ist keine Ablaufwarnung eingerichtet.</translation>
    </message>
    <message>
        <source>Not checked yet: no mail server has been probed.</source>
        <translation>Noch nicht geprüft: Es wurde noch kein Mailserver getestet.</translation>
    </message>
    <message>
        <source>Not on every server: no encrypted session with %1.</source>
        <translation>Nicht auf jedem Server: keine verschlüsselte Sitzung mit %1.</translation>
    </message>
    <message>
        <source>Yes: every mail server probed offers STARTTLS.</source>
        <translation>Ja: Jeder geprüfte Mailserver bietet STARTTLS an.</translation>
    </message>
    <message>
        <source>Not yet: no policy has been published.</source>
        <translation>Noch nicht: Es wurde noch keine Richtlinie veröffentlicht.</translation>
    </message>
    <message>
        <source>Yes, enforced since %1: senders that support MTA-STS refuse to deliver over an unprotected connection.</source>
        <translation>Ja, durchgesetzt seit %1: Absender, die MTA-STS unterstützen, stellen über eine ungeschützte Verbindung nicht zu.</translation>
    </message>
    <message>
        <source>In testing since %1: senders report problems but still deliver.</source>
        <translation>Im Testbetrieb seit %1: Absender melden Probleme, stellen aber weiterhin zu.</translation>
    </message>
    <message>
        <source>Being removed since %1 (mode none).</source>
        <translation>Wird seit %1 entfernt (Modus none).</translation>
    </message>
    <message>
        <source>Not possible yet: it needs DNSSEC-signed zones for the domain and the mail servers.</source>
        <translation>Noch nicht möglich: Dafür müssen die Zonen der Domain und der Mailserver mit DNSSEC signiert sein.</translation>
    </message>
    <message>
        <source>Yes: the keys of all mail servers are published in DNS and match what the servers present.</source>
        <translation>Ja: Die Schlüssel aller Mailserver stehen im DNS und passen zu dem, was die Server vorlegen.</translation>
    </message>
    <message>
        <source>Possible, not complete: no matching TLSA record in DNS for %1.</source>
        <translation>Möglich, aber unvollständig: kein passender TLSA-Eintrag im DNS für %1.</translation>
    </message>
    <message>
        <source>How your incoming e-mail is protected</source>
        <translation>Wie Ihre eingehenden E-Mails geschützt sind</translation>
    </message>
    <message>
        <source>Other companies' mail servers deliver e-mail for %1 to your mail servers over the internet. Three mechanisms decide whether that connection is encrypted and whether the sender really talks to your server. They build on each other:</source>
        <translation>Die Mailserver anderer Unternehmen stellen E-Mails für %1 über das Internet an Ihre Mailserver zu. Drei Verfahren entscheiden, ob diese Verbindung verschlüsselt ist und ob der Absender wirklich mit Ihrem Server spricht. Sie bauen aufeinander auf:</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Protects against</source>
        <translation>Schützt vor</translation>
    </message>
    <message>
        <source>Does not protect against</source>
        <translation>Schützt nicht vor</translation>
    </message>
    <message>
        <source>Your domain now</source>
        <translation>Ihre Domain jetzt</translation>
    </message>
    <message>
        <source>Opportunistic STARTTLS</source>
        <translation>Opportunistisches STARTTLS</translation>
    </message>
    <message>
        <source>Passive eavesdropping: the connection is encrypted whenever both sides support it.</source>
        <translation>Passives Mitlesen: Die Verbindung ist verschlüsselt, wann immer beide Seiten es unterstützen.</translation>
    </message>
    <message>
        <source>An attacker on the path who removes the STARTTLS offer or presents a false certificate: the sender then delivers unencrypted, or to the attacker, without noticing.</source>
        <translation>Einen Angreifer auf dem Übertragungsweg, der das STARTTLS-Angebot entfernt oder ein falsches Zertifikat vorlegt: Der Absender stellt dann unverschlüsselt oder beim Angreifer zu, ohne es zu bemerken.</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>That attack, for senders that support MTA-STS: they deliver only over TLS to a server whose certificate is valid and names a mail server of your policy.</source>
        <translation>Diesen Angriff, bei Absendern, die MTA-STS unterstützen: Sie stellen nur über TLS an einen Server zu, dessen Zertifikat gültig ist und einen Mailserver Ihrer Richtlinie nennt.</translation>
    </message>
    <message>
        <source>The very first delivery of a sender that has not fetched your policy yet, and senders without MTA-STS.</source>
        <translation>Die allererste Zustellung eines Absenders, der Ihre Richtlinie noch nicht abgerufen hat, und Absender ohne MTA-STS.</translation>
    </message>
    <message>
        <source>The same attack without relying on certificate authorities: your servers' keys are published in DNSSEC-signed DNS and checked on every delivery, the first one included.</source>
        <translation>Denselben Angriff, ohne sich auf Zertifizierungsstellen zu verlassen: Die Schlüssel Ihrer Server stehen im DNSSEC-signierten DNS und werden bei jeder Zustellung geprüft, auch bei der ersten.</translation>
    </message>
    <message>
        <source>Senders that do not validate DNSSEC.</source>
        <translation>Absender, die DNSSEC nicht validieren.</translation>
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation>TLS-Berichte (TLS-RPT)</translation>
    </message>
    <message>
        <source>Nothing by itself: senders report every day which deliveries failed, so a problem is seen before mail is lost.</source>
        <translation>Allein vor nichts: Absender melden täglich, welche Zustellungen fehlgeschlagen sind, sodass ein Problem sichtbar wird, bevor E-Mails verloren gehen.</translation>
    </message>
    <message>
        <source>No reports received yet.</source>
        <translation>Noch keine Berichte empfangen.</translation>
    </message>
    <message>
        <source>Reports received from %1 to %2.</source>
        <translation>Berichte empfangen vom %1 bis %2.</translation>
    </message>
    <message>
        <source>STARTTLS alone encrypts, but cannot stop an attacker who sits between the servers. MTA-STS makes the large mail providers insist on a verified connection; DANE does the same for senders that check DNSSEC. With both, nearly every delivery to you is encrypted and authenticated, and the daily reports show where it is not.</source>
        <translation>STARTTLS allein verschlüsselt, kann aber einen Angreifer zwischen den Servern nicht aufhalten. MTA-STS sorgt dafür, dass die großen Mail-Anbieter auf einer geprüften Verbindung bestehen; DANE leistet dasselbe für Absender, die DNSSEC prüfen. Mit beiden ist fast jede Zustellung an Sie verschlüsselt und authentisiert, und die täglichen Berichte zeigen, wo nicht.</translation>
    </message>
    <message>
        <source>No discovery of %1 was stored: the MX hosts below were entered by hand.</source>
        <translation>Es wurde keine Erkennung von %1 gespeichert: die folgenden MX-Hosts wurden von Hand eingetragen.</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>From the discovery of %1, the latest TLS probes and the daily monitoring; what was published later is in the sections below.</source>
        <translation>Aus der Erkennung vom %1, den neuesten TLS-Prüfungen und der täglichen Überwachung; was danach veröffentlicht wurde, steht in den folgenden Abschnitten.</translation>
    </message>
</context>
<context>
    <name>sts::runbook::PublishingSections</name>
    <message>
        <source>Policy versions: no policy has been generated.</source>
        <translation>Richtlinienversionen: Es wurde noch keine Richtlinie erzeugt.</translation>
    </message>
    <message>
        <source>MTA-STS policy versions</source>
        <translation>MTA-STS-Richtlinienversionen</translation>
    </message>
    <message>
        <source>superseded %1</source>
        <translation>abgelöst %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age (s)</source>
        <translation>max_age (s)</translation>
    </message>
    <message>
        <source>mx patterns</source>
        <translation>mx-Muster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Served at https://mta-sts.%1/.well-known/mta-sts.txt as text/plain:</source>
        <translation>Ausgeliefert unter https://mta-sts.%1/.well-known/mta-sts.txt als text/plain:</translation>
    </message>
    <message>
        <source>The publish-order rule</source>
        <translation>Die Regel zur Veröffentlichungsreihenfolge</translation>
    </message>
    <message>
        <source>Always publish the new policy file first and change the TXT id second. A sender that sees a new id fetches the policy at once; if the file is not there yet, it keeps the old one or fails the fetch.</source>
        <translation>Veröffentlichen Sie immer zuerst die neue Richtliniendatei und ändern Sie danach die TXT-ID. Ein Absender, der eine neue ID sieht, ruft die Richtlinie sofort ab; ist die Datei noch nicht da, behält er die alte oder der Abruf schlägt fehl.</translation>
    </message>
    <message>
        <source>DNS records: they cannot be built yet (%1).</source>
        <translation>DNS-Einträge: Sie können noch nicht erzeugt werden (%1).</translation>
    </message>
    <message>
        <source>DNS records to publish</source>
        <translation>Zu veröffentlichende DNS-Einträge</translation>
    </message>
    <message>
        <source>When the policy changes, only the id in the _mta-sts TXT record changes, and only after the new policy file is served.</source>
        <translation>Ändert sich die Richtlinie, ändert sich nur die ID im TXT-Eintrag _mta-sts, und erst nachdem die neue Richtliniendatei ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Policy hosting: no hosting artifacts are available for this engagement.</source>
        <translation>Hosting der Richtlinie: Für dieses Kundenprojekt sind keine Hosting-Dateien verfügbar.</translation>
    </message>
    <message>
        <source>Hosting the policy</source>
        <translation>Hosting der Richtlinie</translation>
    </message>
    <message>
        <source>The policy host mta-sts.%1 serves only the policy file, over HTTPS with a certificate valid for that name, with status 200 and no redirects.</source>
        <translation>Der Richtlinien-Host mta-sts.%1 liefert nur die Richtliniendatei aus, über HTTPS mit einem für diesen Namen gültigen Zertifikat, mit Status 200 und ohne Weiterleitungen.</translation>
    </message>
    <message>
        <source>Test the configuration with “nginx -t”, then reload nginx.</source>
        <translation>Testen Sie die Konfiguration mit „nginx -t“ und laden Sie nginx danach neu.</translation>
    </message>
    <message>
        <source>Check: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt</source>
        <translation>Prüfen: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt</translation>
    </message>
    <message>
        <source>Renewal automation: no renewal artifacts are available for this engagement.</source>
        <translation>Automatische Erneuerung: Für dieses Kundenprojekt sind keine Erneuerungsdateien verfügbar.</translation>
    </message>
    <message>
        <source>Certificate renewal automation</source>
        <translation>Automatische Zertifikatserneuerung</translation>
    </message>
    <message>
        <source>DANE TLSA and key rotation</source>
        <translation>DANE-TLSA und Schlüsselwechsel</translation>
    </message>
    <message>
        <source>The MX hosts are in DNSSEC-signed zones, so sending servers that support DANE check the TLSA records below. Publish “3 1 1” (the SHA-256 of the server's public key).</source>
        <translation>Die MX-Hosts liegen in DNSSEC-signierten Zonen, daher prüfen sendende Server mit DANE-Unterstützung die folgenden TLSA-Einträge. Veröffentlichen Sie „3 1 1“ (SHA-256 des öffentlichen Schlüssels des Servers).</translation>
    </message>
    <message>
        <source>(probe the host first)</source>
        <translation>(zuerst den Host prüfen)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Two TLSA records must be published at every moment a sender may look: never replace the only record in one step.</source>
        <translation>Zu jedem Zeitpunkt, an dem ein Absender nachsehen kann, müssen zwei TLSA-Einträge veröffentlicht sein: Ersetzen Sie nie den einzigen Eintrag in einem Schritt.</translation>
    </message>
    <message>
        <source>DANE: the MX records and the mail servers' zones are not all DNSSEC-signed and validated, or every mail server is a provider's.</source>
        <translation>DANE: Die MX-Einträge und die Zonen der Mailserver sind nicht alle DNSSEC-signiert und validiert, oder alle Mailserver gehören einem Provider.</translation>
    </message>
    <message>
        <source>DANE: there is no scan of the domain yet.</source>
        <translation>DANE: Die Domain wurde noch nicht erkundet.</translation>
    </message>
    <message>
        <source>Key rotation for %1</source>
        <translation>Schlüsselwechsel für %1</translation>
    </message>
    <message>
        <source>TTL of the TLSA records in DNS: %1 s (discovery of %2).</source>
        <translation>TTL der TLSA-Einträge im DNS: %1 s (Erkundung vom %2).</translation>
    </message>
    <message>
        <source>DNS has no TLSA records for this host yet; the records handed over carry a TTL of %1 s, which the steps below use.</source>
        <translation>Im DNS gibt es für diesen Host noch keine TLSA-Einträge; die übergebenen Einträge haben eine TTL von %1 s, mit der die folgenden Schritte rechnen.</translation>
    </message>
    <message>
        <source>The key the host serves is not known: probe the host first (“stsdesk-cli probe”), then create the runbook again.</source>
        <translation>Der Schlüssel, den der Host ausliefert, ist nicht bekannt: Prüfen Sie zuerst den Host („stsdesk-cli probe“) und erstellen Sie dann das Betriebshandbuch neu.</translation>
    </message>
    <message>
        <source>Current key</source>
        <translation>Aktueller Schlüssel</translation>
    </message>
    <message>
        <source>Next key (staged)</source>
        <translation>Nächster Schlüssel (vorbereitet)</translation>
    </message>
    <message>
        <source>staged in STS Desk: %1</source>
        <translation>in STS Desk vorbereitet: %1</translation>
    </message>
    <message>
        <source>No next key is staged. Stage one with “stsdesk-cli csr --engagement ID --next” (or the key dialog); the next runbook then lists the exact records of the rollover. Until then, the steps are:</source>
        <translation>Es ist kein nächster Schlüssel vorbereitet. Bereiten Sie einen mit „stsdesk-cli csr --engagement ID --next“ (oder im Schlüsseldialog) vor; das nächste Betriebshandbuch nennt dann die genauen Einträge des Wechsels. Bis dahin sind die Schritte:</translation>
    </message>
    <message>
        <source>Stage the next key and compute its SPKI SHA-256 digest.</source>
        <translation>Den nächsten Schlüssel vorbereiten und seinen SPKI-SHA-256-Hash berechnen.</translation>
    </message>
    <message>
        <source>Publish its “3 1 1” record next to the current one (%1).</source>
        <translation>Seinen „3 1 1“-Eintrag neben dem aktuellen (%1) veröffentlichen.</translation>
    </message>
    <message>
        <source>After at least twice the TTL (%1 s), switch the server to the next key.</source>
        <translation>Nach mindestens der doppelten TTL (%1 s) den Server auf den nächsten Schlüssel umstellen.</translation>
    </message>
    <message>
        <source>After another two TTLs, remove the record of the old key.</source>
        <translation>Nach zwei weiteren TTLs den Eintrag des alten Schlüssels entfernen.</translation>
    </message>
    <message>
        <source>Add the next key's digest to %1 before the renewal that switches keys, or the deploy hook refuses the new key.</source>
        <translation>Tragen Sie den Hash des nächsten Schlüssels vor der Erneuerung, die den Schlüssel wechselt, in %1 ein, sonst lehnt der Deploy-Hook den neuen Schlüssel ab.</translation>
    </message>
    <message>
        <source>the accepted list of the deploy hook</source>
        <translation>die Liste zulässiger Schlüssel des Deploy-Hooks</translation>
    </message>
    <message>
        <source>draft (never published)</source>
        <translation>Entwurf (nie veröffentlicht)</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>verified %1 (DNS and HTTPS)</source>
        <translation>geprüft %1 (DNS und HTTPS)</translation>
    </message>
    <message>
        <source>published without proof: %1</source>
        <translation>ohne Nachweis veröffentlicht: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund hinterlegt</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DNSSEC: secure</source>
        <translation>DNSSEC: sicher</translation>
    </message>
    <message>
        <source>DNSSEC: not secure</source>
        <translation>DNSSEC: nicht sicher</translation>
    </message>
    <message>
        <source>Policy fetched</source>
        <translation>Richtlinie abgerufen</translation>
    </message>
    <message>
        <source>%1: HTTP %2, identical to the version</source>
        <translation>%1: HTTP %2, identisch mit der Version</translation>
    </message>
    <message>
        <source>differs from the version</source>
        <translation>weicht von der Version ab</translation>
    </message>
    <message>
        <source>published and secure</source>
        <translation>veröffentlicht und sicher</translation>
    </message>
    <message>
        <source>missing or not secure</source>
        <translation>fehlt oder nicht sicher</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Every version stored for this engagement, oldest first. A sender fetches a new policy only when the id in the _mta-sts TXT record changes; the live version is the one that record names now.</source>
        <translation>Jede für dieses Kundenprojekt gespeicherte Version, die älteste zuerst. Ein Absender ruft eine neue Richtlinie nur ab, wenn sich die ID im _mta-sts-TXT-Eintrag ändert; aktiv ist die Version, die dieser Eintrag jetzt nennt.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Live policy file (id %1)</source>
        <translation>Aktive Richtliniendatei (ID %1)</translation>
    </message>
    <message>
        <source>Newest policy file (id %1)</source>
        <translation>Neueste Richtliniendatei (ID %1)</translation>
    </message>
    <message>
        <source>No version has been published yet: nothing of this policy is live. Publish it with “stsdesk-cli policy publish” (or the Rollout page), which verifies DNS and HTTPS first.</source>
        <translation>Es wurde noch keine Version veröffentlicht: Nichts von dieser Richtlinie ist aktiv. Veröffentlichen Sie sie mit „stsdesk-cli policy publish“ (oder auf der Seite Einführung), das zuerst DNS und HTTPS prüft.</translation>
    </message>
    <message>
        <source>Evidence that version %1 is live</source>
        <translation>Nachweis, dass Version %1 aktiv ist</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wozu sie dient</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Certificates are renewed automatically on each host; the deploy hooks install key and chain where the servers read them and reload the services, and the alert script mails a warning at 30, 14 and 7 days before expiry if renewal has not happened.</source>
        <translation>Die Zertifikate werden auf jedem Host automatisch erneuert; die Deploy-Hooks installieren Schlüssel und Kette dort, wo die Server sie lesen, und laden die Dienste neu, und das Warnskript schickt 30, 14 und 7 Tage vor dem Ablauf eine Warnung, falls die Erneuerung ausgeblieben ist.</translation>
    </message>
    <message>
        <source>Install the hooks, the alert script and the accepted key lists below %1 on each host (hooks/, alert/, tlsa/): the certbot commands and the systemd units refer to them there.</source>
        <translation>Installieren Sie die Hooks, das Warnskript und die Listen der zulässigen Schlüssel auf jedem Host unterhalb von %1 (hooks/, alert/, tlsa/): Die certbot-Befehle und die systemd-Units verweisen dorthin.</translation>
    </message>
    <message>
        <source>No discovery has been run: whether TLSA records are published is not known.</source>
        <translation>Es wurde keine Erkundung durchgeführt: Ob TLSA-Einträge veröffentlicht sind, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>TLSA records found in DNS by the discovery of %1 (TTL in seconds, then the record data):</source>
        <translation>TLSA-Einträge, die die Erkundung vom %1 im DNS gefunden hat (TTL in Sekunden, dann die Daten des Eintrags):</translation>
    </message>
    <message>
        <source>Found in DNS</source>
        <translation>Im DNS gefunden</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>The records of the live policy version %1, published %2 (zone-file syntax, absolute names). The same records in provider formats are in the handover bundle.</source>
        <translation>Die Einträge der aktiven Richtlinienversion %1, veröffentlicht %2 (Zonendatei-Syntax, absolute Namen). Dieselben Einträge in den Formaten der Anbieter liegen im Übergabepaket.</translation>
    </message>
    <message>
        <source>No policy version is live yet. These are the records for version %1; publish them only together with that version.</source>
        <translation>Noch ist keine Richtlinienversion aktiv. Dies sind die Einträge für Version %1; veröffentlichen Sie sie nur zusammen mit dieser Version.</translation>
    </message>
    <message>
        <source>TLSA records in DNS</source>
        <translation>TLSA-Einträge im DNS</translation>
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (no port 80)</source>
        <translation>DNS-01 über RFC 2136 (kein Port 80)</translation>
    </message>
    <message>
        <source>%1 prove control of their names with a TXT record instead of port 80: certbot's dns-rfc2136 plugin adds it on the DNS server %2 (port %3) by an update signed with the TSIG key %4, and removes it afterwards.</source>
        <translation>%1 weisen die Kontrolle über ihre Namen mit einem TXT-Record statt über Port 80 nach: certbots Plugin dns-rfc2136 legt ihn auf dem DNS-Server %2 (Port %3) mit einem durch den TSIG-Schlüssel %4 signierten Update an und entfernt ihn danach wieder.</translation>
    </message>
    <message>
        <source>On the DNS server, create the TSIG key %1 (%2) and allow it to update only the TXT records of %3 in the zone %4, as in the example for Knot or BIND below.</source>
        <translation>Legen Sie auf dem DNS-Server den TSIG-Schlüssel %1 (%2) an und erlauben Sie ihm nur Updates der TXT-Records von %3 in der Zone %4, wie im Beispiel für Knot oder BIND unten.</translation>
    </message>
    <message>
        <source>On each of these hosts, copy %1 to %2, replace %3 by the key's secret and run “chmod 600 %2”. The secret is never stored in STS Desk, in this runbook or in the handover bundle.</source>
        <translation>Kopieren Sie auf jedem dieser Hosts %1 nach %2, ersetzen Sie %3 durch das Geheimnis des Schlüssels und führen Sie „chmod 600 %2“ aus. Das Geheimnis steht nie in STS Desk, in diesem Runbook oder im Übergabepaket.</translation>
    </message>
    <message numerus="yes">
        <source>Run certbot/issue-&lt;host&gt;.sh: certbot waits %n second(s) after the update before the CA looks up the record. The script refuses to run while the placeholder is still in the credentials file.</source>
        <translation>
            <numerusform>Führen Sie certbot/issue-&lt;Host&gt;.sh aus: certbot wartet nach dem Update %n Sekunde, bevor die CA den Record abfragt. Das Skript verweigert den Lauf, solange der Platzhalter noch in der Zugangsdatei steht.</numerusform>
            <numerusform>Führen Sie certbot/issue-&lt;Host&gt;.sh aus: certbot wartet nach dem Update %n Sekunden, bevor die CA den Record abfragt. Das Skript verweigert den Lauf, solange der Platzhalter noch in der Zugangsdatei steht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knot DNS (knot.conf):</source>
        <translation>Knot DNS (knot.conf):</translation>
    </message>
    <message>
        <source>BIND (named.conf):</source>
        <translation>BIND (named.conf):</translation>
    </message>
    <message>
        <source>Enable the modules: a2enmod ssl alias mime allowmethods.</source>
        <translation>Aktivieren Sie die Module: a2enmod ssl alias mime allowmethods.</translation>
    </message>
    <message>
        <source>Copy the site to /etc/apache2/sites-available/ and the policy file below the webroot; point %1 at the server.</source>
        <translation>Kopieren Sie die Site nach /etc/apache2/sites-available/ und die Richtliniendatei unter den Webroot; lassen Sie %1 auf den Server zeigen.</translation>
    </message>
    <message>
        <source>Run apache/issue-certificate.sh for the certificate (renewals reload Apache), then a2ensite %1.</source>
        <translation>Führen Sie apache/issue-certificate.sh für das Zertifikat aus (Erneuerungen laden Apache neu), danach a2ensite %1.</translation>
    </message>
    <message>
        <source>Test the configuration with “apache2ctl -t”, then reload Apache.</source>
        <translation>Testen Sie die Konfiguration mit „apache2ctl -t“ und laden Sie Apache danach neu.</translation>
    </message>
    <message>
        <source>Upload the folder cloudflare-pages/ as a Cloudflare Pages project (direct upload or “wrangler pages deploy cloudflare-pages”).</source>
        <translation>Laden Sie den Ordner cloudflare-pages/ als Cloudflare-Pages-Projekt hoch (Direkt-Upload oder „wrangler pages deploy cloudflare-pages“).</translation>
    </message>
    <message>
        <source>Add %1 as the project's custom domain; Cloudflare creates the DNS record and the certificate. The _headers file serves the policy as text/plain.</source>
        <translation>Fügen Sie %1 als eigene Domain des Projekts hinzu; Cloudflare legt den DNS-Eintrag und das Zertifikat an. Die Datei _headers liefert die Richtlinie als text/plain aus.</translation>
    </message>
    <message>
        <source>In cloudflare-worker/, run “wrangler deploy”: the Worker answers only on the custom domain %1 (the zone must be on the Cloudflare account).</source>
        <translation>Führen Sie in cloudflare-worker/ „wrangler deploy“ aus: Der Worker antwortet nur auf der eigenen Domain %1 (die Zone muss im Cloudflare-Konto liegen).</translation>
    </message>
    <message>
        <source>Every new policy version needs a new worker.js: generate the files again and deploy before changing the TXT id.</source>
        <translation>Jede neue Richtlinienversion braucht eine neue worker.js: Erzeugen Sie die Dateien neu und veröffentlichen Sie sie, bevor Sie die TXT-id ändern.</translation>
    </message>
    <message>
        <source>Push the contents of github-pages/ (CNAME, _config.yml, .well-known/) to the repository's Pages source; _config.yml makes Jekyll keep .well-known.</source>
        <translation>Übertragen Sie den Inhalt von github-pages/ (CNAME, _config.yml, .well-known/) in die Pages-Quelle des Repositorys; durch _config.yml behält Jekyll .well-known.</translation>
    </message>
    <message>
        <source>Point %1 by CNAME at &lt;owner&gt;.github.io, enter it as the custom domain in the Pages settings and turn on “Enforce HTTPS”.</source>
        <translation>Lassen Sie %1 per CNAME auf &lt;owner&gt;.github.io zeigen, tragen Sie den Namen als eigene Domain in den Pages-Einstellungen ein und schalten Sie „Enforce HTTPS“ ein.</translation>
    </message>
    <message>
        <source>mta-sts.%1 is served by the consultant's policy host: publish “mta-sts.%1 CNAME %2” (see the DNS records); the consultant obtains and renews its certificate there.</source>
        <translation>mta-sts.%1 wird vom Policy-Host des Beraters ausgeliefert: „mta-sts.%1 CNAME %2“ veröffentlichen (siehe DNS-Einträge); der Berater beschafft und erneuert das Zertifikat dort.</translation>
    </message>
</context>
<context>
    <name>sts::runbook::RunbookBuilder</name>
    <message>
        <source>Runbook %1 – %2</source>
        <translation>Betriebshandbuch %1 – %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Not covered in this runbook:</source>
        <translation>Nicht Teil dieses Betriebshandbuchs:</translation>
    </message>
</context>
<context>
    <name>sts::secrets</name>
    <message>
        <source>No desktop keychain could be reached (%1). Keep the password in a file instead (stsdesk-cli: --password-file FILE), or start a Secret Service such as GNOME Keyring or KeePassXC in your desktop session.</source>
        <translation>Kein Schlüsselbund des Desktops erreichbar (%1). Legen Sie das Passwort stattdessen in einer Datei ab (stsdesk-cli: --password-file DATEI), oder starten Sie in Ihrer Desktop-Sitzung einen Secret Service wie GNOME Keyring oder KeePassXC.</translation>
    </message>
    <message>
        <source>The desktop keychain refused access (%1). Unlock it and try again, or keep the password in a file instead.</source>
        <translation>Der Schlüsselbund des Desktops verweigert den Zugriff (%1). Entsperren Sie ihn und versuchen Sie es erneut, oder legen Sie das Passwort stattdessen in einer Datei ab.</translation>
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation>Der Schlüsselbund des Desktops ist gescheitert: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s; is it waiting to be unlocked?</source>
        <translation>keine Antwort innerhalb von %1 s; wartet er darauf, entsperrt zu werden?</translation>
    </message>
</context>
<context>
    <name>sts::services</name>
    <message>
        <source>served by the host (probe of %1)</source>
        <translation>vom Host ausgeliefert (Prüfung vom %1)</translation>
    </message>
    <message>
        <source>published in DNS now</source>
        <translation>derzeit im DNS veröffentlicht</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>staged key %1</source>
        <translation>vorbereiteter Schlüssel %1</translation>
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone, and there is no scan of the domain yet: go back to “Mail servers” and press Rescan (F5).</source>
        <translation>DANE braucht eine DNSSEC-signierte Zone, und die Domain wurde noch nicht geprüft: Gehen Sie zurück zu „Mailserver“ und drücken Sie „Erneut prüfen“ (F5).</translation>
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone: the MX records of %1 are %2. Sign the zone (and publish the DS at the parent) first; MTA-STS works without it.</source>
        <translation>DANE braucht eine DNSSEC-signierte Zone: Die MX-Einträge von %1 sind %2. Signieren Sie zuerst die Zone (und veröffentlichen Sie den DS in der übergeordneten Zone); MTA-STS funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>Every mail server of %1 is run by a provider: its TLSA records are the provider's to publish.</source>
        <translation>Jeder Mailserver von %1 wird von einem Anbieter betrieben: Seine TLSA-Einträge veröffentlicht der Anbieter.</translation>
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone: none of the mail servers' addresses of %1 validate as secure.</source>
        <translation>DANE braucht eine DNSSEC-signierte Zone: Keine der Mailserver-Adressen von %1 wird als sicher validiert.</translation>
    </message>
    <message>
        <source>no MTA-STS policy version has been created</source>
        <translation>es wurde noch keine MTA-STS-Policy-Version angelegt</translation>
    </message>
    <message>
        <source>No valid TLS-RPT record is published at _smtp._tls.%1; senders do not know where to send their reports.</source>
        <translation>Unter _smtp._tls.%1 ist kein gültiger TLS-RPT-Eintrag veröffentlicht; Absender wissen nicht, wohin sie ihre Berichte senden sollen.</translation>
    </message>
    <message>
        <source>The TLS-RPT record sends reports to %1, the engagement plans %2.</source>
        <translation>Der TLS-RPT-Eintrag sendet Berichte an %1, das Kundenprojekt sieht %2 vor.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 did not validate as DNSSEC-secure; DANE senders ignore them.</source>
        <translation>Die TLSA-Einträge von %1 wurden nicht als DNSSEC-sicher validiert; DANE-Absender ignorieren sie.</translation>
    </message>
    <message>
        <source>The TLSA records of %1 lack a digest the engagement publishes (%2).</source>
        <translation>Den TLSA-Einträgen von %1 fehlt eine Prüfsumme, die das Kundenprojekt veröffentlicht (%2).</translation>
    </message>
    <message>
        <source>the domain says it receives no mail (null MX)</source>
        <translation>die Domain erklärt, dass sie keine Mail empfängt (Null-MX)</translation>
    </message>
    <message>
        <source>no mail server found</source>
        <translation>kein Mailserver gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation>
            <numerusform>%n Mailserver</numerusform>
            <numerusform>%n Mailserver</numerusform>
        </translation>
    </message>
    <message>
        <source>a bogus answer for %1</source>
        <translation>eine ungültig signierte (bogus) Antwort für %1</translation>
    </message>
    <message>
        <source>the MX answer could not be validated</source>
        <translation>die MX-Antwort konnte nicht validiert werden</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>key and CSR generated</source>
        <translation>Schlüssel und CSR erzeugt</translation>
    </message>
    <message>
        <source>no certificate seen yet</source>
        <translation>noch kein Zertifikat gesehen</translation>
    </message>
    <message>
        <source>every certificate seen is good</source>
        <translation>jedes gesehene Zertifikat ist in Ordnung</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) failed</source>
        <translation>
            <numerusform>%n Adresse fehlgeschlagen</numerusform>
            <numerusform>%n Adressen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>every address passed</source>
        <translation>jede Adresse bestanden</translation>
    </message>
    <message>
        <source>no version saved</source>
        <translation>keine Version gespeichert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>records ready to publish</source>
        <translation>Einträge bereit zur Veröffentlichung</translation>
    </message>
    <message>
        <source>needs a policy version</source>
        <translation>braucht eine Richtlinienversion</translation>
    </message>
    <message>
        <source>%1: DANE senders defer mail</source>
        <translation>%1: DANE-Absender stellen Mail zurück</translation>
    </message>
    <message>
        <source>no key for TLSA yet</source>
        <translation>noch kein Schlüssel für TLSA</translation>
    </message>
    <message>
        <source>TLSA records ready</source>
        <translation>TLSA-Einträge bereit</translation>
    </message>
    <message>
        <source>Customer and domain</source>
        <translation>Kunde und Domain</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Hosting &amp; renewal</source>
        <translation>Hosting &amp; Erneuerung</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source>%n mail server(s) entered by hand</source>
        <translation>
            <numerusform>%n Mailserver von Hand eingetragen</numerusform>
            <numerusform>%n Mailserver von Hand eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation>noch nicht gescannt</translation>
    </message>
    <message>
        <source>settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>settings not saved yet</source>
        <translation>Einstellungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>no TLS-RPT address: failures would go unreported</source>
        <translation>keine TLS-RPT-Adresse: Fehler würden nicht gemeldet</translation>
    </message>
    <message>
        <source>The DNS server for RFC 2136 updates must be an IP address (certbot's dns-rfc2136 plugin takes no host names); “%1” is not one.</source>
        <translation>Der DNS-Server für RFC-2136-Updates muss eine IP-Adresse sein (certbots Plugin dns-rfc2136 nimmt keine Hostnamen); „%1“ ist keine.</translation>
    </message>
    <message>
        <source>“%1” is not a TSIG key name (letters, digits, - and _, in dot-separated labels, as the DNS server's key is named).</source>
        <translation>„%1“ ist kein TSIG-Schlüsselname (Buchstaben, Ziffern, - und _, in durch Punkte getrennten Labels, so wie der Schlüssel auf dem DNS-Server heißt).</translation>
    </message>
    <message>
        <source>The DNS server port must be between 1 and 65535.</source>
        <translation>Der Port des DNS-Servers muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a TSIG algorithm certbot knows; use one of %2.</source>
        <translation>„%1“ ist kein TSIG-Algorithmus, den certbot kennt; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a zone name.</source>
        <translation>„%1“ ist kein Zonenname.</translation>
    </message>
    <message>
        <source>The propagation time must be between 0 and 3600 seconds.</source>
        <translation>Die Wartezeit für die Verbreitung muss zwischen 0 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired (%2).</source>
        <translation>Das Zertifikat von %1 ist abgelaufen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s) (%2).</source>
        <translation>
            <numerusform>Das Zertifikat von %1 läuft in %n Tag ab (%2).</numerusform>
            <numerusform>Das Zertifikat von %1 läuft in %n Tagen ab (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation>Die MX-Hosts haben sich von %1 zu %2 geändert.</translation>
    </message>
    <message>
        <source>Draft policy %1 covers the new set; it is not published.</source>
        <translation>Der Richtlinienentwurf %1 deckt die neuen Hosts ab; er ist nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record announces id %1, but the served policy is none of the stored versions (live: %2).</source>
        <translation>Der _mta-sts-TXT-Eintrag nennt die ID %1, die ausgelieferte Richtlinie ist aber keine der gespeicherten Versionen (gültig: %2).</translation>
    </message>
    <message>
        <source>The _mta-sts TXT record announces id %1, but the policy host serves version %2.</source>
        <translation>Der _mta-sts-TXT-Eintrag nennt die ID %1, der Richtlinien-Host liefert aber Version %2 aus.</translation>
    </message>
    <message>
        <source>The policy cannot be fetched from %1 (%2).</source>
        <translation>Die Richtlinie kann nicht von %1 abgerufen werden (%2).</translation>
    </message>
    <message>
        <source>The TLSA records of %1 do not match the key it serves.</source>
        <translation>Die TLSA-Einträge von %1 passen nicht zu dem Schlüssel, den der Host ausliefert.</translation>
    </message>
    <message>
        <source>On %1, %2 of %3 sessions failed, against %4 in the %5 days before.</source>
        <translation>Am %1 schlugen %2 von %3 Sitzungen fehl, gegenüber %4 in den %5 Tagen davor.</translation>
    </message>
    <message>
        <source>Ready for enforce: %1 clean days in a row after %2 days of testing.</source>
        <translation>Bereit für enforce: %1 saubere Tage in Folge nach %2 Tagen im Test.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Postfach: %1</translation>
    </message>
    <message>
        <source>The live policy still covers every host.</source>
        <translation>Die gültige Richtlinie deckt weiterhin jeden Host ab.</translation>
    </message>
    <message>
        <source>Run discovery again to record the new set.</source>
        <translation>Erkennung erneut ausführen, um die neuen Hosts zu übernehmen.</translation>
    </message>
    <message>
        <source>The live policy %1 does not cover %2.</source>
        <translation>Die gültige Richtlinie %1 deckt %2 nicht ab.</translation>
    </message>
    <message>
        <source>Senders that enforce MTA-STS refuse to deliver to it.</source>
        <translation>Absender, die MTA-STS durchsetzen, stellen dorthin nicht zu.</translation>
    </message>
</context>
<context>
    <name>sts::services::Assignments</name>
    <message>
        <source>Name the consultant by their login or database role (1 to 63 characters, no control characters).</source>
        <translation>Nennen Sie den Berater mit seinem Anmeldenamen oder seiner Datenbankrolle (1 bis 63 Zeichen, keine Steuerzeichen).</translation>
    </message>
    <message>
        <source>“%1” is not a role of this PostgreSQL server: on a team workspace a consultant is named by their database role.</source>
        <translation>„%1“ ist keine Rolle dieses PostgreSQL-Servers: In einem Team-Arbeitsbereich wird ein Berater mit seiner Datenbankrolle genannt.</translation>
    </message>
</context>
<context>
    <name>sts::services::DeliverySettings</name>
    <message>
        <source>“%1” is not a mail address (name@example.com).</source>
        <translation>„%1“ ist keine Mail-Adresse (name@example.com).</translation>
    </message>
</context>
<context>
    <name>sts::services::MailboxSync</name>
    <message>
        <source>No password for %1 is stored in the desktop keychain. Save it in the engagement's Mailbox settings (stsdesk-cli: mailbox set ID --password-file FILE --store-password), or give a password file.</source>
        <translation>Für %1 ist kein Passwort im Schlüsselbund des Desktops gespeichert. Speichern Sie es in den Postfach-Einstellungen des Kundenprojekts (stsdesk-cli: mailbox set ID --password-file DATEI --store-password), oder geben Sie eine Passwortdatei an.</translation>
    </message>
    <message>
        <source>Engagement %1 has no mailbox. Set one in its Mailbox settings (stsdesk-cli: mailbox set ID --host HOST --user USER).</source>
        <translation>Das Kundenprojekt %1 hat kein Postfach. Legen Sie eines in seinen Postfach-Einstellungen fest (stsdesk-cli: mailbox set ID --host HOST --user BENUTZER).</translation>
    </message>
</context>
<context>
    <name>sts::services::Mailboxes</name>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation>„%1“ ist kein Hostname und keine Adresse.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The user name is missing.</source>
        <translation>Der Benutzername fehlt.</translation>
    </message>
    <message>
        <source>A folder name cannot contain quotes or line breaks.</source>
        <translation>Ein Ordnername darf keine Anführungszeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation>Die CA-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Engagement %1 has no mailbox.</source>
        <translation>Das Kundenprojekt %1 hat kein Postfach.</translation>
    </message>
</context>
<context>
    <name>sts::services::ManualMx</name>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingetragen</translation>
    </message>
    <message>
        <source>found in DNS</source>
        <translation>im DNS gefunden</translation>
    </message>
    <message>
        <source>Enter the mail server's host name (mx1.example.com).</source>
        <translation>Geben Sie den Hostnamen des Mailservers ein (mx1.example.com).</translation>
    </message>
    <message>
        <source>“%1” is not a host name. Type it like mx1.example.com: letters, digits and hyphens, with dots between the labels.</source>
        <translation>„%1“ ist kein Hostname. Schreiben Sie ihn wie mx1.example.com: Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Teilen.</translation>
    </message>
    <message>
        <source>The priority is a number from 0 to 65535 (lower is tried first).</source>
        <translation>Die Priorität ist eine Zahl von 0 bis 65535 (niedrigere wird zuerst versucht).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address (192.0.2.25, 2001:db8::25).</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse (192.0.2.25, 2001:db8::25).</translation>
    </message>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation>Es gibt keinen von Hand eingetragenen Mailserver %1.</translation>
    </message>
    <message>
        <source>%1 is already in the list (entry %2): edit that one instead.</source>
        <translation>%1 steht schon in der Liste (Eintrag %2): ändern Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>not in DNS (yet)</source>
        <translation>(noch) nicht im DNS</translation>
    </message>
    <message>
        <source>DNS has it now, with the same priority and addresses</source>
        <translation>das DNS hat ihn jetzt, mit derselben Priorität und denselben Adressen</translation>
    </message>
    <message>
        <source>priority %1 in DNS</source>
        <translation>Priorität %1 im DNS</translation>
    </message>
    <message>
        <source>addresses in DNS: %1</source>
        <translation>Adressen im DNS: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>DNS has it now, but with %1</source>
        <translation>das DNS hat ihn jetzt, aber mit %1</translation>
    </message>
</context>
<context>
    <name>sts::services::PolicyHostingSync</name>
    <message>
        <source>retired: the next sync drops it</source>
        <translation>stillgelegt: der nächste Abgleich entfernt ihn</translation>
    </message>
    <message>
        <source>hosted</source>
        <translation>gehostet</translation>
    </message>
    <message>
        <source>waiting for a live policy</source>
        <translation>wartet auf eine aktive Policy</translation>
    </message>
    <message>
        <source>removal pending: the next sync serves mode none</source>
        <translation>Entfernung ausstehend: der nächste Abgleich liefert mode none aus</translation>
    </message>
    <message>
        <source>retiring: serves mode none</source>
        <translation>wird stillgelegt: liefert mode none aus</translation>
    </message>
    <message>
        <source>“%1” is not a host name: %2</source>
        <translation>„%1“ ist kein Hostname: %2</translation>
    </message>
    <message>
        <source>The reload command did not finish in time: %1</source>
        <translation>Der Befehl zum Neuladen wurde nicht rechtzeitig fertig: %1</translation>
    </message>
</context>
<context>
    <name>sts::services::RecordPush</name>
    <message>
        <source>No record of %1 lies in the zone %2: nothing to push.</source>
        <translation>Kein Record von %1 liegt in der Zone %2: nichts zu senden.</translation>
    </message>
    <message>
        <source>Sending the update to %1</source>
        <translation>Update wird an %1 gesendet</translation>
    </message>
    <message>
        <source>Checking what %1 serves</source>
        <translation>Prüfe, was %1 ausliefert</translation>
    </message>
</context>
<context>
    <name>sts::storage</name>
    <message>
        <source>~/.postgresql/root.crt (no sslrootcert given)</source>
        <translation>~/.postgresql/root.crt (kein sslrootcert angegeben)</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server %1 is not for the host name “%2” that was connected to, so the server could not be verified (sslmode=verify-full checks the name). Connect by a name the certificate holds, or give the server a certificate for this name.</source>
        <translation>Das Zertifikat des PostgreSQL-Servers %1 gilt nicht für den Hostnamen „%2“, mit dem verbunden wurde; der Server ließ sich daher nicht prüfen (sslmode=verify-full prüft den Namen). Verbinden Sie sich über einen Namen aus dem Zertifikat oder geben Sie dem Server ein Zertifikat für diesen Namen.</translation>
    </message>
    <message>
        <source>The certificate of the PostgreSQL server %1 is not signed by the trusted root certificate %2, so the server could not be verified. Give the root (CA) certificate that issued the server's certificate as sslrootcert.</source>
        <translation>Das Zertifikat des PostgreSQL-Servers %1 ist nicht vom vertrauenswürdigen Stammzertifikat %2 signiert; der Server ließ sich daher nicht prüfen. Geben Sie als sslrootcert das Stammzertifikat (CA) an, das das Zertifikat des Servers ausgestellt hat.</translation>
    </message>
    <message>
        <source>The root certificate %1 to verify the PostgreSQL server %2 with cannot be read. Give the CA certificate's file as sslrootcert.</source>
        <translation>Das Stammzertifikat %1 zum Prüfen des PostgreSQL-Servers %2 lässt sich nicht lesen. Geben Sie die Datei des CA-Zertifikats als sslrootcert an.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 does not offer TLS, but the workspace URL requires it (sslmode=%2). Switch TLS on at the server.</source>
        <translation>Der PostgreSQL-Server %1 bietet kein TLS an, die URL des Arbeitsbereichs verlangt es aber (sslmode=%2). Schalten Sie TLS am Server ein.</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of “%2”, or none was found. Enter it in Settings (Workspace password) or store it with “stsdesk-cli workspace store-password”; both keep it in the password file %3.</source>
        <translation>Der PostgreSQL-Server %1 hat das Passwort von „%2“ abgelehnt, oder es wurde keines gefunden. Geben Sie es in den Einstellungen ein (Arbeitsbereichs-Passwort) oder speichern Sie es mit „stsdesk-cli workspace store-password“; beide legen es in der Passwortdatei %3 ab.</translation>
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation>Die Arbeitsbereichs-Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Einzelheiten: %2</translation>
    </message>
</context>
<context>
    <name>sts::storage::AssignmentRepository</name>
    <message>
        <source>reading who the engagements are assigned to</source>
        <translation>Lesen, wem die Kundenprojekte zugewiesen sind</translation>
    </message>
    <message>
        <source>reading who the engagement is assigned to</source>
        <translation>Lesen, wem das Kundenprojekt zugewiesen ist</translation>
    </message>
    <message>
        <source>assigning the engagement</source>
        <translation>Zuweisen des Kundenprojekts</translation>
    </message>
    <message>
        <source>unassigning the engagement</source>
        <translation>Aufheben der Zuweisung des Kundenprojekts</translation>
    </message>
    <message>
        <source>asking the server for the database role</source>
        <translation>Abfragen der Datenbankrolle beim Server</translation>
    </message>
    <message>
        <source>looking up the database role</source>
        <translation>Nachschlagen der Datenbankrolle</translation>
    </message>
</context>
<context>
    <name>sts::storage::CertificateChallengeRepository</name>
    <message>
        <source>reading the certificate challenges</source>
        <translation>Lesen der Zertifikats-Challenges</translation>
    </message>
    <message>
        <source>saving the certificate challenges</source>
        <translation>Speichern der Zertifikats-Challenges</translation>
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
        <source>The PostgreSQL URL names no database (…/database at the end).</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank (…/datenbank am Ende).</translation>
    </message>
    <message>
        <source>The SQLite location names no file.</source>
        <translation>Der SQLite-Ort nennt keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database, optionally with libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=/path/root.crt).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL (erwartet: postgresql://benutzer@host:port/datenbank, wahlweise mit libpq-Parametern wie ?sslmode=verify-full&amp;sslrootcert=/pfad/root.crt).</translation>
    </message>
</context>
<context>
    <name>sts::storage::DeliverySettingsRepository</name>
    <message>
        <source>reading the delivery settings</source>
        <translation>Lesen der Zustelleinstellungen</translation>
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Es gibt kein Kundenprojekt %1.</translation>
    </message>
    <message>
        <source>saving the delivery settings</source>
        <translation>Speichern der Zustelleinstellungen</translation>
    </message>
</context>
<context>
    <name>sts::storage::DiscoveryRepository</name>
    <message>
        <source>storing a discovery snapshot</source>
        <translation>Speichern einer Bestandsaufnahme</translation>
    </message>
    <message>
        <source>reading discovery snapshots</source>
        <translation>Lesen der Bestandsaufnahmen</translation>
    </message>
    <message>
        <source>Discovery snapshot %1 cannot be read: %2</source>
        <translation>Bestandsaufnahme %1 kann nicht gelesen werden: %2</translation>
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
    <name>sts::storage::FindingRepository</name>
    <message>
        <source>reading findings</source>
        <translation>beim Lesen der Befunde</translation>
    </message>
    <message>
        <source>updating a finding</source>
        <translation>beim Aktualisieren eines Befunds</translation>
    </message>
    <message>
        <source>storing a finding</source>
        <translation>beim Speichern eines Befunds</translation>
    </message>
    <message>
        <source>Finding %1 is resolved already; there is nothing to acknowledge.</source>
        <translation>Befund %1 ist bereits erledigt; es gibt nichts zu bestätigen.</translation>
    </message>
    <message>
        <source>acknowledging a finding</source>
        <translation>beim Bestätigen eines Befunds</translation>
    </message>
    <message>
        <source>resolving a finding</source>
        <translation>beim Erledigen eines Befunds</translation>
    </message>
    <message>
        <source>There is no finding %1.</source>
        <translation>Es gibt keinen Befund %1.</translation>
    </message>
    <message>
        <source>counting findings</source>
        <translation>beim Zählen der Befunde</translation>
    </message>
</context>
<context>
    <name>sts::storage::HostingRepository</name>
    <message>
        <source>reading the policy host settings</source>
        <translation>beim Lesen der Policy-Host-Einstellungen</translation>
    </message>
    <message>
        <source>saving the policy host settings</source>
        <translation>beim Speichern der Policy-Host-Einstellungen</translation>
    </message>
    <message>
        <source>reading the hosted policy sites</source>
        <translation>beim Lesen der gehosteten Policy-Sites</translation>
    </message>
    <message>
        <source>saving a hosted policy site</source>
        <translation>beim Speichern einer gehosteten Policy-Site</translation>
    </message>
    <message>
        <source>removing a hosted policy site</source>
        <translation>beim Entfernen einer gehosteten Policy-Site</translation>
    </message>
</context>
<context>
    <name>sts::storage::KeyFileRepository</name>
    <message>
        <source>recording a key file</source>
        <translation>Aufzeichnen einer Schlüsseldatei</translation>
    </message>
    <message>
        <source>reading the key files</source>
        <translation>Lesen der Schlüsseldateien</translation>
    </message>
</context>
<context>
    <name>sts::storage::MailboxRepository</name>
    <message>
        <source>reading the mailbox</source>
        <translation>beim Lesen des Postfachs</translation>
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Es gibt kein Kundenprojekt %1.</translation>
    </message>
    <message>
        <source>saving the mailbox</source>
        <translation>beim Speichern des Postfachs</translation>
    </message>
    <message>
        <source>removing the mailbox</source>
        <translation>beim Entfernen des Postfachs</translation>
    </message>
    <message>
        <source>recording the mailbox sync</source>
        <translation>beim Festhalten des Postfach-Abrufs</translation>
    </message>
</context>
<context>
    <name>sts::storage::ManualMxRepository</name>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation>Es gibt keinen von Hand eingetragenen Mailserver %1.</translation>
    </message>
    <message>
        <source>reading the hand-entered mail servers</source>
        <translation>beim Lesen der von Hand eingetragenen Mailserver</translation>
    </message>
    <message>
        <source>saving a hand-entered mail server</source>
        <translation>beim Speichern eines von Hand eingetragenen Mailservers</translation>
    </message>
    <message>
        <source>removing a hand-entered mail server</source>
        <translation>beim Entfernen eines von Hand eingetragenen Mailservers</translation>
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
    <name>sts::storage::MonitorLeases</name>
    <message>
        <source>taking a monitoring lease</source>
        <translation>beim Reservieren einer Überwachung</translation>
    </message>
    <message>
        <source>releasing a monitoring lease</source>
        <translation>beim Freigeben einer Überwachung</translation>
    </message>
    <message>
        <source>reading a monitoring lease</source>
        <translation>beim Lesen einer Überwachungsreservierung</translation>
    </message>
</context>
<context>
    <name>sts::storage::MonitorRuns</name>
    <message>
        <source>recording a monitor run</source>
        <translation>beim Speichern eines Überwachungslaufs</translation>
    </message>
    <message>
        <source>reading monitor runs</source>
        <translation>beim Lesen der Überwachungsläufe</translation>
    </message>
</context>
<context>
    <name>sts::storage::NotificationFindings</name>
    <message>
        <source>reading the findings to notify</source>
        <translation>beim Lesen der zu meldenden Befunde</translation>
    </message>
    <message>
        <source>reading the new findings</source>
        <translation>beim Lesen der neuen Befunde</translation>
    </message>
    <message>
        <source>marking findings as notified</source>
        <translation>beim Markieren der Befunde als gemeldet</translation>
    </message>
</context>
<context>
    <name>sts::storage::NotificationSettingsRepository</name>
    <message>
        <source>reading the notification settings</source>
        <translation>beim Lesen der Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>saving the notification settings</source>
        <translation>beim Speichern der Benachrichtigungseinstellungen</translation>
    </message>
    <message>
        <source>reading the weekly summary recipients</source>
        <translation>beim Lesen der Empfänger der Wochenübersicht</translation>
    </message>
    <message>
        <source>saving the weekly summary recipients</source>
        <translation>beim Speichern der Empfänger der Wochenübersicht</translation>
    </message>
    <message>
        <source>recording the weekly summary</source>
        <translation>beim Festhalten der Wochenübersicht</translation>
    </message>
</context>
<context>
    <name>sts::storage::PgPassFile</name>
    <message>
        <source>The password is empty or spans several lines; nothing was stored.</source>
        <translation>Das Passwort ist leer oder erstreckt sich über mehrere Zeilen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the password file %1: %2</source>
        <translation>Die Passwortdatei %1 lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>sts::storage::PolicyRepository</name>
    <message>
        <source>storing a policy version</source>
        <translation>Speichern einer Policy-Version</translation>
    </message>
    <message>
        <source>superseding the live policy</source>
        <translation>Ablösen der aktiven Policy</translation>
    </message>
    <message>
        <source>marking a policy as published</source>
        <translation>Markieren einer Policy als veröffentlicht</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Es gibt keine Policy-Version %1.</translation>
    </message>
    <message>
        <source>reading policy versions</source>
        <translation>Lesen der Policy-Versionen</translation>
    </message>
    <message>
        <source>reading the live policy</source>
        <translation>Lesen der aktiven Policy</translation>
    </message>
    <message>
        <source>storing a policy check</source>
        <translation>Speichern einer Policy-Prüfung</translation>
    </message>
    <message>
        <source>reading policy checks</source>
        <translation>Lesen der Policy-Prüfungen</translation>
    </message>
    <message>
        <source>reading the domain's policy ids</source>
        <translation>beim Lesen der Richtlinien-IDs der Domain</translation>
    </message>
    <message>
        <source>storing a policy verification</source>
        <translation>beim Speichern einer Richtlinienverifikation</translation>
    </message>
    <message>
        <source>reading policy verifications</source>
        <translation>beim Lesen der Richtlinienverifikationen</translation>
    </message>
</context>
<context>
    <name>sts::storage::PortfolioQuery</name>
    <message>
        <source>reading the last report days</source>
        <translation>beim Lesen der letzten Berichtstage</translation>
    </message>
    <message>
        <source>summarising the failure rates</source>
        <translation>beim Zusammenfassen der Fehlerquoten</translation>
    </message>
    <message>
        <source>reading the certificates probed</source>
        <translation>beim Lesen der geprüften Zertifikate</translation>
    </message>
    <message>
        <source>reading the monitor runs</source>
        <translation>beim Lesen der Monitoring-Läufe</translation>
    </message>
    <message>
        <source>summarising applied policies</source>
        <translation>beim Zusammenfassen der angewandten Policies</translation>
    </message>
    <message>
        <source>summarising failures</source>
        <translation>beim Zusammenfassen der Fehler</translation>
    </message>
</context>
<context>
    <name>sts::storage::ProbeRepository</name>
    <message>
        <source>storing a probe result</source>
        <translation>Speichern eines Prüfergebnisses</translation>
    </message>
    <message>
        <source>reading probe results</source>
        <translation>Lesen der Prüfergebnisse</translation>
    </message>
</context>
<context>
    <name>sts::storage::ReportCatalog</name>
    <message>
        <source>listing stored reports</source>
        <translation>Auflisten gespeicherter Berichte</translation>
    </message>
    <message>
        <source>reading a stored report</source>
        <translation>Lesen eines gespeicherten Berichts</translation>
    </message>
    <message>
        <source>There is no stored report %1.</source>
        <translation>Es gibt keinen gespeicherten Bericht %1.</translation>
    </message>
    <message>
        <source>removing a stored report</source>
        <translation>Entfernen eines gespeicherten Berichts</translation>
    </message>
</context>
<context>
    <name>sts::storage::ReportDomainRepository</name>
    <message>
        <source>reading report domains</source>
        <translation>beim Lesen der Berichtsdomains</translation>
    </message>
    <message>
        <source>adding a report domain</source>
        <translation>beim Hinzufügen einer Berichtsdomain</translation>
    </message>
    <message>
        <source>removing a report domain</source>
        <translation>beim Entfernen einer Berichtsdomain</translation>
    </message>
    <message>
        <source>reading unassigned reports</source>
        <translation>beim Lesen der nicht zugeordneten Berichte</translation>
    </message>
    <message>
        <source>finding reports of a domain</source>
        <translation>beim Suchen der Berichte einer Domain</translation>
    </message>
    <message>
        <source>moving reports</source>
        <translation>beim Umhängen von Berichten</translation>
    </message>
</context>
<context>
    <name>sts::storage::ReportRepository</name>
    <message>
        <source>preparing the report import</source>
        <translation>Vorbereiten des Berichtsimports</translation>
    </message>
    <message>
        <source>starting an import step</source>
        <translation>Starten eines Importschritts</translation>
    </message>
    <message>
        <source>finishing an import step</source>
        <translation>Abschließen eines Importschritts</translation>
    </message>
    <message>
        <source>undoing an import step</source>
        <translation>Rückgängigmachen eines Importschritts</translation>
    </message>
    <message>
        <source>storing a report</source>
        <translation>Speichern eines Berichts</translation>
    </message>
    <message>
        <source>storing a report policy</source>
        <translation>Speichern einer Berichts-Policy</translation>
    </message>
    <message>
        <source>storing a failure detail</source>
        <translation>Speichern eines Fehlerdetails</translation>
    </message>
    <message>
        <source>quarantining an unreadable input</source>
        <translation>Verschieben einer unlesbaren Eingabe in die Quarantäne</translation>
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation>Lesen der Quarantäne</translation>
    </message>
    <message>
        <source>removing an entry from the quarantine</source>
        <translation>Entfernen eines Eintrags aus der Quarantäne</translation>
    </message>
    <message>
        <source>reading engagement domains</source>
        <translation>Lesen der Domains der Kundenprojekte</translation>
    </message>
    <message>
        <source>finding unassigned reports</source>
        <translation>Suchen nicht zugeordneter Berichte</translation>
    </message>
    <message>
        <source>assigning reports</source>
        <translation>Zuordnen von Berichten</translation>
    </message>
    <message>
        <source>counting reports</source>
        <translation>Zählen der Berichte</translation>
    </message>
    <message>
        <source>counting unassigned reports</source>
        <translation>Zählen nicht zugeordneter Berichte</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
</context>
<context>
    <name>sts::storage::ReportVersions</name>
    <message>
        <source>looking up a stored report</source>
        <translation>Nachschlagen eines gespeicherten Berichts</translation>
    </message>
    <message>
        <source>The report “%1” from “%2” was removed while it was being stored again.</source>
        <translation>Der Bericht „%1“ von „%2“ wurde entfernt, während er erneut gespeichert wurde.</translation>
    </message>
    <message>
        <source>reading a stored report</source>
        <translation>Lesen eines gespeicherten Berichts</translation>
    </message>
    <message>
        <source>reading report versions</source>
        <translation>Lesen von Berichtsversionen</translation>
    </message>
    <message>
        <source>setting a report in conflict aside</source>
        <translation>Zurückstellen eines Berichts im Konflikt</translation>
    </message>
    <message>
        <source>keeping a conflicting report</source>
        <translation>Aufbewahren eines widersprüchlichen Berichts</translation>
    </message>
    <message>
        <source>reading report conflicts</source>
        <translation>Lesen von Berichtskonflikten</translation>
    </message>
    <message>
        <source>Report %1 has no versions in conflict.</source>
        <translation>Bericht %1 hat keine Versionen im Konflikt.</translation>
    </message>
    <message>
        <source>reading a report version</source>
        <translation>Lesen einer Berichtsversion</translation>
    </message>
    <message>
        <source>There is no report version %1.</source>
        <translation>Es gibt keine Berichtsversion %1.</translation>
    </message>
    <message>
        <source>Report version %1 cannot be read: %2</source>
        <translation>Berichtsversion %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>keeping a report version</source>
        <translation>Behalten einer Berichtsversion</translation>
    </message>
</context>
<context>
    <name>sts::storage::SourceCursors</name>
    <message>
        <source>reading the sync position of a report source</source>
        <translation>Lesen des Synchronisationsstands einer Berichtsquelle</translation>
    </message>
    <message>
        <source>saving the sync position of a report source</source>
        <translation>Speichern des Synchronisationsstands einer Berichtsquelle</translation>
    </message>
</context>
<context>
    <name>sts::storage::SqliteReportWriter</name>
    <message>
        <source>preparing the report import</source>
        <translation>Vorbereiten des Berichtsimports</translation>
    </message>
    <message>
        <source>storing a report</source>
        <translation>Speichern eines Berichts</translation>
    </message>
    <message>
        <source>The report “%1” from “%2” was removed while it was being stored again.</source>
        <translation>Der Bericht „%1“ von „%2“ wurde entfernt, während er erneut gespeichert wurde.</translation>
    </message>
    <message>
        <source>looking up a stored report</source>
        <translation>Nachschlagen eines gespeicherten Berichts</translation>
    </message>
    <message>
        <source>storing a report policy</source>
        <translation>Speichern einer Berichts-Policy</translation>
    </message>
    <message>
        <source>storing a failure detail</source>
        <translation>Speichern eines Fehlerdetails</translation>
    </message>
</context>
<context>
    <name>sts::tls</name>
    <message>
        <source>Could not read the certificate signing request</source>
        <translation>Die Zertifikatsanforderung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The certificate signing request holds no readable public key</source>
        <translation>Die Zertifikatsanforderung enthält keinen lesbaren öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>The private key is encrypted; its public key cannot be read without the passphrase</source>
        <translation>Der private Schlüssel ist verschlüsselt; sein öffentlicher Schlüssel kann ohne die Passphrase nicht gelesen werden</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>vertretbar</translation>
    </message>
    <message>
        <source>not recommended</source>
        <translation>nicht empfohlen</translation>
    </message>
    <message>
        <source>%1 is not recommended; only TLS 1.2 and TLS 1.3 are.</source>
        <translation>%1 wird nicht empfohlen; empfohlen sind nur TLS 1.2 und TLS 1.3.</translation>
    </message>
    <message>
        <source>%1 is not a %2 cipher suite.</source>
        <translation>%1 ist keine Cipher-Suite von %2.</translation>
    </message>
    <message>
        <source>Recommended by %1.</source>
        <translation>Empfohlen von %1.</translation>
    </message>
    <message>
        <source>Forward secret, but not among the suites %1 recommends.</source>
        <translation>Mit Forward Secrecy, aber nicht unter den Cipher-Suiten, die %1 empfiehlt.</translation>
    </message>
    <message>
        <source>Not among the suites %1 recommends, and without forward secrecy or with a weak algorithm.</source>
        <translation>Nicht unter den Cipher-Suiten, die %1 empfiehlt, und ohne Forward Secrecy oder mit einem schwachen Verfahren.</translation>
    </message>
</context>
<context>
    <name>sts::tls::Certificate</name>
    <message>
        <source>This is not a DER certificate</source>
        <translation>Dies ist kein DER-Zertifikat</translation>
    </message>
    <message>
        <source>The data holds no PEM or DER certificate</source>
        <translation>Die Daten enthalten kein PEM- oder DER-Zertifikat</translation>
    </message>
    <message>
        <source>The data holds no certificate</source>
        <translation>Die Daten enthalten kein Zertifikat</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>sts::tls::ChainVerification</name>
    <message>
        <source>Trusted certificate chain</source>
        <translation>Vertrauenswürdige Zertifikatskette</translation>
    </message>
    <message>
        <source>Missing intermediate: the server did not send “%1”</source>
        <translation>Fehlendes Zwischenzertifikat: Der Server hat „%1“ nicht gesendet</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation>Nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate does not name the host</source>
        <translation>Das Zertifikat nennt den Host nicht</translation>
    </message>
</context>
<context>
    <name>sts::tls::ChainVerifier</name>
    <message>
        <source>No certificate was presented</source>
        <translation>Es wurde kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>No trust store is loaded</source>
        <translation>Es ist kein Truststore geladen</translation>
    </message>
    <message>
        <source>Cannot use “%1” as a trust anchor</source>
        <translation>„%1“ kann nicht als Vertrauensanker verwendet werden</translation>
    </message>
    <message>
        <source>Cannot open the system CA store</source>
        <translation>Der CA-Speicher des Systems kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>sts::tls::CoverageCheck</name>
    <message>
        <source>No planned mx pattern covers “%1”; senders enforcing the policy will not deliver to it.</source>
        <translation>Kein geplantes mx-Muster deckt „%1“ ab; Absender, die die Policy durchsetzen, stellen nicht an diesen Host zu.</translation>
    </message>
    <message>
        <source>Add “mx: %1” (or a wildcard pattern for its parent) to the policy, or remove the MX record.</source>
        <translation>Nehmen Sie „mx: %1“ (oder ein Wildcard-Muster für die übergeordnete Domain) in die Policy auf oder entfernen Sie den MX-Record.</translation>
    </message>
    <message>
        <source>No certificate was seen for “%1”.</source>
        <translation>Für „%1“ liegt kein Zertifikat vor.</translation>
    </message>
    <message>
        <source>Probe “%1” (STARTTLS on port 25, HTTPS for the policy host) or import its certificate.</source>
        <translation>Prüfen Sie „%1“ (STARTTLS auf Port 25, HTTPS für den Policy-Host) oder importieren Sie sein Zertifikat.</translation>
    </message>
    <message>
        <source>“%1” serves its certificate without the intermediate “%2”.</source>
        <translation>„%1“ liefert sein Zertifikat ohne das Zwischenzertifikat „%2“ aus.</translation>
    </message>
    <message>
        <source>Configure the full chain (leaf followed by the intermediate, e.g. fullchain.pem) on “%1”.</source>
        <translation>Konfigurieren Sie auf „%1“ die vollständige Kette (Leaf-Zertifikat gefolgt vom Zwischenzertifikat, z. B. fullchain.pem).</translation>
    </message>
    <message>
        <source>The certificate of “%1” is not trusted: %2</source>
        <translation>Dem Zertifikat von „%1“ wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>Install a certificate from a public CA (e.g. Let’s Encrypt) on “%1”.</source>
        <translation>Installieren Sie auf „%1“ ein Zertifikat einer öffentlichen CA (z. B. Let’s Encrypt).</translation>
    </message>
    <message>
        <source>The backup MX “%1” serves an expired certificate (since %2).</source>
        <translation>Der Backup-MX „%1“ liefert ein abgelaufenes Zertifikat aus (seit %2).</translation>
    </message>
    <message>
        <source>“%1” serves an expired certificate (since %2).</source>
        <translation>„%1“ liefert ein abgelaufenes Zertifikat aus (seit %2).</translation>
    </message>
    <message>
        <source>Renew the certificate of “%1” and make sure renewal is automated (backup MX hosts are easily forgotten).</source>
        <translation>Erneuern Sie das Zertifikat von „%1“ und stellen Sie sicher, dass die Erneuerung automatisiert ist (Backup-MX-Hosts werden leicht vergessen).</translation>
    </message>
    <message>
        <source>The certificate of “%1” is not valid yet.</source>
        <translation>Das Zertifikat von „%1“ ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>Check the clock of the CA or of “%1” and reissue.</source>
        <translation>Prüfen Sie die Uhrzeit der CA oder von „%1“ und stellen Sie das Zertifikat neu aus.</translation>
    </message>
    <message>
        <source>The certificate of “%1” %2.</source>
        <translation>Das Zertifikat von „%1“ %2.</translation>
    </message>
    <message>
        <source>Renew the certificate of “%1” now.</source>
        <translation>Erneuern Sie das Zertifikat von „%1“ jetzt.</translation>
    </message>
    <message>
        <source>The certificate of “%1” does not name it (it names: %2).</source>
        <translation>Das Zertifikat von „%1“ nennt diesen Namen nicht (es nennt: %2).</translation>
    </message>
    <message>
        <source>Reissue the certificate with “%1” as a subjectAltName.</source>
        <translation>Stellen Sie das Zertifikat mit „%1“ als subjectAltName neu aus.</translation>
    </message>
</context>
<context>
    <name>sts::tls::CsrBuilder</name>
    <message>
        <source>There is no key to sign the request with</source>
        <translation>Es gibt keinen Schlüssel, mit dem die Anforderung signiert werden kann</translation>
    </message>
    <message>
        <source>“%1” is not a host name</source>
        <translation>„%1“ ist kein Hostname</translation>
    </message>
    <message>
        <source>A signing request needs at least one host</source>
        <translation>Eine Zertifikatsanforderung benötigt mindestens einen Host</translation>
    </message>
    <message>
        <source>Could not build the request subject</source>
        <translation>Das Subject der Anforderung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not add the host names</source>
        <translation>Die Hostnamen konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not sign the request</source>
        <translation>Die Anforderung konnte nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>sts::tls::ExpiryStatus</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>ist vor %n Tag abgelaufen</numerusform>
            <numerusform>ist vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::tls::KeyGenerator</name>
    <message>
        <source>Cannot create “%1”</source>
        <translation>„%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a key file name</source>
        <translation>„%1“ kann nicht als Name einer Schlüsseldatei verwendet werden</translation>
    </message>
</context>
<context>
    <name>sts::tls::LegacyProtocolCheck</name>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>sts::tls::PrivateKey</name>
    <message>
        <source>Could not generate the key</source>
        <translation>Der Schlüssel konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>Could not read the private key (wrong passphrase?)</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden (falsche Passphrase?)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no key</source>
        <translation>Es gibt keinen Schlüssel</translation>
    </message>
    <message>
        <source>Could not encode the private key</source>
        <translation>Der private Schlüssel konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>sts::tls::ProbeSession</name>
    <message>
        <source>The server sent a line longer than %1 bytes</source>
        <translation>Der Server hat eine Zeile mit mehr als %1 Bytes gesendet</translation>
    </message>
    <message>
        <source>The server's reply exceeded %1 bytes</source>
        <translation>Die Antwort des Servers überschritt %1 Bytes</translation>
    </message>
    <message>
        <source>The server did not answer in SMTP: “%1”</source>
        <translation>Der Server hat nicht per SMTP geantwortet: „%1“</translation>
    </message>
    <message>
        <source>The server refused the session: %1 %2</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>STARTTLS was refused: %1 %2</source>
        <translation>STARTTLS wurde abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>The server sent data after accepting STARTTLS</source>
        <translation>Der Server hat nach Annahme von STARTTLS Daten gesendet</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during “%1”</source>
        <translation>Der Server hat die Verbindung während „%1“ geschlossen</translation>
    </message>
    <message>
        <source>No answer within the time limit during “%1”</source>
        <translation>Keine Antwort innerhalb des Zeitlimits während „%1“</translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server closed the connection when offered %1</source>
        <translation>Der Server hat die Verbindung geschlossen, als ihm %1 angeboten wurde</translation>
    </message>
</context>
<context>
    <name>sts::tls::StagedKeyFinder</name>
    <message>
        <source>The staged key “%1” cannot be read without its passphrase; its digest is not shown.</source>
        <translation>Der vorbereitete Schlüssel „%1“ kann ohne seine Passphrase nicht gelesen werden; sein Hashwert wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>sts::tls::StarttlsProbe</name>
    <message>
        <source>The name lookup timed out</source>
        <translation>Die Namensauflösung hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>“%1” has no usable address</source>
        <translation>„%1“ hat keine verwendbare Adresse</translation>
    </message>
    <message>
        <source>Cannot resolve “%1”: %2</source>
        <translation>„%1“ kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The probe cannot run inside a running event loop; run it as a task.</source>
        <translation>Die Prüfung kann nicht innerhalb einer laufenden Ereignisschleife laufen; starten Sie sie als Aufgabe.</translation>
    </message>
</context>
<context>
    <name>sts::tls::TlsClientStream</name>
    <message>
        <source>This OpenSSL cannot offer %1: %2</source>
        <translation>Dieses OpenSSL kann %1 nicht anbieten: %2</translation>
    </message>
    <message>
        <source>Could not set up TLS: %1</source>
        <translation>TLS konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>the handshake failed without a reason</source>
        <translation>der Handshake ist ohne Angabe eines Grundes gescheitert</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The report is larger than %1 MiB (the limit for one report, whatever its container) and was refused unread.</source>
        <translation>Der Bericht ist größer als %1 MiB (die Grenze für einen Bericht, gleich in welchem Behälter) und wurde ungelesen abgelehnt.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was refused.</source>
        <translation>Die Datei ist größer als %1 MiB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The file grew while it was read and was refused; import it again when it is complete.</source>
        <translation>Die Datei wuchs, während sie gelesen wurde, und wurde abgelehnt; importieren Sie sie erneut, wenn sie vollständig ist.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::Aggregator</name>
    <message>
        <source>summarising reports</source>
        <translation>Zusammenfassen der Berichte</translation>
    </message>
    <message>
        <source>summarising failures</source>
        <translation>Zusammenfassen der Fehler</translation>
    </message>
    <message>
        <source>reading failure details</source>
        <translation>Lesen der Fehlerdetails</translation>
    </message>
    <message>
        <source>summarising applied policies</source>
        <translation>beim Zusammenfassen der angewandten Policys</translation>
    </message>
    <message>
        <source>reading the last report days</source>
        <translation>beim Lesen der letzten Berichtstage</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::Context</name>
    <message>
        <source>“%1” is a number, read as text.</source>
        <translation>„%1“ ist eine Zahl und wurde als Text gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not text and was ignored.</source>
        <translation>„%1“ ist kein Text und wurde ignoriert.</translation>
    </message>
    <message>
        <source>“%1” is missing, counted as 0.</source>
        <translation>„%1“ fehlt und wurde als 0 gezählt.</translation>
    </message>
    <message>
        <source>“%1” is a string, read as a number.</source>
        <translation>„%1“ ist ein String und wurde als Zahl gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not a non-negative integer, counted as 0.</source>
        <translation>„%1“ ist keine nichtnegative Ganzzahl und wurde als 0 gezählt.</translation>
    </message>
    <message>
        <source>“%1” uses a space instead of “T”.</source>
        <translation>„%1“ verwendet ein Leerzeichen statt „T“.</translation>
    </message>
    <message>
        <source>“%1” has no time, read as 00:00:00 UTC.</source>
        <translation>„%1“ hat keine Uhrzeit und wurde als 00:00:00 UTC gelesen.</translation>
    </message>
    <message>
        <source>“%1” has no time zone, read as UTC.</source>
        <translation>„%1“ hat keine Zeitzone und wurde als UTC gelesen.</translation>
    </message>
    <message>
        <source>A non-text entry in “%1” was ignored.</source>
        <translation>Ein Eintrag in „%1“, der kein Text ist, wurde ignoriert.</translation>
    </message>
    <message>
        <source>“%1” is a single string instead of an array.</source>
        <translation>„%1“ ist ein einzelner String statt eines Arrays.</translation>
    </message>
    <message>
        <source>“%1” is neither an array nor a string and was ignored.</source>
        <translation>„%1“ ist weder ein Array noch ein String und wurde ignoriert.</translation>
    </message>
    <message>
        <source>A failure detail has no “result-type”.</source>
        <translation>Ein Fehlerdetail hat kein „result-type“.</translation>
    </message>
    <message>
        <source>Unknown result type “%1” kept as “other”.</source>
        <translation>Unbekannter Ergebnistyp „%1“ wird als „other“ geführt.</translation>
    </message>
    <message>
        <source>“policy-string” lines ended in a carriage return, which was removed.</source>
        <translation>Zeilen in „policy-string“ endeten mit einem Wagenrücklauf (CR), der entfernt wurde.</translation>
    </message>
    <message>
        <source>A policy entry has no “policy” object.</source>
        <translation>Ein Policy-Eintrag hat kein „policy“-Objekt.</translation>
    </message>
    <message>
        <source>A policy has no “policy-type”.</source>
        <translation>Eine Policy hat kein „policy-type“.</translation>
    </message>
    <message>
        <source>Unknown policy type “%1” kept as “other”.</source>
        <translation>Unbekannter Policy-Typ „%1“ wird als „other“ geführt.</translation>
    </message>
    <message>
        <source>A “%1” policy has no “policy-domain”.</source>
        <translation>Eine „%1“-Policy hat keine „policy-domain“.</translation>
    </message>
    <message>
        <source>“mx-host” is a single string instead of an array.</source>
        <translation>„mx-host“ ist ein einzelner String statt eines Arrays.</translation>
    </message>
    <message>
        <source>A policy entry has no “summary” object.</source>
        <translation>Ein Policy-Eintrag hat kein „summary“-Objekt.</translation>
    </message>
    <message>
        <source>A failure detail that is not an object was ignored.</source>
        <translation>Ein Fehlerdetail, das kein Objekt ist, wurde ignoriert.</translation>
    </message>
    <message>
        <source>“failure-details” is not an array and was ignored.</source>
        <translation>„failure-details“ ist kein Array und wurde ignoriert.</translation>
    </message>
    <message>
        <source>“%1” is %2, more sessions than any sender has; counted as %3.</source>
        <translation>„%1“ ist %2, mehr Sitzungen, als ein Absender haben kann; gezählt als %3.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::Fields</name>
    <message>
        <source>Misspelled key “%1” read as “%2”.</source>
        <translation>Falsch geschriebenes Feld „%1“ wurde als „%2“ gelesen.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::FolderSource</name>
    <message>
        <source>Cannot create the folder %1 for imported reports.</source>
        <translation>Der Ordner %1 für importierte Berichte kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 out of the watched folder; it may be imported again (duplicates are only counted).</source>
        <translation>%1 kann nicht aus dem überwachten Ordner verschoben werden; die Datei wird eventuell erneut importiert (Duplikate werden nur gezählt).</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::GzipReader</name>
    <message>
        <source>The gzip decoder could not be started.</source>
        <translation>Der gzip-Decoder konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The gzip data decompresses to more than %1 MiB and was refused (limit for one report).</source>
        <translation>Die gzip-Daten ergeben entpackt mehr als %1 MiB und wurden abgelehnt (Grenze für einen Bericht).</translation>
    </message>
    <message>
        <source>%1 bytes after the end of the gzip stream were ignored.</source>
        <translation>%1 Bytes nach dem Ende des gzip-Streams wurden ignoriert.</translation>
    </message>
    <message>
        <source>The gzip data is truncated.</source>
        <translation>Die gzip-Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation>Die gzip-Daten sind beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::ImapSession</name>
    <message>
        <source>IMAP server %1:%2: %3 (%4)</source>
        <translation>IMAP-Server %1:%2: %3 (%4)</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>cannot send a command</source>
        <translation>Befehl kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>The server sent %1 bytes at once, more than the limit.</source>
        <translation>Der Server hat %1 Bytes auf einmal gesendet, mehr als das Limit.</translation>
    </message>
    <message>
        <source>a message did not arrive in time</source>
        <translation>eine Nachricht ist nicht rechtzeitig angekommen</translation>
    </message>
    <message>
        <source>The IMAP server refused “%1”: %2</source>
        <translation>Der IMAP-Server hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>No CA certificate could be read from “%1”.</source>
        <translation>Aus „%1“ konnte kein CA-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>TLS connection failed</source>
        <translation>TLS-Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>The server did not greet as an IMAP server: %1</source>
        <translation>Der Server hat sich nicht als IMAP-Server gemeldet: %1</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation>STARTTLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server did not report UIDVALIDITY for “%1”.</source>
        <translation>Der Server hat für „%1“ keine UIDVALIDITY gemeldet.</translation>
    </message>
    <message>
        <source>The server did not report the size of message %1.</source>
        <translation>Der Server hat die Größe der Nachricht %1 nicht gemeldet.</translation>
    </message>
    <message>
        <source>The server sent no content for message %1.</source>
        <translation>Der Server hat für Nachricht %1 keinen Inhalt gesendet.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::Importer</name>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation>Es gibt keine Datei und keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>writing reports</source>
        <translation>Schreiben von Berichten</translation>
    </message>
    <message>
        <source>“%1” belongs to this workspace and is not imported.</source>
        <translation>„%1“ gehört zu diesem Arbeitsbereich und wird nicht importiert.</translation>
    </message>
    <message>
        <source>The report is made of so many small values that reading it would take more than %1 MiB of memory; refused.</source>
        <translation>Der Bericht besteht aus so vielen kleinen Werten, dass sein Einlesen mehr als %1 MiB Speicher bräuchte; abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n parts of this input were refused; the first, %1: %2</source>
        <translation>
            <numerusform>%n Teil dieser Eingabe wurde abgelehnt; der erste, %1: %2</numerusform>
            <numerusform>%n Teile dieser Eingabe wurden abgelehnt; der erste, %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of this input was refused, %1: %2</source>
        <translation>Ein Teil dieser Eingabe wurde abgelehnt, %1: %2</translation>
    </message>
    <message>
        <source>(The input is larger than %1 MiB and was not kept here: import it again from where it is.)</source>
        <translation>(Die Eingabe ist größer als %1 MiB und wurde hier nicht aufbewahrt: importieren Sie sie erneut von ihrem Ort.)</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::InputAllowance</name>
    <message>
        <source>The input unpacks to more than %1 MiB in all (archives inside archives included) and was refused.</source>
        <translation>Die Eingabe ergibt entpackt insgesamt mehr als %1 MiB (Archive in Archiven eingerechnet) und wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::InputExtractor</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Containers are nested more than %1 levels deep; refused.</source>
        <translation>Container sind mehr als %1 Ebenen tief verschachtelt; abgelehnt.</translation>
    </message>
    <message>
        <source>This is not a TLS-RPT report: neither JSON, gzip, zip nor a mail message.</source>
        <translation>Dies ist kein TLS-RPT-Bericht: weder JSON, gzip, zip noch eine Mail-Nachricht.</translation>
    </message>
    <message>
        <source>This mail carries no TLS-RPT report (no JSON, gzip or zip attachment).</source>
        <translation>Diese Mail enthält keinen TLS-RPT-Bericht (kein JSON-, gzip- oder zip-Anhang).</translation>
    </message>
    <message>
        <source>The report is larger than %1 MiB (the limit for one report, whatever its container) and was refused.</source>
        <translation>Der Bericht ist größer als %1 MiB (die Grenze für einen Bericht, gleich in welchem Behälter) und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This mbox file holds no message.</source>
        <translation>Diese mbox-Datei enthält keine Nachricht.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::MailReader</name>
    <message>
        <source>The mail message is larger than %1 MiB and was refused.</source>
        <translation>Die Mail-Nachricht ist größer als %1 MiB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The mail message cannot be parsed.</source>
        <translation>Die Mail-Nachricht kann nicht verarbeitet werden.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportCuration</name>
    <message>
        <source>Say why the report goes back to the quarantine (a reason).</source>
        <translation>Geben Sie an, warum der Bericht zurück in die Quarantäne kommt (eine Begründung).</translation>
    </message>
    <message>
        <source>Taken out of the reports by %1: %2</source>
        <translation>Von %1 aus den Berichten genommen: %2</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportDomains</name>
    <message>
        <source>The engagement already takes the reports for %1.</source>
        <translation>Das Kundenprojekt übernimmt die Berichte für %1 bereits.</translation>
    </message>
    <message>
        <source>The reports for %1 go to the engagement %2 already. Remove the domain there first.</source>
        <translation>Die Berichte für %1 gehen bereits an das Kundenprojekt %2. Entfernen Sie die Domain zuerst dort.</translation>
    </message>
    <message>
        <source>Engagement %1 has no extra report domain %2.</source>
        <translation>Kundenprojekt %1 hat keine zusätzliche Berichtsdomain %2.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportParser</name>
    <message numerus="yes">
        <source>“policy-string” held a JSON array inside a string; read as %n entries.</source>
        <translation>
            <numerusform>„policy-string“ enthielt ein JSON-Array innerhalb eines Strings; als %n Eintrag gelesen.</numerusform>
            <numerusform>„policy-string“ enthielt ein JSON-Array innerhalb eines Strings; als %n Einträge gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document starts with a byte order mark, which was skipped.</source>
        <translation>Das Dokument beginnt mit einer Byte-Order-Mark (BOM), die übersprungen wurde.</translation>
    </message>
    <message>
        <source>This is not a TLS-RPT report: it is not valid JSON (%1 at byte %2).</source>
        <translation>Dies ist kein TLS-RPT-Bericht: kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a TLS-RPT report: the JSON document is not an object.</source>
        <translation>Dies ist kein TLS-RPT-Bericht: Das JSON-Dokument ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is not a TLS-RPT report: the JSON object has none of “organization-name”, “date-range”, “report-id” and “policies”.</source>
        <translation>Dies ist kein TLS-RPT-Bericht: Das JSON-Objekt enthält keines der Felder „organization-name“, „date-range“, „report-id“ und „policies“.</translation>
    </message>
    <message>
        <source>The report has no “organization-name” or no “report-id”, so it cannot be told apart from other reports.</source>
        <translation>Der Bericht hat kein „organization-name“ oder kein „report-id“ und kann daher nicht von anderen Berichten unterschieden werden.</translation>
    </message>
    <message>
        <source>The report “%1” from “%2” has no readable “date-range” (start “%3”, end “%4”).</source>
        <translation>Der Bericht „%1“ von „%2“ hat keine lesbare „date-range“ (Beginn „%3“, Ende „%4“).</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <source>A policy entry that is not an object was ignored.</source>
        <translation>Ein Policy-Eintrag, der kein Objekt ist, wurde ignoriert.</translation>
    </message>
    <message>
        <source>The report has no “policies” array.</source>
        <translation>Der Bericht hat kein „policies“-Array.</translation>
    </message>
    <message>
        <source>The report holds a NUL character (\u0000 at byte %1) in a text, which no report field can hold; refused.</source>
        <translation>Der Bericht enthält in einem Text ein NUL-Zeichen (\u0000 bei Byte %1), das kein Berichtsfeld enthalten kann; abgelehnt.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::WatchedFolder</name>
    <message>
        <source>Importing from the watched folder %1 failed: %2</source>
        <translation>Der Import aus dem überwachten Ordner %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::ZipReader</name>
    <message>
        <source>The zip archive cannot be opened: %1</source>
        <translation>Das zip-Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The zip archive is corrupt: %1</source>
        <translation>Das zip-Archiv ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The zip archive has more than %1 files and was refused.</source>
        <translation>Das zip-Archiv enthält mehr als %1 Dateien und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The zip entry “%1” cannot be read: %2</source>
        <translation>Der zip-Eintrag „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The zip entry “%1” decompresses to more than %2 MiB and was refused.</source>
        <translation>Der zip-Eintrag „%1“ ergibt entpackt mehr als %2 MiB und wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The zip archive holds no file.</source>
        <translation>Das Zip-Archiv enthält keine Datei.</translation>
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
    <message>
        <source>Writing the bundle was cancelled.</source>
        <translation>Das Schreiben des Übergabepakets wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Creating the runbook was cancelled.</source>
        <translation>Das Erstellen des Betriebshandbuchs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF could not be created.</source>
        <translation>Das PDF konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Pattern documented by %1; covers MX %2.</source>
        <translation>Von %1 dokumentiertes Muster; deckt MX %2 ab.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keinen</translation>
    </message>
    <message>
        <source>One wildcard for MX %1: the certificate is issued for %2.</source>
        <translation>Ein Platzhalter für MX %1: Das Zertifikat ist für %2 ausgestellt.</translation>
    </message>
    <message>
        <source>Provider pattern that no current MX host needs.</source>
        <translation>Anbietermuster, das kein aktueller MX-Host braucht.</translation>
    </message>
    <message>
        <source>MX host %1, listed by its exact name.</source>
        <translation>MX-Host %1, mit seinem genauen Namen aufgeführt.</translation>
    </message>
    <message>
        <source>The DNS resolver in Settings (“%1”) cannot be used: %2</source>
        <translation>Der DNS-Resolver in den Einstellungen („%1“) kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The policy host override in Settings (“%1”) is not host:port.</source>
        <translation>Die Adresse für den Richtlinien-Host in den Einstellungen („%1“) hat nicht die Form Host:Port.</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ in Ordnung</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>kein Record</translation>
    </message>
    <message>
        <source>(DNSSEC secure)</source>
        <translation>(DNSSEC-sicher)</translation>
    </message>
    <message>
        <source>_mta-sts TXT announces id %1</source>
        <translation>_mta-sts-TXT nennt die ID %1</translation>
    </message>
    <message>
        <source>_smtp._tls TXT (TLS-RPT)</source>
        <translation>_smtp._tls-TXT (TLS-RPT)</translation>
    </message>
    <message>
        <source>no reporting address</source>
        <translation>keine Berichtsadresse</translation>
    </message>
    <message>
        <source>TLSA for %1</source>
        <translation>TLSA für %1</translation>
    </message>
    <message>
        <source>secure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>not secure</source>
        <translation>nicht sicher</translation>
    </message>
    <message>
        <source>published: %1</source>
        <translation>veröffentlicht: %1</translation>
    </message>
    <message>
        <source>the served file differs from this version</source>
        <translation>die ausgelieferte Datei weicht von dieser Version ab</translation>
    </message>
    <message>
        <source>Policy served over HTTPS</source>
        <translation>Richtlinie über HTTPS ausgeliefert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>Cipher suite: %1</source>
        <translation>Cipher-Suite: %1</translation>
    </message>
    <message>
        <source>accepts %1</source>
        <translation>nimmt %1 an</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>open the settings (“DNS settings…” on “Mail servers”, or File → Settings…) and set “DNS resolver” to one that answers (used: %1; empty means the system resolver) or check “DNSSEC trust anchor”, then scan again (F5).</source>
        <translation>Öffnen Sie die Einstellungen („DNS-Einstellungen…“ auf „Mailserver“ oder Datei → Einstellungen…) und tragen Sie unter „DNS-Resolver“ einen ein, der antwortet (verwendet: %1; leer bedeutet der Resolver des Systems), oder prüfen Sie „DNSSEC-Vertrauensanker“; dann erneut prüfen (F5).</translation>
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
    <name>sts::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge a finding</source>
        <translation>Befund anerkennen</translation>
    </message>
    <message>
        <source>Every failure of that sender on that day</source>
        <translation>Jeder Fehler dieses Absenders an diesem Tag</translation>
    </message>
    <message>
        <source>A TLS-RPT result type such as starttls-not-supported, or empty.</source>
        <translation>Ein TLS-RPT-Ergebnistyp wie starttls-not-supported, oder leer.</translation>
    </message>
    <message>
        <source>Why the failure is the sender's own (recorded)</source>
        <translation>Warum der Fehler beim Absender liegt (wird festgehalten)</translation>
    </message>
    <message>
        <source>An acknowledged failure no longer blocks the ready verdict. Who acknowledged it and why stays in the engagement's log.</source>
        <translation>Ein anerkannter Fehler blockiert die Bereitschaft nicht mehr. Wer ihn anerkannt hat und warum, bleibt im Protokoll des Projekts.</translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation>&amp;Tag (UTC):</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>Result &amp;type:</source>
        <translation>&amp;Ergebnistyp:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>A&amp;nerkennen</translation>
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
    <name>sts::ui::AssignDomainDialog</name>
    <message>
        <source>Assign Domain to Engagement</source>
        <translation>Domain einem Kundenprojekt zuordnen</translation>
    </message>
    <message>
        <source>The engagement takes the stored reports for this domain and its subdomains, and every report for them imported later. Remove the domain from the engagement to give them back.</source>
        <translation>Das Kundenprojekt übernimmt die gespeicherten Berichte für diese Domain und ihre Subdomains sowie jeden später importierten Bericht dafür. Entfernen Sie die Domain aus dem Kundenprojekt, um sie zurückzugeben.</translation>
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation>&amp;Kundenprojekt:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>There is no engagement yet. Create the customer's engagement first; it takes the reports for its own domain by itself.</source>
        <translation>Es gibt noch kein Kundenprojekt. Legen Sie zuerst das Kundenprojekt des Kunden an; die Berichte für seine eigene Domain übernimmt es von selbst.</translation>
    </message>
</context>
<context>
    <name>sts::ui::AssignmentActions</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Zuweisung &amp;aufheben</translation>
    </message>
    <message>
        <source>Assign engagement</source>
        <translation>Kundenprojekt zuweisen</translation>
    </message>
    <message>
        <source>Consultant (database role on PostgreSQL, login name on SQLite):</source>
        <translation>Berater (Datenbankrolle bei PostgreSQL, Anmeldename bei SQLite):</translation>
    </message>
    <message>
        <source>Cannot assign the engagement</source>
        <translation>Das Kundenprojekt lässt sich nicht zuweisen</translation>
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
    <name>sts::ui::CertificateChallengeDialog</name>
    <message>
        <source>webroot (http-01 through the web server)</source>
        <translation>webroot (http-01 über den Webserver)</translation>
    </message>
    <message>
        <source>standalone (http-01, certbot listens on port 80)</source>
        <translation>standalone (http-01, certbot lauscht auf Port 80)</translation>
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (no port 80)</source>
        <translation>DNS-01 über RFC 2136 (kein Port 80)</translation>
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (certbot's dns-rfc2136 plugin)</source>
        <translation>DNS-01 über RFC 2136 (certbots Plugin dns-rfc2136)</translation>
    </message>
    <message>
        <source>Certificate challenges</source>
        <translation>Zertifikats-Challenges</translation>
    </message>
    <message>
        <source>How certbot proves control of mta-sts.&lt;domain&gt;.</source>
        <translation>Wie certbot die Kontrolle über mta-sts.&lt;Domain&gt; nachweist.</translation>
    </message>
    <message>
        <source>How certbot proves control of each MX host name. DNS-01 needs no port 80 on the host.</source>
        <translation>Wie certbot die Kontrolle über jeden MX-Hostnamen nachweist. DNS-01 braucht keinen Port 80 auf dem Host.</translation>
    </message>
    <message>
        <source>IP address of the primary DNS server that accepts the updates (certbot's plugin takes no host names).</source>
        <translation>IP-Adresse des primären DNS-Servers, der die Updates annimmt (certbots Plugin nimmt keine Hostnamen).</translation>
    </message>
    <message>
        <source>Name of the TSIG key on the DNS server. Give it an update ACL for the TXT records of _acme-challenge.&lt;host&gt; only (see README.txt).</source>
        <translation>Name des TSIG-Schlüssels auf dem DNS-Server. Geben Sie ihm eine Update-ACL nur für die TXT-Records von _acme-challenge.&lt;Host&gt; (siehe README.txt).</translation>
    </message>
    <message>
        <source>The zone holding the _acme-challenge names, when it is not the customer's domain itself.</source>
        <translation>Die Zone mit den _acme-challenge-Namen, wenn es nicht die Domain des Kunden selbst ist.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long certbot waits after the update before the CA looks: long enough for every secondary to have the record.</source>
        <translation>Wie lange certbot nach dem Update wartet, bevor die CA nachsieht: lange genug, damit jeder Secondary den Record hat.</translation>
    </message>
    <message>
        <source>The TSIG secret is not stored in STS Desk. Put it into the credentials file on the host (secrets/rfc2136-&lt;domain&gt;.ini, installed in /etc/letsencrypt, chmod 600), or give it when writing the files: stsdesk-cli artifacts write --tsig-secret-file.</source>
        <translation>Das TSIG-Geheimnis wird nicht in STS Desk gespeichert. Tragen Sie es in die Zugangsdatei auf dem Host ein (secrets/rfc2136-&lt;Domain&gt;.ini, installiert in /etc/letsencrypt, chmod 600), oder geben Sie es beim Schreiben der Dateien an: stsdesk-cli artifacts write --tsig-secret-file.</translation>
    </message>
    <message>
        <source>DNS &amp;server:</source>
        <translation>DNS-&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>TSIG &amp;key name:</source>
        <translation>TSIG-&amp;Schlüsselname:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Zone (optional):</source>
        <translation>&amp;Zone (optional):</translation>
    </message>
    <message>
        <source>&amp;Wait before validation:</source>
        <translation>&amp;Warten vor der Validierung:</translation>
    </message>
    <message>
        <source>&amp;Policy host (mta-sts):</source>
        <translation>&amp;Policy-Host (mta-sts):</translation>
    </message>
    <message>
        <source>&amp;MX hosts:</source>
        <translation>&amp;MX-Hosts:</translation>
    </message>
    <message>
        <source>The certbot scripts keep the challenges saved before.</source>
        <translation>Die certbot-Skripte behalten die zuvor gespeicherten Challenges.</translation>
    </message>
    <message>
        <source>correct the field and press OK again.</source>
        <translation>korrigieren Sie das Feld und drücken Sie erneut OK.</translation>
    </message>
    <message>
        <source>DNS-01 (RFC 2136)</source>
        <translation>DNS-01 (RFC 2136)</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>standalone</translation>
    </message>
    <message>
        <source>webroot</source>
        <translation>webroot</translation>
    </message>
    <message>
        <source>Policy host: %1 · MX hosts: %2</source>
        <translation>Policy-Host: %1 · MX-Hosts: %2</translation>
    </message>
</context>
<context>
    <name>sts::ui::CertificatesPage</name>
    <message>
        <source>&amp;Add certificate file…</source>
        <translation>Zertifikatsdatei &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Generate key and CSR…</source>
        <translation>Schlüssel und CSR &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The certificates of every MX host and of the policy host, and whether strict senders will accept them.</source>
        <translation>Die Zertifikate aller MX-Hosts und des Richtlinien-Hosts, und ob strenge Absender sie akzeptieren.</translation>
    </message>
    <message>
        <source>Seen at</source>
        <translation>Gesehen bei</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What is wrong and the fix</source>
        <translation>Was falsch ist und die Abhilfe</translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation>&amp;Abdeckung:</translation>
    </message>
    <message>
        <source>Add certificate file</source>
        <translation>Zertifikatsdatei hinzufügen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>name mismatch</source>
        <translation>Namensabweichung</translation>
    </message>
    <message>
        <source>missing intermediate</source>
        <translation>fehlendes Zwischenzertifikat</translation>
    </message>
    <message>
        <source>expired certificate</source>
        <translation>abgelaufenes Zertifikat</translation>
    </message>
    <message>
        <source>expired backup MX certificate</source>
        <translation>abgelaufenes Zertifikat des Backup-MX</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <translation>läuft bald ab</translation>
    </message>
    <message>
        <source>pattern mismatch</source>
        <translation>Musterabweichung</translation>
    </message>
    <message>
        <source>no certificate seen</source>
        <translation>kein Zertifikat gesehen</translation>
    </message>
    <message>
        <source>added file</source>
        <translation>hinzugefügte Datei</translation>
    </message>
    <message>
        <source>Certificates served at the pre-flight on %1, and files you added.</source>
        <translation>Bei der Vorabprüfung am %1 ausgelieferte Zertifikate und von Ihnen hinzugefügte Dateien.</translation>
    </message>
    <message>
        <source>No pre-flight yet: run it on the next page to see what the servers present, or add certificate files.</source>
        <translation>Noch keine Vorabprüfung: auf der nächsten Seite ausführen, um zu sehen, was die Server vorlegen, oder Zertifikatsdateien hinzufügen.</translation>
    </message>
    <message>
        <source>The CA file in Settings cannot be used: %1</source>
        <translation>Die CA-Datei in den Einstellungen ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>“%1” holds no readable certificate: %2</source>
        <translation>„%1“ enthält kein lesbares Zertifikat: %2</translation>
    </message>
    <message>
        <source>intermediate missing (%1)</source>
        <translation>Zwischenzertifikat fehlt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>complete, %n served</source>
        <translation>
            <numerusform>vollständig, %n ausgeliefert</numerusform>
            <numerusform>vollständig, %n ausgeliefert</numerusform>
        </translation>
    </message>
    <message>
        <source>served out of order</source>
        <translation>in falscher Reihenfolge ausgeliefert</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>all hosts</source>
        <translation>alle Hosts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Every host presents a certificate strict senders accept.</source>
        <translation>Jeder Host legt ein Zertifikat vor, das strenge Absender akzeptieren.</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Keys stay in these files (mode 0600); the workspace records only where they are and their public digests.</source>
        <translation>Schlüssel bleiben in diesen Dateien (Modus 0600); der Arbeitsbereich speichert nur, wo sie liegen, und ihre öffentlichen Prüfsummen.</translation>
    </message>
    <message>
        <source>Generated &amp;keys and CSRs:</source>
        <translation>Erzeugte &amp;Schlüssel und CSRs:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>“Generate key and CSR…” writes them to the engagement's secrets folder.</source>
        <translation>„Schlüssel und CSR erzeugen…“ schreibt sie in den Geheimnisordner des Kundenprojekts.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
</context>
<context>
    <name>sts::ui::ConflictsPanel</name>
    <message>
        <source>&amp;Keep this version…</source>
        <translation>Diese Version &amp;behalten…</translation>
    </message>
    <message>
        <source>These reports arrived more than once with the same sender and report id but with different contents; a forged report sent first could otherwise hide the real one. None of their versions is counted until you keep one.</source>
        <translation>Diese Berichte kamen mehrfach mit gleichem Absender und gleicher Berichts-ID, aber unterschiedlichem Inhalt an; ein zuerst gesendeter gefälschter Bericht könnte sonst den echten verdecken. Keine ihrer Versionen wird gezählt, bis Sie eine behalten.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Policy domains</source>
        <translation>Policy-Domains</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Decided before</source>
        <translation>Zuvor entschieden</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>discarded</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Diese Version behalten</translation>
    </message>
    <message numerus="yes">
        <source>Count version %1 of the report “%2” from %3 (%4 successful, %5 failed sessions) and discard the other %n version(s)?</source>
        <translation>
            <numerusform>Version %1 des Berichts „%2“ von %3 zählen (%4 erfolgreiche, %5 fehlgeschlagene Sitzungen) und die andere Version verwerfen?</numerusform>
            <numerusform>Version %1 des Berichts „%2“ von %3 zählen (%4 erfolgreiche, %5 fehlgeschlagene Sitzungen) und die anderen %n Versionen verwerfen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::CsrDialog</name>
    <message>
        <source>Also stage the &amp;next key (DANE rollover)</source>
        <translation>Auch den &amp;nächsten Schlüssel bereitstellen (DANE-Rollover)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Copy CSR</source>
        <translation>CSR &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Save CSR as…</source>
        <translation>CSR &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Generate key and CSR</source>
        <translation>Schlüssel und CSR erzeugen</translation>
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation>ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096 (slow to generate)</source>
        <translation>RSA 4096 (langsam zu erzeugen)</translation>
    </message>
    <message>
        <source>optional: leave empty for an unencrypted key</source>
        <translation>optional: leer lassen für einen unverschlüsselten Schlüssel</translation>
    </message>
    <message>
        <source>Publish both TLSA digests, wait at least twice the TLSA TTL, then switch the server to the next key.</source>
        <translation>Beide TLSA-Digests veröffentlichen, mindestens die doppelte TLSA-TTL warten, dann den Server auf den nächsten Schlüssel umstellen.</translation>
    </message>
    <message>
        <source>The CSR appears here.</source>
        <translation>Hier erscheint der CSR.</translation>
    </message>
    <message>
        <source>&amp;Names (subjectAltName):</source>
        <translation>&amp;Namen (subjectAltName):</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Passphrase &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Keys are written with mode 0600 to %1 and never stored in the workspace.</source>
        <translation>Schlüssel werden mit Modus 0600 nach %1 geschrieben und nie im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>Tick at least one name for the certificate.</source>
        <translation>Mindestens einen Namen für das Zertifikat ankreuzen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation>Es wurde kein Schlüssel erzeugt: %1</translation>
    </message>
    <message>
        <source>Key (0600): %1
SPKI SHA-256 (TLSA 3 1 1): %2</source>
        <translation>Schlüssel (0600): %1
SPKI-SHA-256 (TLSA 3 1 1): %2</translation>
    </message>
    <message>
        <source>Next key (0600): %1
Next SPKI SHA-256 (TLSA 3 1 1): %2</source>
        <translation>Nächster Schlüssel (0600): %1
Nächster SPKI-SHA-256 (TLSA 3 1 1): %2</translation>
    </message>
    <message>
        <source>The key was written but the event could not be recorded: %1</source>
        <translation>Der Schlüssel wurde geschrieben, aber das Ereignis konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.csr)</source>
        <translation>PEM-Dateien (*.pem *.csr)</translation>
    </message>
    <message>
        <source>A&amp;dd name</source>
        <translation>Namen hin&amp;zufügen</translation>
    </message>
    <message>
        <source>another host name, e.g. mx2.%1</source>
        <translation>ein weiterer Hostname, z. B. mx2.%1</translation>
    </message>
    <message>
        <source>Add a na&amp;me:</source>
        <translation>Weiterer Na&amp;me:</translation>
    </message>
    <message>
        <source>Type a host name to add, e.g. mx2.%1.</source>
        <translation>Geben Sie einen Hostnamen ein, z. B. mx2.%1.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: %2</source>
        <translation>„%1“ ist kein Hostname: %2</translation>
    </message>
    <message>
        <source>“%1” is not a host name: a certificate names hosts with their domain, e.g. %1.%2.</source>
        <translation>„%1“ ist kein Hostname: Ein Zertifikat nennt Hosts mit ihrer Domain, z. B. %1.%2.</translation>
    </message>
    <message>
        <source>“%1” is listed already.</source>
        <translation>„%1“ steht schon in der Liste.</translation>
    </message>
</context>
<context>
    <name>sts::ui::DanePage</name>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>Record name</source>
        <translation>Eintragsname</translation>
    </message>
    <message>
        <source>TLSA</source>
        <translation>TLSA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;Rollover plan:</source>
        <translation>&amp;Rollover-Plan:</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>TLSA records then</source>
        <translation>TLSA-Einträge danach</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>TLSA records that let DANE senders authenticate the mail servers, and how to change keys without breaking delivery.</source>
        <translation>TLSA-Einträge, mit denen DANE-Absender die Mailserver authentifizieren, und wie Schlüssel ohne Zustellungsausfall gewechselt werden.</translation>
    </message>
    <message>
        <source>&amp;TLSA records (port 25):</source>
        <translation>&amp;TLSA-Einträge (Port 25):</translation>
    </message>
    <message>
        <source>3 1 1: DANE-EE, public key (SPKI), SHA-256 (RFC 7672).</source>
        <translation>3 1 1: DANE-EE, öffentlicher Schlüssel (SPKI), SHA-256 (RFC 7672).</translation>
    </message>
    <message>
        <source>The zone of %1 is DNSSEC-signed: DANE senders use these records.</source>
        <translation>Die Zone von %1 ist DNSSEC-signiert: DANE-Absender verwenden diese Einträge.</translation>
    </message>
    <message>
        <source>No key is known yet for %1: run Pre-flight (it reads the served certificate) or generate a key on the Certificates page.</source>
        <translation>Für %1 ist noch kein Schlüssel bekannt: Führen Sie den Pre-flight aus (er liest das ausgelieferte Zertifikat) oder erzeugen Sie einen Schlüssel auf der Seite „Zertifikate“.</translation>
    </message>
    <message>
        <source>&amp;Rollover plan (two records published at every step):</source>
        <translation>&amp;Rollover-Plan (in jedem Schritt sind zwei Einträge veröffentlicht):</translation>
    </message>
    <message>
        <source>&amp;Rollover plan: stage a next key (Certificates → Generate key and CSR…, “stage as next key”) to plan a key change.</source>
        <translation>&amp;Rollover-Plan: Bereiten Sie einen nächsten Schlüssel vor (Zertifikate → Schlüssel und CSR erzeugen…, „als nächsten Schlüssel vorbereiten“), um einen Schlüsselwechsel zu planen.</translation>
    </message>
    <message>
        <source>next (staged)</source>
        <translation>nächster (vorbereitet)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>published in DNS now</source>
        <translation>derzeit im DNS veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;TLSA records it would publish once DANE applies (port 25; not in the records to publish yet):</source>
        <translation>&amp;TLSA-Records, die veröffentlicht würden, sobald DANE greift (Port 25; noch nicht in den zu veröffentlichenden Records):</translation>
    </message>
    <message>
        <source>The records below are what it would publish then.</source>
        <translation>Die Records unten würden dann veröffentlicht.</translation>
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone, and the zone of %1 is not signed (no DS at its parent): DANE does not apply yet.</source>
        <translation>DANE braucht eine mit DNSSEC signierte Zone, und die Zone von %1 ist nicht signiert (kein DS bei der übergeordneten Zone): DANE greift noch nicht.</translation>
    </message>
    <message>
        <source>Senders protect delivery with MTA-STS alone; DANE senders deliver as today. %1</source>
        <translation>Absender schützen die Zustellung allein mit MTA-STS; DANE-Absender stellen zu wie bisher. %1</translation>
    </message>
    <message>
        <source>sign the zone and publish its DS at the parent, then scan again: this page then lists the records to publish.</source>
        <translation>Signieren Sie die Zone, veröffentlichen Sie ihren DS bei der übergeordneten Zone und scannen Sie erneut: Diese Seite listet dann die zu veröffentlichenden Records.</translation>
    </message>
    <message>
        <source>The zone of %1 is signed, but its chain of trust does not validate (%2): DANE cannot be used until it does.</source>
        <translation>Die Zone von %1 ist signiert, aber ihre Vertrauenskette validiert nicht (%2): DANE ist erst danach nutzbar.</translation>
    </message>
    <message>
        <source>Validating resolvers refuse its answers now, so mail from them is already at risk. %1</source>
        <translation>Validierende Resolver verwerfen ihre Antworten schon jetzt, daher ist Mail über sie bereits gefährdet. %1</translation>
    </message>
    <message>
        <source>fix the signatures or the DS at the parent (the DNSSEC page names the failing zone), then scan again.</source>
        <translation>Beheben Sie die Signaturen oder den DS bei der übergeordneten Zone (die DNSSEC-Seite nennt die fehlerhafte Zone) und scannen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The DNS resolver %1 could not tell whether the zone of %2 is signed.</source>
        <translation>Der DNS-Resolver %1 konnte nicht feststellen, ob die Zone von %2 signiert ist.</translation>
    </message>
    <message>
        <source>This is a lookup problem, not a verdict on the zone. %1</source>
        <translation>Das ist ein Problem der Abfrage, kein Urteil über die Zone. %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::DayEvidence</name>
    <message>
        <source>No MTA-STS policy seen by %1 (no-policy-found or only TLSA results)</source>
        <translation>Keine MTA-STS-Policy gesehen von %1 („no-policy-found“ oder nur TLSA-Ergebnisse)</translation>
    </message>
    <message>
        <source>Another policy than the live one applied by %1</source>
        <translation>Eine andere als die aktive Policy angewandt von %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::DayStrip</name>
    <message>
        <source>Days of the testing phase</source>
        <translation>Tage der Testing-Phase</translation>
    </message>
    <message>
        <source>No days to show yet.</source>
        <translation>Noch keine Tage vorhanden.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Clean: every major sender reported, no failed sessions.</source>
        <translation>Sauber: jeder große Absender hat berichtet, keine fehlgeschlagenen Sitzungen.</translation>
    </message>
    <message>
        <source>%1: %2 failed session(s)</source>
        <translation>%1: %2 fehlgeschlagene Sitzung(en)</translation>
    </message>
    <message>
        <source>%1: %2 failed session(s), acknowledged as sender-side</source>
        <translation>%1: %2 fehlgeschlagene Sitzung(en), als absenderseitig anerkannt</translation>
    </message>
    <message>
        <source>No report from %1</source>
        <translation>Kein Bericht von %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::DesktopNotifier</name>
    <message>
        <source>Critical finding</source>
        <translation>Kritischer Befund</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Neuer Befund</translation>
    </message>
</context>
<context>
    <name>sts::ui::DigestAddressTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>Digest address</source>
        <translation>Digest-Adresse</translation>
    </message>
    <message>
        <source>The digest address “%1” names no consultant.</source>
        <translation>Die Digest-Adresse „%1“ nennt keinen Berater.</translation>
    </message>
    <message>
        <source>%1 has more than one digest address.</source>
        <translation>%1 hat mehr als eine Digest-Adresse.</translation>
    </message>
    <message>
        <source>Type the digest address of %1, or remove the row.</source>
        <translation>Geben Sie die Digest-Adresse von %1 ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The digest address of %1, “%2”, is not a mail address.</source>
        <translation>Die Digest-Adresse von %1, „%2“, ist keine Mail-Adresse.</translation>
    </message>
    <message>
        <source>(no consultant)</source>
        <translation>(kein Berater)</translation>
    </message>
</context>
<context>
    <name>sts::ui::DnssecPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Whether the answers about the mail servers are signed, and whether DANE can protect delivery to each host.</source>
        <translation>Ob die Antworten zu den Mailservern signiert sind und ob DANE die Zustellung an jeden Host schützen kann.</translation>
    </message>
    <message>
        <source>&amp;Signature status per name:</source>
        <translation>&amp;Signaturstatus je Name:</translation>
    </message>
    <message>
        <source>D&amp;ANE per mail server:</source>
        <translation>D&amp;ANE je Mailserver:</translation>
    </message>
    <message>
        <source>No scan yet: go back to “Mail servers” and press Rescan (F5).</source>
        <translation>Noch kein Scan: Wechseln Sie zurück zu „Mailserver“ und drücken Sie „Erneut scannen“ (F5).</translation>
    </message>
    <message>
        <source>MX (mail servers)</source>
        <translation>MX (Mailserver)</translation>
    </message>
    <message>
        <source>A (IPv4 addresses)</source>
        <translation>A (IPv4-Adressen)</translation>
    </message>
    <message>
        <source>AAAA (IPv6 addresses)</source>
        <translation>AAAA (IPv6-Adressen)</translation>
    </message>
    <message>
        <source>TLSA (DANE)</source>
        <translation>TLSA (DANE)</translation>
    </message>
    <message>
        <source>From the scan on %1 through the DNS resolver %2 (trust anchor zone “%3”; both are set in File → Settings…).</source>
        <translation>Aus dem Scan vom %1 über den DNS-Resolver %2 (Vertrauensanker-Zone „%3“; beides unter Datei → Einstellungen… einstellbar).</translation>
    </message>
    <message>
        <source>No DNSSEC verdict: the scan did not complete.
%1</source>
        <translation>Kein DNSSEC-Urteil: Die Prüfung wurde nicht abgeschlossen.
%1</translation>
    </message>
    <message>
        <source>The newest scan did not complete; this is the previous one.
%1
%2</source>
        <translation>Die neueste Prüfung wurde nicht abgeschlossen; dies ist die vorherige.
%1
%2</translation>
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
        <source>%1 — assigned to %2</source>
        <translation>%1 — zugewiesen an %2</translation>
    </message>
    <message>
        <source>%1 — %2
Consultant: %3
Assigned to: %4
Created: %5</source>
        <translation>%1 — %2
Berater: %3
Zugewiesen an: %4
Angelegt: %5</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
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
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Betriebshandbuch</translation>
    </message>
    <message>
        <source>Engagement details</source>
        <translation>Angaben zum Kundenprojekt</translation>
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
        <translation>Hosting der Richtlinie:</translation>
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
        <source>&amp;Open wizard…</source>
        <translation>Assistent ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Customer details and every wizard step (Ctrl+E)</source>
        <translation>Kundendaten und alle Schritte des Assistenten (Strg+E)</translation>
    </message>
    <message>
        <source>Wizard steps</source>
        <translation>Schritte des Assistenten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
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
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes on: %1?</source>
        <translation>Ihre Änderungen auf diesen Seiten speichern: %1?</translation>
    </message>
    <message>
        <source>Save stores them now, Discard closes the wizard without them, Cancel goes back to the wizard.

Settings typed on a page (customer, TLS-RPT addresses, hosting and alerts) are saved when you leave it with Next, Back, Finish or a step in the list; a policy draft becomes a version with “Save as new version” or Save here. Scans, pre-flight results, keys and CSRs and policy versions are stored the moment they are made and stay either way.</source>
        <translation>„Speichern“ speichert sie jetzt, „Verwerfen“ schließt den Assistenten ohne sie, „Abbrechen“ kehrt zum Assistenten zurück.

Einstellungen auf einer Seite (Kunde, TLS-RPT-Adressen, Hosting und Warnungen) werden gespeichert, wenn Sie die Seite mit Weiter, Zurück, Fertigstellen oder einem Schritt in der Liste verlassen; ein Richtlinienentwurf wird mit „Als neue Version speichern“ oder hier mit „Speichern“ zur Version. Scans, Ergebnisse der Vorabprüfung, Schlüssel und CSRs sowie Richtlinienversionen werden gespeichert, sobald sie entstehen, und bleiben in jedem Fall erhalten.</translation>
    </message>
</context>
<context>
    <name>sts::ui::FailureDetailsTable</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Result type</source>
        <translation>Ergebnistyp</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>Sendende IP</translation>
    </message>
    <message>
        <source>Receiving MX</source>
        <translation>Empfangender MX</translation>
    </message>
    <message>
        <source>Receiving HELO</source>
        <translation>Empfangender HELO</translation>
    </message>
    <message>
        <source>Receiving IP</source>
        <translation>Empfangende IP</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Failure reason code</source>
        <translation>Fehlerursachen-Code</translation>
    </message>
    <message>
        <source>Additional information</source>
        <translation>Zusätzliche Informationen</translation>
    </message>
</context>
<context>
    <name>sts::ui::FindingsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Run checks &amp;now</source>
        <translation>Prüfungen &amp;jetzt ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Seen and being dealt with: it stays on the list until the check passes, but counts as open no more</source>
        <translation>Gesehen und in Arbeit: Der Befund bleibt in der Liste, bis die Prüfung besteht, zählt aber nicht mehr als offen</translation>
    </message>
    <message>
        <source>Run every monitoring check for this engagement now</source>
        <translation>Alle Überwachungsprüfungen für dieses Engagement jetzt ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Monitoring last ran %1 (%n engagement(s), by %2).</source>
        <translation>
            <numerusform>Die Überwachung lief zuletzt %1 (%n Engagement, durch %2).</numerusform>
            <numerusform>Die Überwachung lief zuletzt %1 (%n Engagements, durch %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring has not run yet in this workspace.</source>
        <translation>In diesem Arbeitsbereich lief die Überwachung noch nie.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No findings: every check passed the last time it ran.</source>
        <translation>Keine Befunde: Jede Prüfung hat bei ihrem letzten Lauf bestanden.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Stopped before the checks were done.</source>
        <translation>Angehalten, bevor die Prüfungen fertig waren.</translation>
    </message>
    <message>
        <source>Checked: %1 new, %2 resolved, %3 unresolved.</source>
        <translation>Geprüft: %1 neu, %2 erledigt, %3 offen.</translation>
    </message>
    <message>
        <source>Not checked: %1 is checking this engagement now.</source>
        <translation>Nicht geprüft: %1 prüft dieses Engagement gerade.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::GuiStartup</name>
    <message>
        <source>--database must not contain a password: every user of this machine can read a command line. Enter it in Settings (Workspace password) or store it with “stsdesk-cli workspace store-password”, then give the URL without it: %1</source>
        <translation>--database darf kein Passwort enthalten: Jeder Benutzer dieses Rechners kann eine Befehlszeile lesen. Geben Sie es in den Einstellungen ein (Arbeitsbereichs-Passwort) oder speichern Sie es mit „stsdesk-cli workspace store-password“; geben Sie dann die URL ohne Passwort an: %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::GuidedMessage</name>
    <message>
        <source>Next: %1</source>
        <translation>Nächster Schritt: %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::HostingPage</name>
    <message>
        <source>Save artifacts to fol&amp;der…</source>
        <translation>Artefakte in &amp;Ordner speichern…</translation>
    </message>
    <message>
        <source>Hosting &amp; renewal</source>
        <translation>Hosting &amp; Erneuerung</translation>
    </message>
    <message>
        <source>The files that serve the policy and keep the certificates renewed.</source>
        <translation>Die Dateien, die die Richtlinie ausliefern und die Zertifikate erneuert halten.</translation>
    </message>
    <message>
        <source>Save artifacts to folder</source>
        <translation>Artefakte in Ordner speichern</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already holds some of these files. Replace them?</source>
        <translation>„%1“ enthält bereits einige dieser Dateien. Ersetzen?</translation>
    </message>
    <message>
        <source>An nginx server block that serves only the policy file over HTTPS, with port 80 kept for certificate renewal.</source>
        <translation>Ein nginx-Serverblock, der nur die Richtliniendatei über HTTPS ausliefert; Port 80 bleibt für die Zertifikatserneuerung.</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>Exim</source>
        <translation>Exim</translation>
    </message>
    <message>
        <source>The mail server software on the MX hosts: decides the TLS snippet and the reload in the deploy hook.</source>
        <translation>Die Mailserver-Software auf den MX-Hosts: bestimmt das TLS-Snippet und das Neuladen im Deploy-Hook.</translation>
    </message>
    <message>
        <source>Write every file below a folder of your choice; scripts are made executable.</source>
        <translation>Alle Dateien in einen Ordner Ihrer Wahl schreiben; Skripte werden ausführbar gemacht.</translation>
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation>Hosting der Richtlinie:</translation>
    </message>
    <message>
        <source>&amp;Mail server (MTA):</source>
        <translation>&amp;Mailserver (MTA):</translation>
    </message>
    <message>
        <source>Generated &amp;files:</source>
        <translation>Erzeugte &amp;Dateien:</translation>
    </message>
    <message>
        <source>DANE: the zone is DNSSEC-signed, so the deploy hooks keep the key (TLSA) unless a staged next key is installed. Next: the DANE page.</source>
        <translation>DANE: Die Zone ist DNSSEC-signiert, daher behalten die Deploy-Hooks den Schlüssel (TLSA), außer ein vorbereiteter nächster Schlüssel wird installiert. Weiter: die DANE-Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n Datei bereit.</numerusform>
            <numerusform>%n Dateien bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: “%1” already holds some of these files.</source>
        <translation>Nichts geschrieben: „%1“ enthält bereits einige dieser Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>Einstellungen s&amp;peichern</translation>
    </message>
    <message>
        <source>A monitored mailbox that gets the first certificate expiry alert (30 days before expiry), and every level left empty below.</source>
        <translation>Ein überwachtes Postfach, das die erste Warnung zum Zertifikatsablauf erhält (30 Tage vorher), und jede Stufe, die unten leer bleibt.</translation>
    </message>
    <message>
        <source>Who hears when 14 days are left (the team lead). Empty: the notice address.</source>
        <translation>Wer benachrichtigt wird, wenn noch 14 Tage bleiben (die Teamleitung). Leer: die Hinweisadresse.</translation>
    </message>
    <message>
        <source>Who hears when 7 days are left or the certificate expired (the on-call phone). Empty: the escalation address.</source>
        <translation>Wer benachrichtigt wird, wenn noch 7 Tage bleiben oder das Zertifikat abgelaufen ist (die Rufbereitschaft). Leer: die Eskalationsadresse.</translation>
    </message>
    <message>
        <source>Store hosting, mail server and alert addresses for the engagement: the CLI, the bundle and the runbook use them.</source>
        <translation>Hosting, Mailserver und Warnadressen für das Kundenprojekt speichern: die CLI, das Bundle und das Runbook verwenden sie.</translation>
    </message>
    <message>
        <source>E&amp;xpiry notice to (30 days):</source>
        <translation>Ablauf&amp;hinweis an (30 Tage):</translation>
    </message>
    <message>
        <source>Escalation t&amp;o (14 days):</source>
        <translation>&amp;Eskalation an (14 Tage):</translation>
    </message>
    <message>
        <source>Critica&amp;l to (7 days):</source>
        <translation>Kr&amp;itisch an (7 Tage):</translation>
    </message>
    <message>
        <source>the notice address</source>
        <translation>die Hinweisadresse</translation>
    </message>
    <message>
        <source>the escalation address</source>
        <translation>die Eskalationsadresse</translation>
    </message>
    <message>
        <source>Settings saved for the engagement.</source>
        <translation>Einstellungen für das Kundenprojekt gespeichert.</translation>
    </message>
    <message>
        <source>Next: the DANE page shows the TLSA records it would publish once the zone is signed.</source>
        <translation>Weiter: Die DANE-Seite zeigt die TLSA-Records, die veröffentlicht würden, sobald die Zone signiert ist.</translation>
    </message>
    <message>
        <source>The expiry alerts are written with the addresses saved before.</source>
        <translation>Die Ablaufwarnungen werden mit den zuvor gespeicherten Adressen geschrieben.</translation>
    </message>
    <message>
        <source>correct the marked field; it is saved when you leave the page.</source>
        <translation>Korrigieren Sie das markierte Feld; es wird beim Verlassen der Seite gespeichert.</translation>
    </message>
    <message>
        <source>The hosting files cannot be built: %1</source>
        <translation>Die Hosting-Dateien lassen sich nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>Nothing can be deployed for the policy host until they can.</source>
        <translation>Bis dahin lässt sich für den Policy-Host nichts bereitstellen.</translation>
    </message>
    <message>
        <source>fix what the message names (on “Policy”, “DNS records” or “Certificates”), then come back.</source>
        <translation>Beheben Sie, was die Meldung nennt (auf „Richtlinie“, „DNS-Einträge“ oder „Zertifikate“), und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>The policy version for these files could not be saved: %1</source>
        <translation>Die Richtlinienversion für diese Dateien konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Files on the policy host must name a version STS Desk knows, so nothing was written.</source>
        <translation>Dateien auf dem Policy-Host müssen eine Version nennen, die STS Desk kennt; deshalb wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>save a version on “Policy” and check that the workspace can be written (File → Settings…), then save again.</source>
        <translation>Speichern Sie eine Version auf „Richtlinie“ und prüfen Sie, ob der Arbeitsbereich beschreibbar ist (Datei → Einstellungen…), dann erneut speichern.</translation>
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation>Die Dateien konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The policy host has nothing new to serve.</source>
        <translation>Der Policy-Host hat nichts Neues auszuliefern.</translation>
    </message>
    <message>
        <source>choose a folder you can write to and save again.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Certificate c&amp;hallenges…</source>
        <translation>Zertifikats-C&amp;hallenges…</translation>
    </message>
    <message>
        <source>How certbot validates the policy host and the MX hosts: webroot, standalone, or DNS-01 through RFC 2136 for hosts without port 80.</source>
        <translation>Wie certbot den Policy-Host und die MX-Hosts validiert: webroot, standalone oder DNS-01 über RFC 2136 für Hosts ohne Port 80.</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>n&amp;ginx on the consultant's policy host</source>
        <translation>n&amp;ginx auf dem Richtlinien-Host des Beraters</translation>
    </message>
    <message>
        <source>Cloudflare &amp;Pages</source>
        <translation>Cloudflare &amp;Pages</translation>
    </message>
    <message>
        <source>The policy file plus a _headers file forcing text/plain, for a Cloudflare Pages project on mta-sts.&lt;domain&gt;.</source>
        <translation>Die Richtliniendatei und eine _headers-Datei, die text/plain erzwingt, für ein Cloudflare-Pages-Projekt auf mta-sts.&lt;Domain&gt;.</translation>
    </message>
    <message>
        <source>Cloudflare &amp;Worker</source>
        <translation>Cloudflare &amp;Worker</translation>
    </message>
    <message>
        <source>A Worker script that answers only GET and HEAD of the policy path with the policy, and its wrangler.toml for the custom domain mta-sts.&lt;domain&gt;.</source>
        <translation>Ein Worker-Skript, das nur GET und HEAD des Richtlinienpfads mit der Richtlinie beantwortet, und seine wrangler.toml für die eigene Domain mta-sts.&lt;Domain&gt;.</translation>
    </message>
    <message>
        <source>GitH&amp;ub Pages</source>
        <translation>GitH&amp;ub Pages</translation>
    </message>
    <message>
        <source>A Pages folder with CNAME, the policy and a _config.yml that makes Jekyll keep .well-known.</source>
        <translation>Ein Pages-Ordner mit CNAME, der Richtlinie und einer _config.yml, damit Jekyll .well-known behält.</translation>
    </message>
    <message>
        <source>The customer's own web server (Apac&amp;he)</source>
        <translation>Eigener Webserver des Kunden (Apac&amp;he)</translation>
    </message>
    <message>
        <source>Apache virtual hosts serving only the policy over HTTPS, and the certbot command for their certificate.</source>
        <translation>Apache-VirtualHosts, die nur die Richtlinie über HTTPS ausliefern, und der certbot-Befehl für ihr Zertifikat.</translation>
    </message>
</context>
<context>
    <name>sts::ui::ImportPanel</name>
    <message>
        <source>&amp;Import reports…</source>
        <translation>Berichte &amp;importieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import TLS-RPT reports: JSON, gzip, zip, e-mail, mbox or a Maildir folder (Ctrl+I). Files can also be dropped here.</source>
        <translation>TLS-RPT-Berichte importieren: JSON, gzip, zip, E-Mail, mbox oder ein Maildir-Ordner (Strg+I). Dateien können auch hierher gezogen werden.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Reading the quarantined inputs again…</source>
        <translation>Lese die Eingaben in Quarantäne erneut…</translation>
    </message>
    <message>
        <source>Import TLS reports</source>
        <translation>TLS-Berichte importieren</translation>
    </message>
    <message>
        <source>TLS reports (*.json *.gz *.zip *.eml *.mbox);;All files (*)</source>
        <translation>TLS-Berichte (*.json *.gz *.zip *.eml *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postfach…</translation>
    </message>
    <message>
        <source>The engagement's IMAP mailbox for TLS reports: server, user, password (kept in the desktop keychain) and Sync now.</source>
        <translation>Das IMAP-Postfach des Kundenprojekts für TLS-Berichte: Server, Benutzer, Passwort (im Schlüsselbund des Desktops) und Jetzt abrufen.</translation>
    </message>
</context>
<context>
    <name>sts::ui::ImportRunner</name>
    <message>
        <source>Imported %1 report(s), %2 duplicate(s), %3 quarantined.</source>
        <translation>%1 Bericht(e) importiert, %2 Duplikat(e), %3 in Quarantäne.</translation>
    </message>
    <message>
        <source> Cancelled; what was read so far is kept.</source>
        <translation> Abgebrochen; was bis dahin gelesen wurde, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) arrived again with other content and wait in Conflicts.</source>
        <translation>
            <numerusform>%n Bericht kam erneut mit anderem Inhalt an und wartet unter Konflikte.</numerusform>
            <numerusform>%n Berichte kamen erneut mit anderem Inhalt an und warten unter Konflikte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were for domains no engagement holds: they are stored but counted in no engagement. Find them in View › Unassigned Reports, where you can assign their domain to an engagement.</source>
        <translation>
            <numerusform>%n Bericht war für eine Domain, die kein Kundenprojekt hat: Er ist gespeichert, wird aber in keinem Kundenprojekt gezählt. Sie finden ihn unter Ansicht › Nicht zugeordnete Berichte, wo Sie seine Domain einem Kundenprojekt zuordnen können.</numerusform>
            <numerusform>%n Berichte waren für Domains, die kein Kundenprojekt hat: Sie sind gespeichert, werden aber in keinem Kundenprojekt gezählt. Sie finden sie unter Ansicht › Nicht zugeordnete Berichte, wo Sie ihre Domain einem Kundenprojekt zuordnen können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::MailServersPage</name>
    <message>
        <source>Rescan (F5)</source>
        <translation>Erneut scannen (F5)</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>The hosts that receive mail for the domain, as DNS shows them now.</source>
        <translation>Die Hosts, die Mail für die Domain annehmen, wie sie derzeit im DNS stehen.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;What changed since the previous scan:</source>
        <translation>Ä&amp;nderungen seit dem vorherigen Scan:</translation>
    </message>
    <message>
        <source>Look up the MX hosts and their records again (F5).</source>
        <translation>MX-Hosts und ihre Records erneut abfragen (F5).</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>Scan abgebrochen.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No scan of %1 yet. Press Rescan (F5) to look up its mail servers.</source>
        <translation>Noch kein Scan von %1. Drücken Sie „Erneut scannen“ (F5), um die Mailserver abzufragen.</translation>
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation>Noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Scanned %1 on %2 through %3.</source>
        <translation>%1 am %2 über %3 gescannt.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No findings for the domain itself.</source>
        <translation>Keine Befunde für die Domain selbst.</translation>
    </message>
    <message>
        <source>For the domain:
%1</source>
        <translation>Für die Domain:
%1</translation>
    </message>
    <message>
        <source>This is the first scan: nothing to compare yet.</source>
        <translation>Dies ist der erste Scan: noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Nothing changed since the scan on %1.</source>
        <translation>Keine Änderungen seit dem Scan vom %1.</translation>
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation>DNS wird abgefragt…</translation>
    </message>
    <message>
        <source>Looked up %1</source>
        <translation>%1 abgefragt</translation>
    </message>
    <message>
        <source>The scan finished but could not be saved: %1</source>
        <translation>Der Scan wurde abgeschlossen, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>No scan was started.</source>
        <translation>Es wurde kein Scan gestartet.</translation>
    </message>
    <message>
        <source>open File → Settings… and write “DNS resolver” as HOST:PORT, or leave it empty for the system resolver.</source>
        <translation>Öffnen Sie Datei → Einstellungen… und tragen Sie den „DNS-Resolver“ als HOST:PORT ein oder lassen Sie das Feld für den System-Resolver leer.</translation>
    </message>
    <message>
        <source>The pages keep showing the previous scan.</source>
        <translation>Die Seiten zeigen weiter den vorigen Scan.</translation>
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then scan again (F5).</source>
        <translation>Prüfen Sie, ob die Arbeitsbereich-Datenbank erreichbar und beschreibbar ist (Datei → Einstellungen…), und scannen Sie dann erneut (F5).</translation>
    </message>
    <message>
        <source>The scan of %1 shown here is the previous one; it was not replaced.</source>
        <translation>Der hier gezeigte Scan von %1 ist der vorige; er wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>The scan did not complete: %1</source>
        <translation>Der Scan wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>scan again (F5); if it fails the same way, check the network.</source>
        <translation>Scannen Sie erneut (F5); scheitert er genauso, prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>open File → Settings… and choose a readable file under “DNSSEC trust anchor” (empty uses the IANA root anchor), then scan again (F5).</source>
        <translation>Öffnen Sie Datei → Einstellungen… und wählen Sie unter „DNSSEC-Vertrauensanker“ eine lesbare Datei (leer verwendet den IANA-Root-Anker); scannen Sie dann erneut (F5).</translation>
    </message>
    <message>
        <source>The engagement’s domain cannot be looked up as it is written.</source>
        <translation>Die Domain des Auftrags lässt sich so, wie sie geschrieben ist, nicht abfragen.</translation>
    </message>
    <message>
        <source>correct the domain on the first page, then scan again (F5).</source>
        <translation>Korrigieren Sie die Domain auf der ersten Seite und scannen Sie dann erneut (F5).</translation>
    </message>
    <message>
        <source>Until a scan succeeds, DNSSEC cannot be judged, and pre-flight, certificates and DANE work only with mail servers entered by hand (Add mail server…).</source>
        <translation>Bis eine Prüfung gelingt, lässt sich DNSSEC nicht beurteilen; Vorabprüfung, Zertifikate und DANE arbeiten nur mit von Hand eingetragenen Mailservern („Mailserver hinzufügen…“).</translation>
    </message>
    <message>
        <source>DNS settings…</source>
        <translation>DNS-Einstellungen…</translation>
    </message>
    <message>
        <source>The DNS resolver and the DNSSEC trust anchor the scan uses</source>
        <translation>Der DNS-Resolver und der DNSSEC-Vertrauensanker, die die Prüfung verwendet</translation>
    </message>
</context>
<context>
    <name>sts::ui::MailboxDialog</name>
    <message>
        <source>Mark imported report mail as seen</source>
        <translation>Importierte Bericht-Mails als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Mailbox for TLS reports</source>
        <translation>Postfach für TLS-Berichte</translation>
    </message>
    <message>
        <source>Implicit TLS (IMAPS)</source>
        <translation>Implizites TLS (IMAPS)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Kept in the desktop keychain, never in the workspace or the settings. Leave empty to keep the stored password.</source>
        <translation>Liegt im Schlüsselbund des Desktops, nie im Arbeitsbereich oder in den Einstellungen. Leer lassen, um das gespeicherte Passwort zu behalten.</translation>
    </message>
    <message>
        <source>System CA store</source>
        <translation>CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation>IMAP-&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abruf:</translation>
    </message>
    <message numerus="yes">
        <source>Connected and logged in: %n message(s) in the folder.</source>
        <translation>
            <numerusform>Verbunden und angemeldet: %n Nachricht im Ordner.</numerusform>
            <numerusform>Verbunden und angemeldet: %n Nachrichten im Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation>Lese Nachricht %1 von %2…</translation>
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation>Abruf beendet: %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Abruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Stored in the desktop keychain</source>
        <translation>Im Schlüsselbund des Desktops gespeichert</translation>
    </message>
    <message>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1, succeeded</source>
        <translation>%1, erfolgreich</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mailbox saved.</source>
        <translation>Postfach gespeichert.</translation>
    </message>
    <message>
        <source>The mailbox is saved, but its password is not: %1</source>
        <translation>Das Postfach ist gespeichert, sein Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>Mailbox saved; its password is in the desktop keychain.</source>
        <translation>Postfach gespeichert; sein Passwort liegt im Schlüsselbund des Desktops.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Rufe ab…</translation>
    </message>
    <message>
        <source>Connecting to the mailbox…</source>
        <translation>Verbinde mit dem Postfach…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Syncing the mailbox</source>
        <translation>Postfach wird abgerufen</translation>
    </message>
    <message>
        <source>Cancelling after the message being read…</source>
        <translation>Breche nach der gerade gelesenen Nachricht ab…</translation>
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
        <translation>
            <numerusform>%n Kundenprojekt</numerusform>
            <numerusform>%n Kundenprojekte</numerusform>
        </translation>
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
        <source>Watched folder: %1 report(s) imported, %2 duplicate(s), %3 quarantined.</source>
        <translation>Überwachter Ordner: %1 Bericht(e) importiert, %2 Duplikat(e), %3 in Quarantäne.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in conflict wait in Reports › Conflicts.</source>
        <translation>
            <numerusform>%n Bericht im Konflikt wartet unter Berichte › Konflikte.</numerusform>
            <numerusform>%n Berichte im Konflikt warten unter Berichte › Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unassigned Reports…</source>
        <translation>&amp;Nicht zugeordnete Berichte…</translation>
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation>&amp;Postfach…</translation>
    </message>
    <message>
        <source>&amp;Home: Portfolio</source>
        <translation>&amp;Start: Portfolio</translation>
    </message>
    <message>
        <source>Policy &amp;Hosting…</source>
        <translation>Policy-&amp;Hosting…</translation>
    </message>
    <message>
        <source>Notification settings not saved</source>
        <translation>Benachrichtigungseinstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot store the workspace password</source>
        <translation>Das Arbeitsbereichs-Passwort lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>&amp;Weekly Summary…</source>
        <translation>&amp;Wochenübersicht …</translation>
    </message>
</context>
<context>
    <name>sts::ui::ManualMxDialog</name>
    <message>
        <source>Add mail server</source>
        <translation>Mailserver hinzufügen</translation>
    </message>
    <message>
        <source>The MX preference: senders try lower numbers first.</source>
        <translation>Die MX-Präferenz: Absender versuchen niedrigere Zahlen zuerst.</translation>
    </message>
    <message>
        <source>192.0.2.25, 2001:db8::25</source>
        <translation>192.0.2.25, 2001:db8::25</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 addresses, separated by commas or blanks. Used for the pre-flight while DNS has none for the host.</source>
        <translation>IPv4- und IPv6-Adressen, durch Kommas oder Leerzeichen getrennt. Für die Vorabprüfung verwendet, solange das DNS für den Host keine hat.</translation>
    </message>
    <message>
        <source>e.g. new host, MX not in DNS yet</source>
        <translation>z. B. neuer Host, MX noch nicht im DNS</translation>
    </message>
    <message>
        <source>A mail server that DNS does not show (yet). It is marked as entered by hand and compared with the next scan.</source>
        <translation>Ein Mailserver, den das DNS (noch) nicht zeigt. Er wird als von Hand eingetragen markiert und mit dem nächsten Scan verglichen.</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Addresses (optional):</source>
        <translation>&amp;Adressen (optional):</translation>
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation>N&amp;otiz (optional):</translation>
    </message>
    <message>
        <source>Edit mail server</source>
        <translation>Mailserver ändern</translation>
    </message>
</context>
<context>
    <name>sts::ui::ManualMxPanel</name>
    <message>
        <source>found in DNS; addresses entered by hand</source>
        <translation>im DNS gefunden; Adressen von Hand eingetragen</translation>
    </message>
    <message>
        <source>found in DNS; also entered by hand</source>
        <translation>im DNS gefunden; auch von Hand eingetragen</translation>
    </message>
    <message>
        <source>&amp;Add mail server…</source>
        <translation>Mailserver &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Entered by hand, compared with the &amp;newest scan:</source>
        <translation>Von Hand eingetragen, verglichen mit dem neu&amp;esten Scan:</translation>
    </message>
    <message>
        <source>Remove the hand entry, DNS has it &amp;now</source>
        <translation>Handeintrag entfernen, das DNS hat ihn &amp;jetzt</translation>
    </message>
    <message>
        <source>Enter a mail server that DNS does not show (yet).</source>
        <translation>Einen Mailserver eintragen, den das DNS (noch) nicht zeigt.</translation>
    </message>
    <message>
        <source>Remove the selected mail server entered by hand (Delete).</source>
        <translation>Den ausgewählten, von Hand eingetragenen Mailserver entfernen (Entf).</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>not looked up in DNS</source>
        <translation>nicht im DNS abgefragt</translation>
    </message>
    <message>
        <source>Discovery found no MX host for %1. If its mail servers are not in DNS yet, the customer is moving them, or DNS cannot be asked from here, enter them with “Add mail server…”: pre-flight, certificates and DANE then work with them.</source>
        <translation>Die Erkennung hat für %1 keinen MX-Host gefunden. Wenn seine Mailserver noch nicht im DNS stehen, der Kunde sie umzieht oder das DNS von hier aus nicht gefragt werden kann, tragen Sie sie mit „Mailserver hinzufügen…“ ein: Vorabprüfung, Zertifikate und DANE arbeiten dann mit ihnen.</translation>
    </message>
    <message>
        <source>Discovery found no MX host for %1: the mail servers entered by hand are used.</source>
        <translation>Die Erkennung hat für %1 keinen MX-Host gefunden: die von Hand eingetragenen Mailserver werden verwendet.</translation>
    </message>
    <message>
        <source>If DNS cannot be asked from here, enter the mail servers with “Add mail server…”.</source>
        <translation>Wenn das DNS von hier aus nicht gefragt werden kann, tragen Sie die Mailserver mit „Mailserver hinzufügen…“ ein.</translation>
    </message>
    <message>
        <source>%1: found in DNS, not entered by hand</source>
        <translation>%1: im DNS gefunden, nicht von Hand eingetragen</translation>
    </message>
</context>
<context>
    <name>sts::ui::MonitoringSettings</name>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>&amp;Install daily timer</source>
        <translation>Täglichen Timer &amp;installieren</translation>
    </message>
    <message>
        <source>Remo&amp;ve timer</source>
        <translation>Timer ent&amp;fernen</translation>
    </message>
    <message>
        <source>SMTP submission server, e.g. smtp.example.com</source>
        <translation>SMTP-Submission-Server, z. B. smtp.example.com</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keychain, never in the workspace or the settings.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Desktops, nie im Arbeitsbereich oder in den Einstellungen.</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>Timer:</translation>
    </message>
    <message>
        <source>Last run:</source>
        <translation>Letzter Lauf:</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>SMTP p&amp;ort:</source>
        <translation>SMTP-P&amp;ort:</translation>
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation>SMTP-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <source>&amp;Digest to:</source>
        <translation>&amp;Digest an:</translation>
    </message>
    <message>
        <source>Critical findings also to:</source>
        <translation>Kritische Befunde auch an:</translation>
    </message>
    <message>
        <source>Digest language:</source>
        <translation>Sprache des Digests:</translation>
    </message>
    <message>
        <source>installed (%1)</source>
        <translation>installiert (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation>Das Monitoring ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>%1, did not finish</source>
        <translation>%1, nicht beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n new finding(s)</source>
        <translation>
            <numerusform>%1, %n neuer Befund</numerusform>
            <numerusform>%1, %n neue Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n behoben</numerusform>
            <numerusform>, %n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation>„%1“ ist keine Mailadresse.</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Test-Mail senden</translation>
    </message>
    <message>
        <source>Send a short mail through the SMTP server as typed here, to the digest address (else the sender), with the password typed or stored.</source>
        <translation>Eine kurze Mail über den hier eingetragenen SMTP-Server senden, an die Digest-Adresse (sonst an den Absender), mit dem eingegebenen oder gespeicherten Passwort.</translation>
    </message>
    <message>
        <source>SMTP p&amp;assword:</source>
        <translation>SMTP-P&amp;asswort:</translation>
    </message>
    <message>
        <source>Digest per consultant:</source>
        <translation>Digest je Berater:</translation>
    </message>
    <message>
        <source>Test mail sent to %1.</source>
        <translation>Test-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>Test mail failed: %1</source>
        <translation>Test-Mail fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Set the SMTP user before typing its password.</source>
        <translation>Legen Sie den SMTP-Benutzer fest, bevor Sie sein Passwort eingeben.</translation>
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation>Test-Mail an %1 wird gesendet …</translation>
    </message>
    <message>
        <source>stsdesk-cli was found neither next to STS Desk nor on PATH; the timer needs it.</source>
        <translation>stsdesk-cli wurde weder neben STS Desk noch im PATH gefunden; der Timer braucht es.</translation>
    </message>
    <message>
        <source>Runs “%1 monitor --all --notify” every day.</source>
        <translation>Führt „%1 monitor --all --notify“ jeden Tag aus.</translation>
    </message>
    <message>
        <source>not installed (stsdesk-cli not found)</source>
        <translation>nicht installiert (stsdesk-cli nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>sts::ui::MxHostTable</name>
    <message>
        <source>Receiving MX host</source>
        <translation>Empfangender MX-Host</translation>
    </message>
    <message>
        <source>Result types</source>
        <translation>Ergebnistypen</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Failed
sessions</source>
        <translation>Fehlgeschlagene
Sitzungen</translation>
    </message>
</context>
<context>
    <name>sts::ui::NewVersionDialog</name>
    <message>
        <source>New policy version</source>
        <translation>Neue Richtlinienversion</translation>
    </message>
    <message>
        <source>testing: failures are only reported; enforce: senders refuse to deliver without valid TLS; none: withdraws the policy.</source>
        <translation>testing: Fehler werden nur gemeldet; enforce: Absender stellen ohne gültiges TLS nicht zu; none: zieht die Richtlinie zurück.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. mx1.example.com or *.example.net. Empty: suggested from the latest discovery.</source>
        <translation>Ein Muster pro Zeile, z. B. mx1.example.com oder *.example.net. Leer: aus der letzten Erkundung vorgeschlagen.</translation>
    </message>
    <message>
        <source>The new version is saved as a draft with the next free id; senders see it only after it is published.</source>
        <translation>Die neue Version wird als Entwurf mit der nächsten freien ID gespeichert; Absender sehen sie erst nach der Veröffentlichung.</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>max_a&amp;ge:</source>
        <translation>max_a&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;MX patterns:</source>
        <translation>&amp;MX-Muster:</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>Entwurf &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>sts::ui::PatternEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Use suggested</source>
        <translation>&amp;Vorschläge übernehmen</translation>
    </message>
    <message>
        <source>One host name or “*.” plus a host name per line. F2 edits, Ins adds, Del removes.</source>
        <translation>Ein Hostname oder „*.“ plus Hostname pro Zeile. F2 bearbeitet, Einfg fügt hinzu, Entf entfernt.</translation>
    </message>
    <message>
        <source>Add a pattern (Ins).</source>
        <translation>Ein Muster hinzufügen (Einfg).</translation>
    </message>
    <message>
        <source>Remove the selected patterns (Del).</source>
        <translation>Die ausgewählten Muster entfernen (Entf).</translation>
    </message>
    <message>
        <source>Add the selected suggestions, or all of them when none is selected.</source>
        <translation>Die ausgewählten Vorschläge hinzufügen, oder alle, wenn keiner ausgewählt ist.</translation>
    </message>
    <message>
        <source>Suggested pattern</source>
        <translation>Vorgeschlagenes Muster</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>M&amp;X patterns:</source>
        <translation>M&amp;X-Muster:</translation>
    </message>
    <message>
        <source>Suggestions from the mail servers:</source>
        <translation>Vorschläge aus den Mailservern:</translation>
    </message>
</context>
<context>
    <name>sts::ui::PolicyHostingDialog</name>
    <message>
        <source>Write configuration…</source>
        <translation>Konfiguration schreiben…</translation>
    </message>
    <message>
        <source>Policy Hosting</source>
        <translation>Policy-Hosting</translation>
    </message>
    <message>
        <source>sh &lt;folder&gt;/reload.sh (nginx -t and reload)</source>
        <translation>sh &lt;Verzeichnis&gt;/reload.sh (nginx -t und Neuladen)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Policy host (customers point mta-sts.&lt;domain&gt; here by CNAME):</source>
        <translation>Policy-Host (Kunden verweisen mta-sts.&lt;Domain&gt; per CNAME hierher):</translation>
    </message>
    <message>
        <source>Reload command:</source>
        <translation>Befehl zum Neuladen:</translation>
    </message>
    <message>
        <source>No engagement is hosted on the policy host.</source>
        <translation>Auf dem Policy-Host wird kein Auftrag gehostet.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) on the policy host; removals pending: %1.</source>
        <translation>
            <numerusform>%n Kunde auf dem Policy-Host; ausstehende Entfernungen: %1.</numerusform>
            <numerusform>%n Kunden auf dem Policy-Host; ausstehende Entfernungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy host name was cleared.</source>
        <translation>Der Name des Policy-Hosts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Policy host: %1</source>
        <translation>Policy-Host: %1</translation>
    </message>
    <message>
        <source>Folder of the policy host configuration</source>
        <translation>Verzeichnis der Policy-Host-Konfiguration</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Nothing changed in %1; nginx was not reloaded.</source>
        <translation>In %1 hat sich nichts geändert; nginx wurde nicht neu geladen.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1: retired, its server block and files were removed</source>
        <translation>%1: stillgelegt, Server-Block und Dateien wurden entfernt</translation>
    </message>
    <message>
        <source>The reload failed (exit code %1):</source>
        <translation>Das Neuladen ist fehlgeschlagen (Exit-Code %1):</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Neu geladen.</translation>
    </message>
</context>
<context>
    <name>sts::ui::PolicyPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as ne&amp;w version</source>
        <translation>Als neue Version s&amp;peichern</translation>
    </message>
    <message>
        <source>Generate &amp;enforce version</source>
        <translation>&amp;Enforce-Version erzeugen</translation>
    </message>
    <message>
        <source>Generate &amp;remove version</source>
        <translation>Version zum Ent&amp;fernen erzeugen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The MTA-STS policy file senders fetch from mta-sts.&lt;domain&gt;, and its versions.</source>
        <translation>Die MTA-STS-Richtliniendatei, die Absender von mta-sts.&lt;domain&gt; abrufen, und ihre Versionen.</translation>
    </message>
    <message>
        <source>testing: failures are only reported; enforce: senders refuse to deliver without valid TLS; none: withdraws the policy.</source>
        <translation>testing: Fehler werden nur gemeldet; enforce: Absender stellen ohne gültiges TLS nicht zu; none: zieht die Richtlinie zurück.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long senders may cache the policy: 86400 while testing, 604800 when enforcing.</source>
        <translation>Wie lange Absender die Richtlinie zwischenspeichern dürfen: 86400 im Testbetrieb, 604800 bei enforce.</translation>
    </message>
    <message>
        <source>The file exactly as it is served; ␍␊ marks the CRLF line ends.</source>
        <translation>Die Datei genau so, wie sie ausgeliefert wird; ␍␊ markiert die CRLF-Zeilenenden.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>MX-Muster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a version to load it into the editor.</source>
        <translation>Doppelklick auf eine Version lädt sie in den Editor.</translation>
    </message>
    <message>
        <source>Store this policy as a new version with a new id (Ctrl+S).</source>
        <translation>Diese Richtlinie als neue Version mit neuer ID speichern (Strg+S).</translation>
    </message>
    <message>
        <source>A new version of the selected one in mode enforce, max_age 604800.</source>
        <translation>Eine neue Version der ausgewählten im Modus enforce, max_age 604800.</translation>
    </message>
    <message>
        <source>A new version of the selected one in mode none: serve it for the old max_age before removing MTA-STS.</source>
        <translation>Eine neue Version der ausgewählten im Modus none: Liefern Sie sie für die Dauer des alten max_age aus, bevor Sie MTA-STS entfernen.</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>max_a&amp;ge:</source>
        <translation>max_a&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;File (.well-known/mta-sts.txt):</source>
        <translation>&amp;Datei (.well-known/mta-sts.txt):</translation>
    </message>
    <message>
        <source>Prob&amp;lems:</source>
        <translation>Prob&amp;leme:</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>Versio&amp;nen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The policy is valid.</source>
        <translation>Die Richtlinie ist gültig.</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Die Version konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The policy has errors; fix them before saving.</source>
        <translation>Die Richtlinie enthält Fehler; beheben Sie sie vor dem Speichern.</translation>
    </message>
    <message>
        <source>Save a version first: the enforce version is made from it.</source>
        <translation>Speichern Sie zuerst eine Version: Die Enforce-Version wird daraus erzeugt.</translation>
    </message>
    <message>
        <source>Save a version first: the remove version is made from it.</source>
        <translation>Speichern Sie zuerst eine Version: Die Version zum Entfernen wird daraus erzeugt.</translation>
    </message>
    <message>
        <source>draft, saved %1</source>
        <translation>Entwurf, gespeichert %1</translation>
    </message>
    <message>
        <source>superseded %1</source>
        <translation>abgelöst %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>veröffentlicht %1</translation>
    </message>
    <message>
        <source>No version yet. Saving one gives it an id; then publish the file first and the TXT id second.</source>
        <translation>Noch keine Version. Beim Speichern erhält sie eine ID; veröffentlichen Sie dann zuerst die Datei und danach die TXT-ID.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publishing version %1:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veröffentlichen von Version %1:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Senders that fetched version %1 may keep applying it until &lt;b&gt;%2&lt;/b&gt; (its max_age of %3 after publishing now).</source>
        <translation>Absender, die Version %1 abgerufen haben, dürfen sie bis &lt;b&gt;%2&lt;/b&gt; weiter anwenden (ihr max_age von %3 ab Veröffentlichung jetzt).</translation>
    </message>
    <message>
        <source>No earlier version: no sender holds a cached policy of this domain.</source>
        <translation>Keine frühere Version: Kein Absender hält eine zwischengespeicherte Richtlinie dieser Domain.</translation>
    </message>
    <message>
        <source>Nothing was added to the engagement’s policy versions; what is published stays as it was.</source>
        <translation>Den Richtlinienversionen des Auftrags wurde nichts hinzugefügt; was veröffentlicht ist, bleibt unverändert.</translation>
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then save again.</source>
        <translation>Prüfen Sie, ob die Arbeitsbereich-Datenbank erreichbar und beschreibbar ist (Datei → Einstellungen…), und speichern Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>sts::ui::PolicyVersionsPanel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>MX-Muster</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Neue Version …</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Anh&amp;alten</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen …</translation>
    </message>
    <message>
        <source>A draft version with the next free id: mode, max_age and mx patterns.</source>
        <translation>Eine Entwurfsversion mit der nächsten freien ID: Modus, max_age und MX-Muster.</translation>
    </message>
    <message>
        <source>Look now whether senders see the selected version: the _mta-sts TXT id, TLS-RPT, TLSA, and the policy over HTTPS (resolver, CA bundle and policy host from Settings).</source>
        <translation>Jetzt prüfen, ob Absender die gewählte Version sehen: die ID im _mta-sts-TXT-Record, TLS-RPT, TLSA und die Richtlinie über HTTPS (Resolver, CA-Bündel und Richtlinien-Host aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Verify the selected draft and mark it live; the rollout follows.</source>
        <translation>Den gewählten Entwurf prüfen und als live markieren; die Einführung folgt.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>superseded %1</source>
        <translation>abgelöst %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>last check passed %1</source>
        <translation>letzte Prüfung bestanden %1</translation>
    </message>
    <message>
        <source>last check failed %1</source>
        <translation>letzte Prüfung fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>verified %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <source>without proof: %1</source>
        <translation>ohne Nachweis: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Only a draft is published; make a new version to change what senders see.</source>
        <translation>Veröffentlicht wird nur ein Entwurf; legen Sie eine neue Version an, um zu ändern, was Absender sehen.</translation>
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation>Entwurf %1 gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 is live.</source>
        <translation>Version %1 ist live.</translation>
    </message>
    <message>
        <source>Verifying %1 through DNS and HTTPS…</source>
        <translation>%1 wird über DNS und HTTPS geprüft …</translation>
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Senders see version %1 as published.</source>
        <translation>Absender sehen Version %1 wie veröffentlicht.</translation>
    </message>
    <message>
        <source>Senders do not see version %1 as published; see the checks below.</source>
        <translation>Absender sehen Version %1 nicht wie veröffentlicht; siehe die Prüfungen unten.</translation>
    </message>
</context>
<context>
    <name>sts::ui::PortfolioModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Clean streak</source>
        <translation>Saubere Tage</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Last reports</source>
        <translation>Letzte Berichte</translation>
    </message>
    <message>
        <source>Failure rate 7 d</source>
        <translation>Fehlerquote 7 T</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Day N of testing (the testing policy's first day is day 0).</source>
        <translation>Tag N im Testing (der erste Tag der Testing-Policy ist Tag 0).</translation>
    </message>
    <message>
        <source>Consecutive clean days ending yesterday (testing only).</source>
        <translation>Aufeinanderfolgende saubere Tage bis gestern (nur im Testing).</translation>
    </message>
    <message>
        <source>The major sender that reported longest ago, and when.</source>
        <translation>Der große Absender, dessen letzter Bericht am längsten zurückliegt, und wann.</translation>
    </message>
    <message>
        <source>Failed sessions of the last 7 days, against the 28 days before.</source>
        <translation>Fehlgeschlagene Sitzungen der letzten 7 Tage gegenüber den 28 Tagen davor.</translation>
    </message>
    <message>
        <source>The nearest certificate expiry of the MX hosts (STARTTLS) and the policy host (HTTPS).</source>
        <translation>Der nächste Zertifikatsablauf der MX-Hosts (STARTTLS) und des Policy-Hosts (HTTPS).</translation>
    </message>
    <message>
        <source>Differences the monitoring found between what is published and what is served.</source>
        <translation>Abweichungen, die das Monitoring zwischen Veröffentlichtem und Ausgeliefertem gefunden hat.</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for enforce</source>
        <translation>Bereit für Enforce</translation>
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation>Blockiert: %1</translation>
    </message>
    <message>
        <source>%1: never</source>
        <translation>%1: nie</translation>
    </message>
    <message>
        <source>all up to date</source>
        <translation>alle aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) ago</source>
        <translation>
            <numerusform>%1: vor %n Tag</numerusform>
            <numerusform>%1: vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Nothing needs your attention. Double-click or press Enter to open.</source>
        <translation>Hier ist nichts zu tun. Doppelklick oder Eingabetaste öffnet das Engagement.</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Braucht Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>%1: not sending to this customer</source>
        <translation>%1: sendet nicht an diesen Kunden</translation>
    </message>
    <message>
        <source>%1: last report for %2</source>
        <translation>%1: letzter Bericht für %2</translation>
    </message>
    <message>
        <source>%1: no report yet</source>
        <translation>%1: noch kein Bericht</translation>
    </message>
    <message>
        <source>Last 7 days: %1 of %2 sessions failed (%3).
28 days before: %4.</source>
        <translation>Letzte 7 Tage: %1 von %2 Sitzungen fehlgeschlagen (%3).
28 Tage davor: %4.</translation>
    </message>
    <message>
        <source>%1 — valid until %2 UTC</source>
        <translation>%1 — gültig bis %2 UTC</translation>
    </message>
    <message>
        <source>No certificate probed yet.</source>
        <translation>Noch kein Zertifikat geprüft.</translation>
    </message>
</context>
<context>
    <name>sts::ui::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Filter by customer or domain</source>
        <translation>Nach Kunde oder Domain filtern</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>Braucht &amp;Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Only engagements with open warnings or critical findings, blocked past day 30 of testing, a jump in the failure rate, a major sender silent for more than 3 days or a certificate expiring within 30 days.</source>
        <translation>Nur Engagements mit offenen Warnungen oder kritischen Befunden, nach Tag 30 im Testing noch blockiert, mit einem Sprung der Fehlerquote, einem großen Absender, der seit mehr als 3 Tagen schweigt, oder einem Zertifikat, das binnen 30 Tagen abläuft.</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only the engagements assigned to you.</source>
        <translation>Nur die Ihnen zugewiesenen Engagements.</translation>
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n Engagement</numerusform>
            <numerusform>%n Engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring last ran %1 UTC</source>
        <translation>Monitoring zuletzt am %1 UTC</translation>
    </message>
    <message>
        <source>monitoring has not run yet</source>
        <translation>Monitoring noch nicht gelaufen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
</context>
<context>
    <name>sts::ui::PreflightPage</name>
    <message>
        <source>Run again (F5)</source>
        <translation>Erneut ausführen (F5)</translation>
    </message>
    <message>
        <source>Cancel pre-flight</source>
        <translation>Vorabprüfung abbrechen</translation>
    </message>
    <message>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>What a strict sender sees at every MX address and at the policy host, before anything is published.</source>
        <translation>Was ein strenger Absender an jeder MX-Adresse und am Richtlinien-Host sieht, bevor etwas veröffentlicht wird.</translation>
    </message>
    <message>
        <source>25 for real MX hosts; another port for a test server.</source>
        <translation>25 für echte MX-Hosts; ein anderer Port für einen Testserver.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>DANE</source>
        <translation>DANE</translation>
    </message>
    <message>
        <source>Result (RFC 8460)</source>
        <translation>Ergebnis (RFC 8460)</translation>
    </message>
    <message>
        <source>Probe every address again (F5).</source>
        <translation>Jede Adresse erneut prüfen (F5).</translation>
    </message>
    <message>
        <source>&amp;SMTP port:</source>
        <translation>&amp;SMTP-Port:</translation>
    </message>
    <message>
        <source>&amp;HTTPS port (policy host):</source>
        <translation>&amp;HTTPS-Port (Richtlinien-Host):</translation>
    </message>
    <message>
        <source>%1 of %2 addresses probed</source>
        <translation>%1 von %2 Adressen geprüft</translation>
    </message>
    <message>
        <source>Pre-flight cancelled; nothing was stored. Run again with F5.</source>
        <translation>Vorabprüfung abgebrochen; nichts wurde gespeichert. Mit F5 erneut ausführen.</translation>
    </message>
    <message>
        <source>Addresses from the scan of %1 on %2. Trust: %3.</source>
        <translation>Adressen aus dem Scan von %1 am %2. Vertrauen: %3.</translation>
    </message>
    <message>
        <source>the system CA store</source>
        <translation>der CA-Speicher des Systems</translation>
    </message>
    <message>
        <source>the CA file %1</source>
        <translation>die CA-Datei %1</translation>
    </message>
    <message>
        <source>Stored results of the pre-flight on %1.</source>
        <translation>Gespeicherte Ergebnisse der Vorabprüfung vom %1.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>intermediate missing</source>
        <translation>Zwischenzertifikat fehlt</translation>
    </message>
    <message>
        <source>Not served: %1</source>
        <translation>Nicht ausgeliefert: %1</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>falsche Reihenfolge</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) served</source>
        <translation>
            <numerusform>%n Zertifikat ausgeliefert</numerusform>
            <numerusform>%n Zertifikate ausgeliefert</numerusform>
        </translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Certificate names: %1</source>
        <translation>Namen im Zertifikat: %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>DANE applies only where discovery found a DNSSEC-secure TLSA record set.</source>
        <translation>DANE gilt nur, wo die Erkennung einen per DNSSEC gesicherten TLSA-Datensatz gefunden hat.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not reached (%1)</source>
        <translation>nicht erreicht (%1)</translation>
    </message>
    <message>
        <source>Cancelled before this address was probed.</source>
        <translation>Abgebrochen, bevor diese Adresse geprüft wurde.</translation>
    </message>
    <message>
        <source>Not reached from here: %1. Check the address, the port and any firewall; a sender that cannot connect retries later.</source>
        <translation>Von hier nicht erreicht: %1. Adresse, Port und Firewall prüfen; ein Absender, der keine Verbindung bekommt, versucht es später erneut.</translation>
    </message>
    <message>
        <source>In testing mode this is reported as %1; in enforce mode delivery from strict senders fails.</source>
        <translation>Im Testmodus wird dies als %1 gemeldet; im Enforce-Modus schlägt die Zustellung durch strenge Absender fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to %n address(es)…</source>
        <translation>
            <numerusform>Verbinde mit %n Adresse…</numerusform>
            <numerusform>Verbinde mit %n Adressen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an address, not probed: %1</source>
        <translation>Ohne Adresse, nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n address(es) pass: strict senders would deliver.</source>
        <translation>
            <numerusform>Die %n Adresse besteht: strenge Absender würden zustellen.</numerusform>
            <numerusform>Alle %n Adressen bestehen: strenge Absender würden zustellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) would fail for strict senders.</source>
        <translation>
            <numerusform>%n Adresse würde bei strengen Absendern scheitern.</numerusform>
            <numerusform>%n Adressen würden bei strengen Absendern scheitern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pre-flight finished but could not be saved: %1</source>
        <translation>Die Vorabprüfung ist fertig, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>TLS (BSI)</source>
        <translation>TLS (BSI)</translation>
    </message>
    <message>
        <source>No scan of %1 yet: scan the mail servers first (page “Mail servers”), or enter them there with “Add mail server…”, then run the pre-flight here.</source>
        <translation>Noch kein Scan von %1: scannen Sie zuerst die Mailserver (Seite „Mailserver“) oder tragen Sie sie dort mit „Mailserver hinzufügen…“ ein, dann starten Sie hier die Vorabprüfung.</translation>
    </message>
    <message>
        <source>No scan of %1: the mail servers entered by hand are probed at the addresses typed for them. Trust: %2.</source>
        <translation>Kein Scan von %1: die von Hand eingetragenen Mailserver werden an den für sie eingegebenen Adressen geprüft. Vertrauen: %2.</translation>
    </message>
    <message>
        <source>Addresses entered by hand: %1.</source>
        <translation>Von Hand eingetragene Adressen: %1.</translation>
    </message>
    <message>
        <source>There is no scan to take the addresses from.</source>
        <translation>Es gibt keinen Scan, aus dem die Adressen stammen könnten.</translation>
    </message>
    <message>
        <source>Pre-flight probes the mail servers the scan found; without one nothing about them can be checked.</source>
        <translation>Die Vorabprüfung prüft die Mailserver, die der Scan gefunden hat; ohne Scan lässt sich über sie nichts prüfen.</translation>
    </message>
    <message>
        <source>go back to “Mail servers” and press Rescan (F5).</source>
        <translation>Gehen Sie zurück zu „Mailserver“ und drücken Sie „Erneut scannen“ (F5).</translation>
    </message>
    <message>
        <source>Neither the latest scan nor the mail servers entered by hand give an MX host address to probe.</source>
        <translation>Weder die letzte Prüfung noch die von Hand eingetragenen Mailserver liefern eine MX-Host-Adresse zum Prüfen.</translation>
    </message>
    <message>
        <source>Nothing about the mail servers can be checked, and senders find no address to deliver to either, if DNS really has none.</source>
        <translation>Über die Mailserver lässt sich nichts prüfen, und auch Absender finden keine Zustelladresse, falls das DNS wirklich keine enthält.</translation>
    </message>
    <message>
        <source>check the MX hosts and their A/AAAA records on “Mail servers” and scan again (F5), or enter the servers with their addresses there (Add mail server…).</source>
        <translation>Prüfen Sie die MX-Hosts und ihre A/AAAA-Einträge auf „Mailserver“ und prüfen Sie erneut (F5), oder tragen Sie die Server dort mit ihren Adressen ein („Mailserver hinzufügen…“).</translation>
    </message>
    <message>
        <source>The results shown are not kept for the runbook or the readiness check.</source>
        <translation>Die angezeigten Ergebnisse werden weder für das Runbook noch für die Bereitschaftsprüfung gespeichert.</translation>
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then run again (F5).</source>
        <translation>Prüfen Sie, ob die Arbeitsbereich-Datenbank erreichbar und beschreibbar ist (Datei → Einstellungen…), und führen Sie die Prüfung dann erneut aus (F5).</translation>
    </message>
    <message>
        <source>Run pre-flight (F5)</source>
        <translation>Vorabprüfung starten (F5)</translation>
    </message>
    <message>
        <source>No pre-flight yet. Press Run pre-flight (F5).</source>
        <translation>Noch keine Vorabprüfung. Drücken Sie „Vorabprüfung starten (F5)“.</translation>
    </message>
</context>
<context>
    <name>sts::ui::PublishDialog</name>
    <message>
        <source>Publish &amp;without proof</source>
        <translation>&amp;Ohne Nachweis veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish policy %1</source>
        <translation>Richtlinie %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Why this step is taken now (recorded)</source>
        <translation>Warum dieser Schritt jetzt erfolgt (wird festgehalten)</translation>
    </message>
    <message>
        <source>Mark the version live although the verification did not show it to senders; the reason is recorded with it.</source>
        <translation>Die Version als live markieren, obwohl die Prüfung sie Absendern nicht zeigte; die Begründung wird mit ihr festgehalten.</translation>
    </message>
    <message>
        <source>Why it is live without proof, e.g. “customer's DNS not visible from here”</source>
        <translation>Warum sie ohne Nachweis live ist, z. B. „DNS des Kunden von hier nicht sichtbar“</translation>
    </message>
    <message>
        <source>Reason for this st&amp;ep:</source>
        <translation>Begründung für diesen &amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Reason without proof:</source>
        <translation>&amp;Begründung ohne Nachweis:</translation>
    </message>
    <message>
        <source>Version %1: mode %2, max_age %3 s, mx %4.</source>
        <translation>Version %1: Modus %2, max_age %3 s, mx %4.</translation>
    </message>
    <message>
        <source>Publishing moves the rollout to “%1”.</source>
        <translation>Die Veröffentlichung bringt die Einführung in die Phase „%1“.</translation>
    </message>
    <message>
        <source>The rollout stays in its phase; senders pick up the new id.</source>
        <translation>Die Einführung bleibt in ihrer Phase; Absender übernehmen die neue ID.</translation>
    </message>
    <message numerus="yes">
        <source>Policy %1 (mode %2) is live now; senders that fetched it keep applying it for up to its max_age of %n second(s), whatever is published next.</source>
        <translation>
            <numerusform>Richtlinie %1 (Modus %2) ist jetzt live; Absender, die sie abgerufen haben, wenden sie bis zu ihrem max_age von %n Sekunde weiter an, was immer als Nächstes veröffentlicht wird.</numerusform>
            <numerusform>Richtlinie %1 (Modus %2) ist jetzt live; Absender, die sie abgerufen haben, wenden sie bis zu ihrem max_age von %n Sekunden weiter an, was immer als Nächstes veröffentlicht wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying through DNS and HTTPS…</source>
        <translation>Prüfung über DNS und HTTPS …</translation>
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation>Die Prüfung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Senders see version %1 as published. It can go live.</source>
        <translation>Absender sehen Version %1 wie veröffentlicht. Sie kann live gehen.</translation>
    </message>
    <message>
        <source>Senders do not see version %1 yet. Publish the records and the policy file, then verify again, or publish without proof with a reason.</source>
        <translation>Absender sehen Version %1 noch nicht. Veröffentlichen Sie die Records und die Richtliniendatei und prüfen Sie erneut, oder veröffentlichen Sie ohne Nachweis mit Begründung.</translation>
    </message>
    <message>
        <source>Verifying again and publishing…</source>
        <translation>Erneute Prüfung und Veröffentlichung …</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Version %1 is live, verified.</source>
        <translation>Version %1 ist live, geprüft.</translation>
    </message>
    <message>
        <source>Version %1 is live without proof.</source>
        <translation>Version %1 ist live, ohne Nachweis.</translation>
    </message>
    <message>
        <source>The rollout moved to “%1”.</source>
        <translation>Die Einführung ist jetzt in der Phase „%1“.</translation>
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation>Prüfung angehalten.</translation>
    </message>
    <message>
        <source>&amp;Publish without proof</source>
        <translation>&amp;Veröffentlichen ohne Nachweis</translation>
    </message>
    <message>
        <source>Push &amp;records…</source>
        <translation>Einträge &amp;übertragen…</translation>
    </message>
    <message>
        <source>Send the records that announce this version (its _mta-sts id) to the customer's DNS server (RFC 2136, TSIG), then verify again</source>
        <translation>Die Einträge, die diese Version ankündigen (ihre _mta-sts-id), an den DNS-Server des Kunden senden (RFC 2136, TSIG) und danach erneut verifizieren</translation>
    </message>
</context>
<context>
    <name>sts::ui::QuarantinePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Export bytes…</source>
        <translation>Bytes e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Run the report parser again on every quarantined input</source>
        <translation>Den Berichtsparser erneut auf alle Eingaben in Quarantäne anwenden</translation>
    </message>
    <message>
        <source>No quarantined input is selected.</source>
        <translation>Keine Eingabe aus der Quarantäne ausgewählt.</translation>
    </message>
    <message>
        <source>Export quarantined input</source>
        <translation>Eingabe aus der Quarantäne exportieren</translation>
    </message>
    <message>
        <source>Export bytes</source>
        <translation>Bytes exportieren</translation>
    </message>
    <message>
        <source>Inputs that could not be read as TLS reports are kept here with their bytes, and so are reports you sent back. After an update of STS Desk, Retry reads the unreadable ones again.</source>
        <translation>Eingaben, die nicht als TLS-Berichte gelesen werden konnten, werden hier mit ihren Bytes aufbewahrt, ebenso Berichte, die Sie zurückgelegt haben. Nach einem Update von STS Desk liest „Erneut versuchen“ die unlesbaren noch einmal.</translation>
    </message>
</context>
<context>
    <name>sts::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
</context>
<context>
    <name>sts::ui::RecordPushDialog</name>
    <message>
        <source>Served as sent</source>
        <translation>Wie gesendet ausgeliefert</translation>
    </message>
    <message>
        <source>Served differently</source>
        <translation>Anders ausgeliefert</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Nicht ausgeliefert</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Push records to a DNS server</source>
        <translation>Records an einen DNS-Server senden</translation>
    </message>
    <message>
        <source>TSIG key file</source>
        <translation>TSIG-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Sends the records of %1 to the zone's primary server as one dynamic update (RFC 2136) signed with a TSIG key, then asks that server for each of them. Only the types STS Desk publishes are replaced at each name. The key file must be readable by you alone; only its path is kept.</source>
        <translation>Sendet die Records von %1 als ein dynamisches Update (RFC 2136), mit einem TSIG-Schlüssel signiert, an den primären Server der Zone und fragt diesen Server danach nach jedem davon. Ersetzt werden an jedem Namen nur die Typen, die STS Desk veröffentlicht. Die Schlüsseldatei darf nur für Sie lesbar sein; gespeichert wird nur ihr Pfad.</translation>
    </message>
    <message>
        <source>ns1.example.com or 192.0.2.53</source>
        <translation>ns1.example.com oder 192.0.2.53</translation>
    </message>
    <message>
        <source>A BIND key file (tsig-keygen), keymgr -t output, or one line algorithm:name:secret.</source>
        <translation>Eine BIND-Schlüsseldatei (tsig-keygen), eine Ausgabe von keymgr -t oder eine Zeile algorithmus:name:geheimnis.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The zone to update; empty: the mail domain. Records in other zones are listed, not sent.</source>
        <translation>Die zu ändernde Zone; leer: die Mail-Domain. Records in anderen Zonen werden aufgeführt, nicht gesendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>TSIG &amp;key file:</source>
        <translation>TSIG-&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Give the server and the TSIG key file.</source>
        <translation>Geben Sie den Server und die TSIG-Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation>Sende an %1…</translation>
    </message>
    <message>
        <source>The server serves:
%1</source>
        <translation>Der Server liefert aus:
%1</translation>
    </message>
    <message>
        <source>Not sent: outside %1</source>
        <translation>Nicht gesendet: außerhalb von %1</translation>
    </message>
    <message>
        <source>Publish this record in its own zone.</source>
        <translation>Veröffentlichen Sie diesen Record in seiner eigenen Zone.</translation>
    </message>
    <message>
        <source>The update was applied, but reading it back failed: %1</source>
        <translation>Das Update wurde übernommen, aber das Zurücklesen schlug fehl: %1</translation>
    </message>
    <message numerus="yes">
        <source>The update was applied, but %n record(s) are not served as sent.</source>
        <translation>
            <numerusform>Das Update wurde übernommen, aber %n Record wird nicht wie gesendet ausgeliefert.</numerusform>
            <numerusform>Das Update wurde übernommen, aber %n Records werden nicht wie gesendet ausgeliefert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 serves all %n record(s) as sent.</source>
        <translation>
            <numerusform>%1 liefert den %n Record wie gesendet aus.</numerusform>
            <numerusform>%1 liefert alle %n Records wie gesendet aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::RecordsPage</name>
    <message>
        <source>Announces the MTA-STS policy and its id (RFC 8461).</source>
        <translation>Kündigt die MTA-STS-Richtlinie und ihre ID an (RFC 8461).</translation>
    </message>
    <message>
        <source>Where senders send TLS reports (RFC 8460).</source>
        <translation>Wohin Absender TLS-Berichte senden (RFC 8460).</translation>
    </message>
    <message>
        <source>The web host senders fetch the policy file from.</source>
        <translation>Der Webhost, von dem Absender die Richtliniendatei abrufen.</translation>
    </message>
    <message>
        <source>DANE: the key the mail server presents (RFC 7672).</source>
        <translation>DANE: der Schlüssel, den der Mailserver vorlegt (RFC 7672).</translation>
    </message>
    <message>
        <source>TLS reports about this mail server, for DANE.</source>
        <translation>TLS-Berichte über diesen Mailserver, für DANE.</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Every record the customer publishes for MTA-STS, TLS reporting and DANE.</source>
        <translation>Alle Einträge, die der Kunde für MTA-STS, TLS-Reporting und DANE veröffentlicht.</translation>
    </message>
    <message>
        <source>Export DNS records</source>
        <translation>DNS-Einträge exportieren</translation>
    </message>
    <message>
        <source>IPv4/IPv6 addresses of your web server (A/AAAA), or the host name of a hosting provider (CNAME). Empty: not generated.</source>
        <translation>IPv4-/IPv6-Adressen Ihres Webservers (A/AAAA) oder der Hostname eines Hosting-Anbieters (CNAME). Leer: wird nicht erzeugt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows as zone-file lines.</source>
        <translation>Strg+C kopiert die ausgewählten Zeilen als Zonendatei-Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;y rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as zone-file lines (Ctrl+C in the table).</source>
        <translation>Die ausgewählten Einträge als Zonendatei-Zeilen kopieren (Strg+C in der Tabelle).</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>W&amp;ert kopieren</translation>
    </message>
    <message>
        <source>Copy only the value of the current record, as a DNS provider's web form wants it.</source>
        <translation>Nur den Wert des aktuellen Eintrags kopieren, wie ihn das Webformular eines DNS-Anbieters erwartet.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Save the records for a DNS server or provider.</source>
        <translation>Die Einträge für einen DNS-Server oder -Anbieter speichern.</translation>
    </message>
    <message>
        <source>TLS-RPT &amp;reports to:</source>
        <translation>TLS-RPT-&amp;Berichte an:</translation>
    </message>
    <message>
        <source>&amp;mta-sts host points to:</source>
        <translation>&amp;mta-sts-Host zeigt auf:</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <source>For %1, policy version %2 (%3). TLSA records appear when the zone is DNSSEC-signed and the key is known.</source>
        <translation>Für %1, Richtlinienversion %2 (%3). TLSA-Einträge erscheinen, wenn die Zone DNSSEC-signiert und der Schlüssel bekannt ist.</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>not yet published</source>
        <translation>noch nicht veröffentlicht</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Für %1.</translation>
    </message>
    <message>
        <source>Save a policy version on the “Policy” page first: the _mta-sts record carries its id.</source>
        <translation>Speichern Sie zuerst eine Richtlinienversion auf der Seite „Richtlinie“: Der _mta-sts-Eintrag trägt ihre ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>Adresse spei&amp;chern</translation>
    </message>
    <message>
        <source>mailto: or https: addresses, separated by commas; one is recommended. Empty: no TLS-RPT record. Saved for the engagement when you leave the page.</source>
        <translation>mailto:- oder https:-Adressen, durch Kommas getrennt; eine wird empfohlen. Leer: kein TLS-RPT-Record. Wird beim Verlassen der Seite für das Kundenprojekt gespeichert.</translation>
    </message>
    <message>
        <source>Store these addresses for the engagement: the artifacts, the runbook and “records export” use them.</source>
        <translation>Diese Adressen für das Kundenprojekt speichern: die Artefakte, das Runbook und „records export“ verwenden sie.</translation>
    </message>
    <message>
        <source>&amp;Push to DNS server…</source>
        <translation>An DNS-Server &amp;senden…</translation>
    </message>
    <message>
        <source>Send these records to the zone's primary server as a TSIG-signed dynamic update (RFC 2136) and check what it serves.</source>
        <translation>Diese Records als TSIG-signiertes dynamisches Update (RFC 2136) an den primären Server der Zone senden und prüfen, was er ausliefert.</translation>
    </message>
    <message>
        <source>TLS-RPT addresses saved for the engagement.</source>
        <translation>TLS-RPT-Adressen für das Kundenprojekt gespeichert.</translation>
    </message>
    <message>
        <source>The _smtp._tls record is built from this address: while it is wrong, no TLS report reaches the consultant.</source>
        <translation>Der _smtp._tls-Eintrag wird aus dieser Adresse erzeugt: Solange sie falsch ist, erreicht kein TLS-Bericht den Berater.</translation>
    </message>
    <message>
        <source>correct it (mailto:name@domain or https://host/path, several separated by commas), then leave the page again.</source>
        <translation>Korrigieren Sie sie (mailto:name@domain oder https://host/pfad, mehrere durch Kommas getrennt) und verlassen Sie die Seite erneut.</translation>
    </message>
    <message>
        <source>The records cannot be built: %1</source>
        <translation>Die Einträge lassen sich nicht erzeugen: %1</translation>
    </message>
    <message>
        <source>Nothing can be exported or pushed to DNS until they can.</source>
        <translation>Bis dahin lässt sich nichts exportieren oder an den DNS-Server übertragen.</translation>
    </message>
    <message>
        <source>correct what the message names, on this page or on “Policy”, then come back.</source>
        <translation>Korrigieren Sie, was die Meldung nennt, auf dieser Seite oder auf „Richtlinie“, und kehren Sie dann zurück.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Nothing was exported; the customer has no records yet.</source>
        <translation>Es wurde nichts exportiert; der Kunde hat noch keine Einträge.</translation>
    </message>
    <message>
        <source>choose a folder you can write to and export again.</source>
        <translation>Wählen Sie einen beschreibbaren Ordner und exportieren Sie erneut.</translation>
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
    <name>sts::ui::ReportsView</name>
    <message>
        <source>&amp;Whole period</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Double-click a bar or a row to see the failure details behind it.</source>
        <translation>Doppelklick auf einen Balken oder eine Zeile zeigt die Fehlerdetails dahinter.</translation>
    </message>
    <message>
        <source>Double-click a sender to see its failure details</source>
        <translation>Doppelklick auf einen Absender zeigt seine Fehlerdetails</translation>
    </message>
    <message>
        <source>Double-click a host to see its failure details</source>
        <translation>Doppelklick auf einen Host zeigt seine Fehlerdetails</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>MX hosts</source>
        <translation>MX-Hosts</translation>
    </message>
    <message>
        <source>Failure details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>All senders</source>
        <translation>Alle Absender</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Quarantäne (%1)</translation>
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation>Die Berichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No reports for this engagement yet. Import reports (files, folders, mailboxes) or drop them here.</source>
        <translation>Für dieses Kundenprojekt gibt es noch keine Berichte. Berichte importieren (Dateien, Ordner, Postfächer) oder hierher ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n report(s), </source>
        <translation>
            <numerusform>%1 – %2: %n Bericht, </numerusform>
            <numerusform>%1 – %2: %n Berichte, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sessions, %2 failed (%3 %)</source>
        <translation>%1 Sitzungen, %2 fehlgeschlagen (%3 %)</translation>
    </message>
    <message>
        <source>MX host not reported</source>
        <translation>MX-Host nicht gemeldet</translation>
    </message>
    <message>
        <source>Failure details: %1</source>
        <translation>Fehlerdetails: %1</translation>
    </message>
    <message>
        <source>Cannot read the failure details: %1</source>
        <translation>Die Fehlerdetails können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No failures reported for this selection.</source>
        <translation>Für diese Auswahl wurden keine Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Stored reports</source>
        <translation>Gespeicherte Berichte</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) in conflict are not counted until you keep one version (Conflicts).</source>
        <translation>
            <numerusform>%n Bericht im Konflikt wird nicht gezählt, bis Sie eine Version behalten (Konflikte).</numerusform>
            <numerusform>%n Berichte im Konflikt werden nicht gezählt, bis Sie je eine Version behalten (Konflikte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
</context>
<context>
    <name>sts::ui::RolloutControls</name>
    <message>
        <source>Rollout</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Start &amp;testing…</source>
        <translation>&amp;testing starten …</translation>
    </message>
    <message>
        <source>&amp;Enforce…</source>
        <translation>&amp;Enforce …</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Zurücknehmen …</translation>
    </message>
    <message>
        <source>Start re&amp;moval…</source>
        <translation>Entfernung &amp;beginnen …</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge a finding…</source>
        <translation>Be&amp;fund anerkennen …</translation>
    </message>
    <message>
        <source>Publish a testing version (max_age 86400): senders report failures but deliver as before.</source>
        <translation>Eine testing-Version veröffentlichen (max_age 86400): Absender melden Fehler, stellen aber wie bisher zu.</translation>
    </message>
    <message>
        <source>Publish a testing version with a new id; senders that cached the enforce policy keep it until its max_age has passed. To withdraw MTA-STS altogether, use Start removal.</source>
        <translation>Eine testing-Version mit neuer ID veröffentlichen; Absender, die die enforce-Richtlinie zwischengespeichert haben, behalten sie, bis ihr max_age abgelaufen ist. Um MTA-STS ganz zurückzuziehen, nutzen Sie „Entfernung beginnen“.</translation>
    </message>
    <message>
        <source>Publish a version in mode none and serve it for the old max_age before deleting the records.</source>
        <translation>Eine Version im Modus none veröffentlichen und für das alte max_age ausliefern, bevor die Records gelöscht werden.</translation>
    </message>
    <message>
        <source>Mark a failure as the sender's own, with a reason, so that it no longer blocks the ready verdict.</source>
        <translation>Einen Fehler mit Begründung als Sache des Absenders markieren, damit er die Bereitschaft nicht mehr blockiert.</translation>
    </message>
    <message>
        <source>Ready: publish an enforce version (max_age 604800) with a new id.</source>
        <translation>Bereit: eine enforce-Version (max_age 604800) mit neuer ID veröffentlichen.</translation>
    </message>
    <message>
        <source>Not ready for enforce yet; enforcing anyway needs a reason, recorded with the step.</source>
        <translation>Noch nicht bereit für enforce; enforce trotzdem braucht eine Begründung, die mit dem Schritt festgehalten wird.</translation>
    </message>
    <message>
        <source>Start testing publishes a testing version; the rollout begins when it is live.</source>
        <translation>„testing starten“ veröffentlicht eine testing-Version; die Einführung beginnt, sobald sie live ist.</translation>
    </message>
    <message>
        <source>Ready for enforce: Enforce publishes an enforce version.</source>
        <translation>Bereit für enforce: „Enforce“ veröffentlicht eine enforce-Version.</translation>
    </message>
    <message>
        <source>Roll back: senders that fetched policy %1 keep enforcing it for up to its max_age, until %2 at the latest, whatever is published next. Fix the cause in parallel.</source>
        <translation>Zurücknehmen: Absender, die Richtlinie %1 abgerufen haben, setzen sie bis zu ihrem max_age weiter durch, spätestens bis %2, was immer als Nächstes veröffentlicht wird. Beheben Sie die Ursache parallel.</translation>
    </message>
    <message>
        <source>Removal: keep serving policy %1 (mode none) until %2; only then delete the _mta-sts TXT record and the policy host.</source>
        <translation>Entfernung: Richtlinie %1 (Modus none) bis %2 weiter ausliefern; erst dann den _mta-sts-TXT-Record und den Richtlinien-Host löschen.</translation>
    </message>
    <message>
        <source>Rollout step</source>
        <translation>Einführungsschritt</translation>
    </message>
    <message>
        <source>Policy %1 is live already; the rollout moves to “%2”. Why?</source>
        <translation>Richtlinie %1 ist bereits live; die Einführung geht in die Phase „%2“. Warum?</translation>
    </message>
    <message>
        <source>Start m&amp;onitoring…</source>
        <translation>&amp;Überwachung starten …</translation>
    </message>
    <message>
        <source>Enforce is stable and handed over: from now on the engagement is watched (reports, certificates, drift). Recorded with a reason.</source>
        <translation>Enforce ist stabil und übergeben: Ab jetzt wird das Kundenprojekt überwacht (Berichte, Zertifikate, Abweichungen). Wird mit einem Grund festgehalten.</translation>
    </message>
    <message>
        <source>Start monitoring</source>
        <translation>Überwachung starten</translation>
    </message>
    <message>
        <source>Why is the engagement handed over to monitoring now?</source>
        <translation>Warum geht das Kundenprojekt jetzt in die Überwachung über?</translation>
    </message>
    <message>
        <source>Enforce is guarded: the rules do not say ready yet. Enforce publishes an enforce version only with a reason to override the verdict.</source>
        <translation>Enforce ist gesperrt: Die Regeln melden noch keine Bereitschaft. Enforce veröffentlicht eine enforce-Version nur mit einer Begründung, die das Urteil übergeht.</translation>
    </message>
</context>
<context>
    <name>sts::ui::RolloutView</name>
    <message>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source> · policy id %1</source>
        <translation> · Policy-ID %1</translation>
    </message>
    <message>
        <source> · day %1 of testing</source>
        <translation> · Tag %1 der Testing-Phase</translation>
    </message>
    <message numerus="yes">
        <source> · %n clean day(s) in a row</source>
        <translation>
            <numerusform> · %n fehlerfreier Tag in Folge</numerusform>
            <numerusform> · %n fehlerfreie Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Ready for enforce since %1.</source>
        <translation>✓ Bereit für Enforce seit %1.</translation>
    </message>
    <message>
        <source>Not ready for enforce:</source>
        <translation>Nicht bereit für Enforce:</translation>
    </message>
    <message>
        <source>Current testing stretch</source>
        <translation>Aktueller Testzeitraum</translation>
    </message>
    <message>
        <source>Policy versions</source>
        <translation>Richtlinienversionen</translation>
    </message>
    <message>
        <source>Senders…</source>
        <translation>Absender…</translation>
    </message>
    <message>
        <source>Major senders: their last report, and which do not send mail to this customer</source>
        <translation>Große Absender: ihr letzter Bericht und welche keine E-Mails an diesen Kunden senden</translation>
    </message>
    <message>
        <source>Testing stretch</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <source>Testing has not started yet. Days are counted from the day the testing policy goes live: publish it under Policy versions, then Start testing.</source>
        <translation>Die Testphase hat noch nicht begonnen. Die Tage zählen ab dem Tag, an dem die testing-Richtlinie live geht: Veröffentlichen Sie sie unter „Richtlinienversionen“ und wählen Sie dann „testing starten“.</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>No reports imported for these days yet.</source>
        <translation>Für diese Tage wurden noch keine Berichte importiert.</translation>
    </message>
</context>
<context>
    <name>sts::ui::RunbookView</name>
    <message>
        <source>BSI TR-03108 checklist</source>
        <translation>Checkliste nach BSI TR-03108</translation>
    </message>
    <message>
        <source>Include private keys in the bundle</source>
        <translation>Private Schlüssel in das Paket aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>Vorschau &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Übergabe&amp;paket exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>as recorded in the engagement</source>
        <translation>wie im Kundenprojekt hinterlegt</translation>
    </message>
    <message>
        <source>PDF language:</source>
        <translation>Sprache des PDF:</translation>
    </message>
    <message>
        <source>Consultant on the cover:</source>
        <translation>Berater auf dem Deckblatt:</translation>
    </message>
    <message>
        <source>Click “Refresh preview” to see the runbook's pages.</source>
        <translation>Klicken Sie auf „Vorschau aktualisieren“, um die Seiten des Betriebshandbuchs zu sehen.</translation>
    </message>
    <message>
        <source>Rendering the runbook…</source>
        <translation>Betriebshandbuch wird erstellt…</translation>
    </message>
    <message>
        <source>Export runbook</source>
        <translation>Betriebshandbuch exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the runbook…</source>
        <translation>Betriebshandbuch wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Runbook written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Betriebshandbuch nach %1 geschrieben (%n Seite).</numerusform>
            <numerusform>Betriebshandbuch nach %1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handover bundle</source>
        <translation>Übergabepaket exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Private keys</source>
        <translation>Private Schlüssel</translation>
    </message>
    <message>
        <source>The bundle will contain the private keys of this engagement. Anyone who gets the file can impersonate the mail servers. Continue?</source>
        <translation>Das Paket wird die privaten Schlüssel dieses Kundenprojekts enthalten. Wer die Datei erhält, kann sich als die Mailserver ausgeben. Fortfahren?</translation>
    </message>
    <message>
        <source>Writing the handover bundle…</source>
        <translation>Übergabepaket wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Handover bundle written to %1 (%n file(s)).</source>
        <translation>
            <numerusform>Übergabepaket nach %1 geschrieben (%n Datei).</numerusform>
            <numerusform>Übergabepaket nach %1 geschrieben (%n Dateien).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::SenderScopeDialog</name>
    <message>
        <source>Major senders</source>
        <translation>Große Absender</translation>
    </message>
    <message>
        <source>Readiness needs a report for the live policy from every major sender on every day. A sender that does not send mail to this customer never reports: mark it, with the reason, and it no longer blocks readiness. Both steps are recorded.</source>
        <translation>Die Enforce-Reife braucht an jedem Tag einen Bericht zur aktiven Policy von jedem großen Absender. Ein Absender, der keine E-Mails an diesen Kunden sendet, berichtet nie: Markieren Sie ihn mit Begründung, dann blockiert er die Enforce-Reife nicht mehr. Beide Schritte werden festgehalten.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Letzter Bericht</translation>
    </message>
    <message>
        <source>Does not send to this customer</source>
        <translation>Sendet nicht an diesen Kunden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 will no longer block readiness: no report from it is expected. Why does it not send mail to this customer?</source>
        <translation>%1 blockiert die Enforce-Reife dann nicht mehr: Von diesem Absender wird kein Bericht erwartet. Warum sendet er keine E-Mails an diesen Kunden?</translation>
    </message>
    <message>
        <source>Count the sender again</source>
        <translation>Absender wieder berücksichtigen</translation>
    </message>
    <message>
        <source>%1 will block readiness again on days without a report for the live policy.</source>
        <translation>%1 blockiert die Enforce-Reife dann wieder an Tagen ohne Bericht zur aktiven Policy.</translation>
    </message>
</context>
<context>
    <name>sts::ui::SenderTable</name>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Successful
sessions</source>
        <translation>Erfolgreiche
Sitzungen</translation>
    </message>
    <message>
        <source>Failed
sessions</source>
        <translation>Fehlgeschlagene
Sitzungen</translation>
    </message>
    <message>
        <source>Failure
rate</source>
        <translation>Fehler-
quote</translation>
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
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>TLS reports saved into this folder are imported while STS Desk runs, then moved to its “imported” subfolder.</source>
        <translation>TLS-Berichte, die in diesem Ordner abgelegt werden, importiert STS Desk während es läuft und verschiebt sie danach in den Unterordner „imported“.</translation>
    </message>
    <message>
        <source>Watched &amp;folder for TLS reports:</source>
        <translation>Überwachter &amp;Ordner für TLS-Berichte:</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Watched folder for TLS reports</source>
        <translation>Überwachter Ordner für TLS-Berichte</translation>
    </message>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation>Der überwachte Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>mta-sts.&lt;domain&gt;:443, as senders reach it</source>
        <translation>mta-sts.&lt;Domain&gt;:443, wie Absender ihn erreichen</translation>
    </message>
    <message>
        <source>host:port to connect to when verifying a published policy, e.g. a staging server; the certificate is still checked for mta-sts.&lt;domain&gt;.</source>
        <translation>Host:Port, mit dem sich die Prüfung einer veröffentlichten Richtlinie verbindet, z. B. ein Staging-Server; das Zertifikat wird weiter für mta-sts.&lt;Domain&gt; geprüft.</translation>
    </message>
    <message>
        <source>&amp;Policy host connect override:</source>
        <translation>&amp;Richtlinien-Host verbinden mit:</translation>
    </message>
    <message>
        <source>The policy host override must be host:port, for example 127.0.0.1:8443.</source>
        <translation>Die Adresse für den Richtlinien-Host muss Host:Port sein, zum Beispiel 127.0.0.1:8443.</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database for a team workspace, with libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=/path/root.crt or ?service=NAME. Empty uses the default file.</source>
        <translation>Eine SQLite-Datei oder postgresql://benutzer@host:port/datenbank für einen Team-Arbeitsbereich, mit libpq-Parametern wie ?sslmode=verify-full&amp;sslrootcert=/pfad/root.crt oder ?service=NAME. Leer verwendet die Standarddatei.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>The PostgreSQL password. It is kept in libpq's password file (~/.pgpass or $PGPASSFILE, readable by you only), never in the settings.</source>
        <translation>Das PostgreSQL-Passwort. Es wird in der Passwortdatei von libpq aufbewahrt (~/.pgpass oder $PGPASSFILE, nur für Sie lesbar), nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>Workspace pass&amp;word:</source>
        <translation>Arbeitsbereichs-Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>sts::ui::SmtpPasswordField</name>
    <message>
        <source>For&amp;get</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Kept in the desktop keychain, never in the workspace or the settings. Leave empty to keep the stored password.</source>
        <translation>Liegt im Schlüsselbund des Desktops, nie im Arbeitsbereich oder in den Einstellungen. Leer lassen, um das gespeicherte Passwort zu behalten.</translation>
    </message>
    <message>
        <source>Remove the stored SMTP password from the desktop keychain.</source>
        <translation>Das gespeicherte SMTP-Passwort aus dem Schlüsselbund des Desktops entfernen.</translation>
    </message>
    <message>
        <source>no SMTP user, no password</source>
        <translation>kein SMTP-Benutzer, kein Passwort</translation>
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>storing in the keychain…</source>
        <translation>wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>SMTP password not stored</source>
        <translation>SMTP-Passwort nicht gespeichert</translation>
    </message>
    <message>
        <source>The notification settings are saved, but the SMTP password is not: %1</source>
        <translation>Die Benachrichtigungseinstellungen sind gespeichert, das SMTP-Passwort aber nicht: %1</translation>
    </message>
</context>
<context>
    <name>sts::ui::StoredReportsPanel</name>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Send to &amp;quarantine…</source>
        <translation>In &amp;Quarantäne zurücklegen…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Report id</source>
        <translation>Berichts-ID</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Delete the selected report from the workspace</source>
        <translation>Den gewählten Bericht aus dem Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Take the selected report out of the counts and keep its bytes in the quarantine</source>
        <translation>Den gewählten Bericht aus den Zählungen nehmen und seine Bytes in der Quarantäne aufbewahren</translation>
    </message>
    <message>
        <source>Cannot list the reports: %1</source>
        <translation>Die Berichte können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The first %1 reports of the chosen range; choose a shorter range or one sender to see the others.</source>
        <translation>Die ersten %1 Berichte des gewählten Zeitraums; wählen Sie einen kürzeren Zeitraum oder einen Absender, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>The reports of the chosen range. Take a wrong one out again: removed, or sent back to the quarantine with its bytes. Both are recorded in the event log; importing the report again brings it back.</source>
        <translation>Die Berichte des gewählten Zeitraums. Nehmen Sie einen falschen wieder heraus: entfernt oder mit seinen Bytes zurück in die Quarantäne. Beides wird im Ereignisprotokoll festgehalten; ein erneuter Import bringt den Bericht zurück.</translation>
    </message>
    <message>
        <source>Report “%1” from %2 of %3.</source>
        <translation>Bericht „%1“ von %2 vom %3.</translation>
    </message>
    <message>
        <source>Send to quarantine</source>
        <translation>In Quarantäne zurücklegen</translation>
    </message>
    <message>
        <source>Take it out of the counts and keep its bytes in the quarantine?</source>
        <translation>Aus den Zählungen nehmen und seine Bytes in der Quarantäne aufbewahren?</translation>
    </message>
    <message>
        <source>Remove report</source>
        <translation>Bericht entfernen</translation>
    </message>
    <message>
        <source>Delete it from the workspace? Its counts leave every summary.</source>
        <translation>Aus dem Arbeitsbereich löschen? Seine Zahlen verschwinden aus jeder Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>sts::ui::TestMailRunner</name>
    <message>
        <source>No SMTP password is stored for %1: type it first.</source>
        <translation>Für %1 ist kein SMTP-Passwort gespeichert: Geben Sie es zuerst ein.</translation>
    </message>
</context>
<context>
    <name>sts::ui::TimelineCanvas</name>
    <message>
        <source>Rollout timeline</source>
        <translation>Zeitplan der Einführung</translation>
    </message>
    <message>
        <source>No timeline to show yet.</source>
        <translation>Noch keine Zeitleiste vorhanden.</translation>
    </message>
    <message>
        <source>Clean: every major sender reported, no failed sessions.</source>
        <translation>Sauber: jeder große Absender hat berichtet, keine fehlgeschlagenen Sitzungen.</translation>
    </message>
    <message>
        <source>Failing: failed sessions were reported.</source>
        <translation>Fehlerhaft: fehlgeschlagene Sitzungen wurden gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n failed session(s)</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagene Sitzung</numerusform>
            <numerusform>%1: %n fehlgeschlagene Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No report from %1</source>
        <translation>Kein Bericht von %1</translation>
    </message>
    <message>
        <source>Click to open the day's reports.</source>
        <translation>Klicken, um die Berichte dieses Tages zu öffnen.</translation>
    </message>
    <message>
        <source>Unknown: not every major sender reported for the live policy.</source>
        <translation>Unbekannt: nicht jeder große Absender hat zur aktiven Policy berichtet.</translation>
    </message>
</context>
<context>
    <name>sts::ui::TimelinePainter</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>enforce possible</source>
        <translation>Enforce möglich</translation>
    </message>
</context>
<context>
    <name>sts::ui::TimelineView</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole rollout</source>
        <translation>Den ganzen Rollout zeigen</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>policy published</source>
        <translation>Richtlinie veröffentlicht</translation>
    </message>
    <message>
        <source>policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>certificate expiry</source>
        <translation>Zertifikatsablauf</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>sts::ui::UnassignedReportsPanel</name>
    <message>
        <source>&amp;Assign to Engagement…</source>
        <translation>Einem Kundenprojekt &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Remove from Engagement</source>
        <translation>Aus dem Kundenprojekt &amp;entfernen</translation>
    </message>
    <message>
        <source>Unassigned Reports</source>
        <translation>Nicht zugeordnete Berichte</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Policy-Domain</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Reporting organisations</source>
        <translation>Meldende Organisationen</translation>
    </message>
    <message>
        <source>Report domain</source>
        <translation>Berichtsdomain</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Kundenprojekt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Give the selected domain and its reports to an engagement</source>
        <translation>Die ausgewählte Domain und ihre Berichte einem Kundenprojekt zuordnen</translation>
    </message>
    <message>
        <source>The engagement gives the domain's reports back; they are unassigned again unless another engagement holds the domain</source>
        <translation>Das Kundenprojekt gibt die Berichte der Domain zurück; sie sind wieder nicht zugeordnet, außer ein anderes Kundenprojekt hat die Domain</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Report domains assigned to engagements</source>
        <translation>Kundenprojekten zugeordnete Berichtsdomains</translation>
    </message>
    <message>
        <source>The unassigned reports cannot be read: %1</source>
        <translation>Die nicht zugeordneten Berichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every stored report belongs to an engagement.</source>
        <translation>Jeder gespeicherte Bericht gehört zu einem Kundenprojekt.</translation>
    </message>
    <message>
        <source>These reports were imported for domains no engagement holds. They are stored, but no engagement counts them. Assign a domain to the engagement of the customer who sends mail for it (an additional domain of the customer, or a host name below it).</source>
        <translation>Diese Berichte wurden für Domains importiert, die kein Kundenprojekt hat. Sie sind gespeichert, aber kein Kundenprojekt zählt sie. Ordnen Sie eine Domain dem Kundenprojekt des Kunden zu, der für sie Mail verschickt (eine weitere Domain des Kunden oder ein Hostname darunter).</translation>
    </message>
    <message>
        <source>(no policy domain)</source>
        <translation>(keine Policy-Domain)</translation>
    </message>
    <message>
        <source>%1 now takes the reports for %2.</source>
        <translation>%1 übernimmt jetzt die Berichte für %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) moved to the engagement.</source>
        <translation>
            <numerusform>%n gespeicherter Bericht wurde dem Kundenprojekt zugeordnet.</numerusform>
            <numerusform>%n gespeicherte Berichte wurden dem Kundenprojekt zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer takes the reports for %2.</source>
        <translation>%1 übernimmt die Berichte für %2 nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) left the engagement.</source>
        <translation>
            <numerusform>%n gespeicherter Bericht gehört nicht mehr zum Kundenprojekt.</numerusform>
            <numerusform>%n gespeicherte Berichte gehören nicht mehr zum Kundenprojekt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::VerdictPresentation</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed and validated: senders can rely on this answer.</source>
        <translation>Signiert und validiert: Absender können sich auf diese Antwort verlassen.</translation>
    </message>
    <message>
        <source>Not signed: nobody can verify this answer, so DANE cannot use it.</source>
        <translation>Nicht signiert: Niemand kann diese Antwort prüfen, daher kann DANE sie nicht nutzen.</translation>
    </message>
    <message>
        <source>The zone %1 is not signed (no DS at its parent): nobody can verify this answer, so DANE cannot use it.</source>
        <translation>Die Zone %1 ist nicht signiert (kein DS in der Elternzone): Niemand kann diese Antwort prüfen, daher kann DANE sie nicht nutzen.</translation>
    </message>
    <message>
        <source>Signed, but validation fails (%1%2). Validating resolvers refuse this answer, and DANE senders defer mail.</source>
        <translation>Signiert, aber die Validierung schlägt fehl (%1%2). Validierende Resolver verwerfen diese Antwort, und DANE-Absender stellen die Zustellung zurück.</translation>
    </message>
    <message>
        <source>, zone %1</source>
        <translation>, Zone %1</translation>
    </message>
    <message>
        <source>DANE in place</source>
        <translation>DANE aktiv</translation>
    </message>
    <message>
        <source>DANE possible</source>
        <translation>DANE möglich</translation>
    </message>
    <message>
        <source>DANE not available</source>
        <translation>DANE nicht verfügbar</translation>
    </message>
    <message>
        <source>DANE broken</source>
        <translation>DANE defekt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The MX points to an address instead of a host name: DANE cannot apply.</source>
        <translation>Der MX verweist auf eine Adresse statt auf einen Hostnamen: DANE ist nicht anwendbar.</translation>
    </message>
    <message>
        <source>Signed TLSA records are published: DANE senders verify the certificate.</source>
        <translation>Signierte TLSA-Records sind veröffentlicht: DANE-Absender prüfen das Zertifikat.</translation>
    </message>
    <message>
        <source>The host’s zone is signed, but no usable TLSA record is published yet: DANE can be added.</source>
        <translation>Die Zone des Hosts ist signiert, aber es ist noch kein nutzbarer TLSA-Record veröffentlicht: DANE kann ergänzt werden.</translation>
    </message>
    <message>
        <source>The host’s DNS is not signed with DNSSEC, which DANE requires.</source>
        <translation>Das DNS des Hosts ist nicht mit DNSSEC signiert, was DANE voraussetzt.</translation>
    </message>
    <message>
        <source>The zone %1 is not signed with DNSSEC, which DANE requires.</source>
        <translation>Die Zone %1 ist nicht mit DNSSEC signiert, was DANE voraussetzt.</translation>
    </message>
    <message>
        <source>A DNSSEC validation failure for this host: DANE senders defer mail to it until it is fixed.</source>
        <translation>DNSSEC-Validierungsfehler für diesen Host: DANE-Absender stellen die Zustellung an ihn zurück, bis der Fehler behoben ist.</translation>
    </message>
    <message>
        <source>The lookups for this host did not complete.</source>
        <translation>Die Abfragen für diesen Host wurden nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not be checked through the DNS resolver %1: %2</source>
        <translation>Konnte über den DNS-Resolver %1 nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>of the scan</source>
        <translation>des Scans</translation>
    </message>
    <message>
        <source>no answer.</source>
        <translation>keine Antwort.</translation>
    </message>
    <message>
        <source>This is a lookup problem, not a verdict on the zone.</source>
        <translation>Das ist ein Problem der Abfrage, kein Urteil über die Zone.</translation>
    </message>
    <message>
        <source>see the scan</source>
        <translation>siehe Scan</translation>
    </message>
    <message>
        <source>Whether DANE protects it is not known.</source>
        <translation>Ob DANE ihn schützt, ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>sts::ui::WeeklyRecipientsDialog</name>
    <message>
        <source>Weekly Summary Recipients</source>
        <translation>Empfänger der Wochenübersicht</translation>
    </message>
    <message>
        <source>security@customer.example
it-lead@customer.example</source>
        <translation>security@kunde.example
it-leitung@kunde.example</translation>
    </message>
    <message>
        <source>Each week, the summary of this engagement (trend, top failures, what to do) is mailed to these addresses, one per line. Without an address no summary is sent.</source>
        <translation>Jede Woche geht die Übersicht dieses Kundenprojekts (Trend, häufigste Fehler, was zu tun ist) per Mail an diese Adressen, eine pro Zeile. Ohne Adresse wird keine Übersicht gesendet.</translation>
    </message>
    <message>
        <source>Not saved, not a mail address: %1</source>
        <translation>Nicht gespeichert, keine Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Saved: no weekly summary is sent.</source>
        <translation>Gespeichert: Es wird keine Wochenübersicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: the weekly summary goes to %n address(es).</source>
        <translation>
            <numerusform>Gespeichert: Die Wochenübersicht geht an %n Adresse.</numerusform>
            <numerusform>Gespeichert: Die Wochenübersicht geht an %n Adressen.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Unassigned Reports…</source>
        <translation>&amp;Nicht zugeordnete Berichte…</translation>
    </message>
</context>
<context>
    <name>sts::ui::WizardStepList</name>
    <message>
        <source>Wizard steps</source>
        <translation>Schritte des Assistenten</translation>
    </message>
</context>
<context>
    <name>sts::ui::reportcharts</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Sessions per day by result type</source>
        <translation>Sitzungen pro Tag nach Ergebnistyp</translation>
    </message>
    <message>
        <source>successful sessions</source>
        <translation>erfolgreiche Sitzungen</translation>
    </message>
    <message>
        <source>Sessions per sender organisation</source>
        <translation>Sitzungen pro sendender Organisation</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>successful</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed sessions per receiving MX host</source>
        <translation>Fehlgeschlagene Sitzungen pro empfangendem MX-Host</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
</context>
</TS>