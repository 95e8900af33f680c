<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Options</name>
    <message>
        <source>Output format: bind, csv, cloudflare, route53 or nsupdate.</source>
        <translation>Ausgabeformat: bind, csv, cloudflare, route53 oder nsupdate.</translation>
    </message>
    <message>
        <source>The mail domain.</source>
        <translation>Die Maildomain.</translation>
    </message>
    <message>
        <source>Take the domain (and the current policy id) from this engagement in the workspace.</source>
        <translation>Domain (und aktuelle Policy-ID) aus diesem Kundenprojekt im Arbeitsbereich übernehmen.</translation>
    </message>
    <message>
        <source>The id of the current policy version.</source>
        <translation>Die ID der aktuellen Policy-Version.</translation>
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
        <source>nsupdate: the primary server to update.</source>
        <translation>nsupdate: der zu aktualisierende primäre Server.</translation>
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
</context>
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
        <translation><numerusform>%1: gültige MTA-STS-Policy (mode %2, max_age %3, %n mx-Muster)</numerusform><numerusform>%1: gültige MTA-STS-Policy (mode %2, max_age %3, %n mx-Muster)</numerusform></translation>
    </message>
    <message>
        <source>Validate, fetch or generate an MTA-STS policy</source>
        <translation>MTA-STS-Policy validieren, abrufen oder erzeugen</translation>
    </message>
    <message>
        <source>Probe STARTTLS and certificates of MX hosts</source>
        <translation>STARTTLS und Zertifikate der MX-Hosts prüfen</translation>
    </message>
    <message>
        <source>Export the DNS records to publish</source>
        <translation>Zu veröffentlichende DNS-Records exportieren</translation>
    </message>
    <message>
        <source>Show rollout phase and readiness for enforce</source>
        <translation>Rollout-Phase und Enforce-Reife anzeigen</translation>
    </message>
    <message>
        <source>Record rollout steps and acknowledgements</source>
        <translation>Rollout-Schritte und Anerkennungen erfassen</translation>
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
    <name>sts::LdnsError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sts::RolloutRules</name>
    <message>
        <source>No testing policy has been published yet.</source>
        <translation>Es wurde noch keine Policy im Modus testing veröffentlicht.</translation>
    </message>
    <message>
        <source>In testing for %n day(s) without becoming ready (the limit is 30).</source>
        <translation>Seit %n Tag(en) im Testing, ohne Enforce-Reife zu erreichen (Grenze: 30 Tage).</translation>
    </message>
    <message>
        <source>In testing for %n of at least 14 day(s); enforce is possible from %1 at the earliest.</source>
        <translation>Seit %n von mindestens 14 Tagen im Testing; Enforce ist frühestens ab %1 möglich.</translation>
    </message>
    <message>
        <source>%1: failed sessions reported by %2.</source>
        <translation>%1: fehlgeschlagene Sitzungen, gemeldet von %2.</translation>
    </message>
    <message>
        <source>%1: no report from %2.</source>
        <translation>%1: kein Bericht von %2.</translation>
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
        <source>Validate, fetch and generate MTA-STS policy files.</source>
        <translation>MTA-STS-Policy-Dateien validieren, abrufen und erzeugen.</translation>
    </message>
    <message>
        <source>validate FILE | fetch DOMAIN | generate</source>
        <translation>validate FILE | fetch DOMAIN | generate</translation>
    </message>
    <message>
        <source>Connect to HOST:PORT instead of mta-sts.DOMAIN:443 (fetch).</source>
        <translation>Mit HOST:PORT statt mit mta-sts.DOMAIN:443 verbinden (fetch).</translation>
    </message>
    <message>
        <source>Trust only the CAs in this PEM file (fetch).</source>
        <translation>Nur den CAs in dieser PEM-Datei vertrauen (fetch).</translation>
    </message>
    <message>
        <source>Overall time limit in seconds, default 60 (fetch).</source>
        <translation>Gesamtzeitlimit in Sekunden, Standard 60 (fetch).</translation>
    </message>
    <message>
        <source>An MX host name; repeat for each (generate).</source>
        <translation>Ein MX-Hostname; für jeden wiederholen (generate).</translation>
    </message>
    <message>
        <source>A DNS name on the MX certificate; repeat for each (generate).</source>
        <translation>Ein DNS-Name im MX-Zertifikat; für jeden wiederholen (generate).</translation>
    </message>
    <message>
        <source>testing, enforce or none; default testing (generate).</source>
        <translation>testing, enforce oder none; Standard testing (generate).</translation>
    </message>
    <message>
        <source>max_age in seconds (generate).</source>
        <translation>max_age in Sekunden (generate).</translation>
    </message>
    <message>
        <source>Use “policy validate FILE”, “policy fetch DOMAIN” or “policy generate --mx HOST”.</source>
        <translation>Verwenden Sie „policy validate FILE“, „policy fetch DOMAIN“ oder „policy generate --mx HOST“.</translation>
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
        <source>Probe STARTTLS on every address of the given MX hosts (port 25 by default): banner, EHLO, STARTTLS, TLS handshake with SNI, certificate chain, and a verdict in RFC 8460 terms. With --mx, the argument is the mail domain; without, it is one host.</source>
        <translation>Prüft STARTTLS auf jeder Adresse der angegebenen MX-Hosts (standardmäßig Port 25): Banner, EHLO, STARTTLS, TLS-Handshake mit SNI, Zertifikatskette und eine Bewertung in den Begriffen von RFC 8460. Mit --mx ist das Argument die Maildomain, ohne --mx ein einzelner Host.</translation>
    </message>
    <message>
        <source>A mail domain (with --mx) or a host name.</source>
        <translation>Eine Maildomain (mit --mx) oder ein Hostname.</translation>
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
        <source>Record a rollout step: prepared, testing, enforce, monitoring, rollback, removal, or acknowledge a sender-side failure.</source>
        <translation>Einen Rollout-Schritt erfassen: prepared, testing, enforce, monitoring, rollback, removal, oder einen absenderseitigen Fehler anerkennen (acknowledge).</translation>
    </message>
    <message>
        <source>prepared | testing | enforce | monitoring | rollback | removal | acknowledge</source>
        <translation>prepared | testing | enforce | monitoring | rollback | removal | acknowledge</translation>
    </message>
    <message>
        <source>Id of the policy this step publishes.</source>
        <translation>ID der Policy, die dieser Schritt veröffentlicht.</translation>
    </message>
    <message>
        <source>Why (required for rollback, removal, acknowledge and a forced enforce).</source>
        <translation>Begründung (erforderlich für rollback, removal, acknowledge und ein erzwungenes enforce).</translation>
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
    <message>
        <source>After at least twice the TTL (%n second(s)), switch the server to the next key.</source>
        <translation>Nach mindestens der doppelten TTL (%n Sekunde(n)) den Server auf den nächsten Schlüssel umstellen.</translation>
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
    <name>sts::deploy::StaticPagesBundle</name>
    <message>
        <source>Could not create the folder for “%1”.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sts::dns</name>
    <message>
        <source>Discovery was cancelled.</source>
        <translation>Die Bestandsaufnahme wurde abgebrochen.</translation>
    </message>
    <message>
        <source>DNS could not be reached through %1: %2</source>
        <translation>DNS war über %1 nicht erreichbar: %2</translation>
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
        <source>The MX records of “%1” could not be looked up: %2</source>
        <translation>Die MX-Records von „%1“ konnten nicht abgefragt werden: %2</translation>
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
        <source>The DNS server answered %1 for “%2”.</source>
        <translation>Der DNS-Server hat für „%2“ mit %1 geantwortet.</translation>
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
    <name>sts::mtasts</name>
    <message>
        <source>Publish the new policy file at https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt and check that it is served.</source>
        <translation>Veröffentlichen Sie die neue Policy-Datei unter https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt und prüfen Sie, dass sie ausgeliefert wird.</translation>
    </message>
    <message>
        <source>Then change the _mta-sts TXT record to id %1 so senders fetch the new policy.</source>
        <translation>Ändern Sie dann den TXT-Record _mta-sts auf die ID %1, damit Absender die neue Policy abrufen.</translation>
    </message>
    <message>
        <source>Keep serving mode “none” until %1 (the old max_age), so every cached copy has expired.</source>
        <translation>Liefern Sie bis %1 (altes max_age) weiterhin den Modus „none“ aus, damit alle zwischengespeicherten Kopien abgelaufen sind.</translation>
    </message>
    <message>
        <source>Delete the _mta-sts TXT record.</source>
        <translation>Löschen Sie den TXT-Record _mta-sts.</translation>
    </message>
    <message>
        <source>Stop serving the policy host mta-sts.&lt;domain&gt;.</source>
        <translation>Stellen Sie den Policy-Host mta-sts.&lt;domain&gt; außer Betrieb.</translation>
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
        <source>reading the IMAP sync state</source>
        <translation>Lesen des IMAP-Synchronisationsstands</translation>
    </message>
    <message>
        <source>saving the IMAP sync state</source>
        <translation>Speichern des IMAP-Synchronisationsstands</translation>
    </message>
</context>
<context>
    <name>sts::tls</name>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”</source>
        <translation>„%1“ kann nicht geschrieben werden</translation>
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
        <source>Cannot use “%1” as a trust anchor</source>
        <translation>„%1“ kann nicht als Vertrauensanker verwendet werden</translation>
    </message>
    <message>
        <source>Cannot open the system CA store</source>
        <translation>Der CA-Speicher des Systems kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No certificate was presented</source>
        <translation>Es wurde kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>No trust store is loaded</source>
        <translation>Es ist kein Truststore geladen</translation>
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
        <translation><numerusform>ist vor %n Tag abgelaufen</numerusform><numerusform>ist vor %n Tagen abgelaufen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation><numerusform>läuft in %n Tag ab</numerusform><numerusform>läuft in %n Tagen ab</numerusform></translation>
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
</context>
<context>
    <name>sts::tlsrpt</name>
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
</context>
<context>
    <name>sts::tlsrpt::Fields</name>
    <message>
        <source>Misspelled key “%1” read as “%2”.</source>
        <translation>Falsch geschriebenes Feld „%1“ wurde als „%2“ gelesen.</translation>
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
        <source>reading the engagement</source>
        <translation>Lesen des Kundenprojekts</translation>
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation>Es gibt kein Kundenprojekt %1.</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation>Es gibt keine Datei und keinen Ordner „%1“.</translation>
    </message>
</context>
<context>
    <name>sts::tlsrpt::InputExtractor</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB and was refused.</source>
        <translation>Die Datei ist größer als %1 MiB und wurde abgelehnt.</translation>
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
    <name>sts::tlsrpt::ReportParser</name>
    <message numerus="yes">
        <source>“policy-string” held a JSON array inside a string; read as %n entries.</source>
        <translation><numerusform>„policy-string“ enthielt ein JSON-Array innerhalb eines Strings; als %n Eintrag gelesen.</numerusform><numerusform>„policy-string“ enthielt ein JSON-Array innerhalb eines Strings; als %n Einträge gelesen.</numerusform></translation>
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
        <source>The zip archive decompresses to more than %1 MiB and was refused.</source>
        <translation>Das zip-Archiv ergibt entpackt mehr als %1 MiB und wurde abgelehnt.</translation>
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
        <translation>Fehlerfrei: Jeder große Absender hat berichtet, keine fehlgeschlagenen Sitzungen.</translation>
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
        <translation>Grund</translation>
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
        <source>From the scan on %1 (trust anchor zone “%2”).</source>
        <translation>Aus dem Scan vom %1 (Vertrauensanker-Zone „%2“).</translation>
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
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Mail servers and DNSSEC</source>
        <translation>Mailserver und DNSSEC</translation>
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
    <message>
        <source>&amp;Open wizard…</source>
        <translation>Assistent ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Customer details, mail servers and DNSSEC (Ctrl+E)</source>
        <translation>Kundenangaben, Mailserver und DNSSEC (Strg+E)</translation>
    </message>
    <message>
        <source>wizard pages 2 and 3: discovery with a validated DNSSEC verdict</source>
        <translation>Seiten 2 und 3 des Assistenten: Bestandsaufnahme mit validiertem DNSSEC-Ergebnis</translation>
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
        <source>The DNS resolver in Settings (“%1”) cannot be used: %2</source>
        <translation>Der DNS-Resolver in den Einstellungen („%1“) kann nicht verwendet werden: %2</translation>
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
        <source>Check the DNS resolver in Settings (empty uses the system resolver).</source>
        <translation>Prüfen Sie den DNS-Resolver in den Einstellungen (leer = System-Resolver).</translation>
    </message>
    <message>
        <source>Check the DNSSEC trust anchor file in Settings (empty uses the IANA root anchor).</source>
        <translation>Prüfen Sie die DNSSEC-Vertrauensanker-Datei in den Einstellungen (leer = IANA-Root-Anker).</translation>
    </message>
    <message>
        <source>The scan did not complete. %1 %2</source>
        <translation>Der Scan wurde nicht abgeschlossen. %1 %2</translation>
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
    <name>sts::ui::RolloutView</name>
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
        <translation><numerusform> · %n fehlerfreier Tag in Folge</numerusform><numerusform> · %n fehlerfreie Tage in Folge</numerusform></translation>
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
        <source>Import TLS reports</source>
        <translation>TLS-Berichte importieren</translation>
    </message>
    <message>
        <source>TLS reports (*.json *.gz *.zip *.eml *.mbox);;All files (*)</source>
        <translation>TLS-Berichte (*.json *.gz *.zip *.eml *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported %1 report(s), %2 duplicate(s), %3 quarantined.</source>
        <translation>%1 Bericht(e) importiert, %2 Duplikat(e), %3 in Quarantäne.</translation>
    </message>
    <message>
        <source> Cancelled; what was read so far is kept.</source>
        <translation> Abgebrochen; das bisher Gelesene bleibt erhalten.</translation>
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
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>no answer from the DNS server.</source>
        <translation>keine Antwort vom DNS-Server.</translation>
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