<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
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
        <source>stsdesk-cli: unknown command “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, list and manage engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspect and verify a certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a key and a certificate signing request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find MX hosts, records and DNSSEC status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS-RPT reports from an IMAP folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS-RPT reports from files, mails and folders</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: valid MTA-STS policy (mode %2, max_age %3, %n mx pattern(s))</source>
        <translation>
            <numerusform>%1: valid MTA-STS policy (mode %2, max_age %3, %n mx pattern)</numerusform>
            <numerusform>%1: valid MTA-STS policy (mode %2, max_age %3, %n mx patterns)</numerusform>
        </translation>
    </message>
    <message>
        <source>Probe STARTTLS and certificates of MX hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show rollout phase and readiness for enforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record rollout steps and acknowledgements</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) written below %1</source>
        <translation>
            <numerusform>%n file written below %1</numerusform>
            <numerusform>%n files written below %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the policy, DNS, hosting and renewal files of an engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write or verify an engagement's handover bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the engagement's PDF runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List stored reports, take one out again, settle conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA-STS policies: validate, fetch, generate; versions, new, verify, publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the DNS records to publish, or push them to a DNS server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every command takes --database URL, --json and --help.
Exit codes: 0 success, 1 operational error, 2 usage error, 3 DNS resolver unusable.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List, add, edit and remove mail servers entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List reports for domains no engagement holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace database: a SQLite file or a postgresql://user@host:port/db URL (libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=FILE may follow). The password comes from ~/.pgpass ($PGPASSFILE): see “workspace store-password”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--database must not contain a password: every user of this machine can read a command line. Store the password once with “stsdesk-cli workspace store-password --database %1” (it reads it from standard input or --password-file) or put it in ~/.pgpass yourself, then give the URL without it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List or acknowledge monitoring findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the consultant's policy host for all customers (sync, status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show, set or remove an engagement's IMAP mailbox for reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the monitoring checks and record findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the digest and weekly summary mails</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every engagement at a glance (--attention, --mine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the monitoring daily with a systemd user timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the PostgreSQL workspace password safely</source>
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
        <source>Discovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” exists and is %2, not a regular file; nothing was written to it. Choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not set the permissions of “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2, not a folder; nothing is written through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look at “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a folder; nothing is written through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase changed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy id changed from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of %1 expires on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant's nginx server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer's own web server (Apache)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the SMTP submission server first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a sender address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STS Desk test mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a test mail from STS Desk. The monitoring's digests and weekly summaries will be sent through %1 port %2 as %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::DigestMail</name>
    <message>
        <source>Certificates running out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for the next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>STS Desk: %n critical finding(s)</source>
        <translation>
            <numerusform>STS Desk: %n critical finding</numerusform>
            <numerusform>STS Desk: %n critical findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>STS Desk digest: %n new finding(s)</source>
        <translation>
            <numerusform>STS Desk digest: %n new finding</numerusform>
            <numerusform>STS Desk digest: %n new findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring found since the last digest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1 – monitoring found since the last digest:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each finding is mailed once. Open STS Desk to acknowledge findings or see their details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::DiscoveryService</name>
    <message>
        <source>Engagement %1 is for %2, not %3.</source>
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
    <message>
        <source>Engagement %1 takes the reports for %2 as an additional report domain. Remove the domain there first (View › Unassigned Reports, or “stsdesk-cli engagement remove-domain”).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::LdnsError</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::MonitorSchedule</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not the absolute path of an executable stsdesk-cli.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a systemd calendar expression.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::NotificationSettings</name>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail language must be “en” or “de”, not “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::Notifications</name>
    <message>
        <source>No sender address is set (stsdesk-cli notify settings --from).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SMTP submission server is set (stsdesk-cli notify settings --host).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No digest address is set for consultant “%1” and no default one (stsdesk-cli notify settings --digest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no weekly summary recipients (stsdesk-cli notify settings --weekly %1=ADDRESS).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::PolicyVersions</name>
    <message>
        <source>The engagement has no policy version “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age takes 0 to 31557600 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a usable mx pattern: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A policy needs at least one mx pattern: name them, or run a discovery first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement has no policy version yet; create one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is live already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is not what senders see yet: %2 Publish the records and the policy file, then verify again, or give a reason to mark it live without proof.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::Portfolio</name>
    <message>
        <source>Not ready for enforce yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown column “%1”; sort by one of: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::PortfolioAttention</name>
    <message numerus="yes">
        <source>%n open finding(s) of severity warning or critical.</source>
        <translation>
            <numerusform>%n open finding of severity warning or critical.</numerusform>
            <numerusform>%n open findings of severity warning or critical.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1 of testing and still not ready: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure rate of the last 7 days %1 % against %2 % in the 28 days before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No report for more than %1 days from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 has expired.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day.</numerusform>
            <numerusform>The certificate of %1 expires in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TXT id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id in the _mta-sts TXT record differs from the policy served: senders keep a cached policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy could not be fetched over HTTPS from the policy host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TLSA record does not match the key the mail server presents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX not covered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX hosts in DNS differ from the last discovery: run discovery again to record them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An MX host in DNS is not covered by the mx lines of the live policy: a new policy version is needed (a draft is offered).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::RolloutRules</name>
    <message>
        <source>No testing policy has been published yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>In testing for %n day(s) without becoming ready (the limit is 30).</source>
        <translation>
            <numerusform>In testing for %n day without becoming ready (the limit is 30).</numerusform>
            <numerusform>In testing for %n days without becoming ready (the limit is 30).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In testing for %n of at least 14 day(s); enforce is possible from %1 at the earliest.</source>
        <translation>
            <numerusform>In testing for %n of at least 14 days; enforce is possible from %1 at the earliest.</numerusform>
            <numerusform>In testing for %n of at least 14 days; enforce is possible from %1 at the earliest.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: failed sessions reported by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no report from %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 saw no MTA-STS policy on %n of the last 7 day(s) (reports with “no-policy-found” or only TLSA results).</source>
        <translation>
            <numerusform>%1 saw no MTA-STS policy on %n of the last 7 days (reports with “no-policy-found” or only TLSA results).</numerusform>
            <numerusform>%1 saw no MTA-STS policy on %n of the last 7 days (reports with “no-policy-found” or only TLSA results).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 applied another MTA-STS policy than the live one on %n of the last 7 day(s).</source>
        <translation>
            <numerusform>%1 applied another MTA-STS policy than the live one on %n of the last 7 days.</numerusform>
            <numerusform>%1 applied another MTA-STS policy than the live one on %n of the last 7 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::RolloutService</name>
    <message>
        <source>Readiness is judged while the engagement is in Testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement is in phase “%1”; “%2” cannot follow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the id of the published testing policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforcing needs a new policy with a new id (max_age 604800).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the rollout is rolled back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why MTA-STS is being removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An acknowledgement names a day and a sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the failure is the sender's own; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the new policy file at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch it back and check that exactly the new policy is served.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only then change the TXT record _mta-sts.%1 to id=%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders may apply the old policy until %1 (its max_age).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say why the sender does not send mail to this customer; the reason is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a major sender of this engagement (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already marked as not sending to this customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not marked as not sending to this customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is not the live version. Publish it first (it is verified through DNS and HTTPS), then the rollout follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live policy %1 is in mode “%2”; this step needs mode “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing a testing policy rolls the rollout back; say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing a testing policy during removal brings MTA-STS back; say why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce: %1 Give a reason to enforce anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement is in phase “%1”: enforce follows a testing period. Give a reason to enforce without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No MTA-STS policy has been rolled out yet; there is nothing to remove.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::WeeklyMail</name>
    <message>
        <source>Enable STARTTLS on every MX host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew the expired MX certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put every MX host name into its certificate (subjectAltName).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve the full certificate chain from a public CA on every MX host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the MTA-STS policy host serves a valid policy over HTTPS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the TLSA records to the MX keys and check the DNSSEC chain.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed session(s)</source>
        <translation>
            <numerusform>%n failed session</numerusform>
            <numerusform>%n failed sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly TLS report for %1 (%2 – %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLS reports arrived for %1 this week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This week %1 of the reported sessions to %2 failed (weeks before: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure rate per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top failures by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top failures by sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top failures by MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to do: no failures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your consultant about the failures listed above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::WorkspacePassword</name>
    <message>
        <source>Only a PostgreSQL workspace has a password; “%1” is a SQLite file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::bundle</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the zip archive: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the bundle was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid path inside a bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add “%1” to the zip archive: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot finish the zip archive: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be opened as a zip archive: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle is corrupt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle has more than %1 files; refusing to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” in the bundle cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” in the bundle is larger than allowed; refusing to read further.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MANIFEST.json is not an STS Desk bundle manifest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MANIFEST.json has an invalid file entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA256SUMS has a malformed line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a private key and private keys were not asked for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains private key material; it is not written to the bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no MANIFEST.json; it is not an STS Desk bundle.</source>
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
    <message>
        <source>cert inspect FILE: show the certificates in a PEM or DER file and verify the chain (exit 1 when it does not verify or does not name --host).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inspect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM or DER certificate (chain) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the certificate names this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust only the CAs in this PEM file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cert inspect FILE [--host NAME] [--ca-file F]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPKI SHA-256 (TLSA 3 1 1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a private key (ECDSA P-256 unless --rsa is given) and a certificate signing request whose subjectAltNames are exactly the given hosts. The key file is created with mode 0600 and never stored in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma-separated host names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA key of 2048, 3072 or 4096 bits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets folder (created with mode 0700).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also stage the next key for a DANE rollover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt the key with the passphrase in this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--engagement takes an engagement id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hosts takes at least one host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--rsa takes 2048, 3072 or 4096.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSR:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is larger than 64 KiB; senders reject such a policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: invalid MTA-STS policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--connect takes HOST:PORT, for example 127.0.0.1:8443.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout takes 1 to 600 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generate needs at least one --mx HOST.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mode takes “testing”, “enforce” or “none”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--max-age takes 0 to 31557600 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the given MX hosts can be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TXT record for _mta-sts.&lt;domain&gt;: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DNS name on the MX certificate; repeat for each (generate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An MX host of the domain (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP port (default 25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTPS port for --policy-host (default 443).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also probe mta-sts.&lt;domain&gt; over HTTPS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to this address instead of resolving (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TLSA record “3 1 1 &lt;hex&gt;” to check (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds allowed for each step (default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give exactly one domain or host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port takes a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--https-port takes a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(policy id %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days in testing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean streak:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for enforce since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FLAGGED: 30 days in testing without readiness.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout phase, clean streak, readiness and blocking reasons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status needs one engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id of the policy this step publishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforce although the rules say not ready (needs --reason).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC day of the acknowledged failure (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender whose failure is acknowledged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this result type (default: every failure).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollout needs an action and an engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--force needs --reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledge needs --day YYYY-MM-DD and --sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown rollout action “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--mta takes “postfix” or “exim”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dane takes “auto”, “on” or “off”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs an absolute path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write ID --out DIR | list ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “artifacts write ID --out DIR” or “artifacts list ID”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write needs --out DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>altered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: all %2 files match the manifest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the bundle does NOT match its manifest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the engagement's handover bundle (runbook PDF, policy files, DNS exports, hosting and renewal artifacts, CSRs, engagement export, MANIFEST.json and SHA256SUMS) as a zip, or check a bundle against its manifest with “bundle verify FILE” (exit code 1 when files are missing, altered or added).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement ID, or “verify” followed by the zip file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the runbook: de or en (default: the engagement's language).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also put the engagement's private keys into the bundle (the zip is created 0600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “bundle ID --out FILE.zip” or “bundle verify FILE”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --out FILE.zip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang must be de or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle contains private keys: hand it over only on a secure channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail, there is nothing to probe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1 has no address; skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe STARTTLS on every address of the MX hosts (port 25 by default): banner, EHLO, STARTTLS, TLS handshake with SNI, certificate chain, and a verdict in RFC 8460 terms. Without --mx and --connect, the MX hosts, their addresses and secure TLSA records are found by discovery (a host without MX records is probed itself); with --mx, exactly the hosts given are probed; with --connect alone, the argument is one host probed at those addresses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mail domain or a host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS server for discovery as HOST:PORT (default: the system resolver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC trust anchor file for discovery (default: /usr/share/dns/root.key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the engagement's runbook as a PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant named on the cover (default: the engagement's consultant).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include the BSI TR-03108 checklist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give one positive engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --out FILE.pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain %1 (resolver %2, trust anchor %3)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1 (preference %2), DANE: %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AAAA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  none
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find MX hosts, MTA-STS/TLS-RPT/TLSA records and their DNSSEC status for a mail domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail domain (default with --engagement: its domain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS server as HOST:PORT (default: the system resolver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC trust anchor file (default: /usr/share/dns/root.key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-query timeout in milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the run as a discovery snapshot of this engagement (ID) in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected exactly one domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--engagement needs a positive engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout needs a positive number of milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored as discovery snapshot %1 of engagement %2.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS-RPT reports from new messages in an IMAP folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port (default 993).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain connection upgraded with STARTTLS (port 143).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File whose first line is the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder (default INBOX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates (PEM) to trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark imported report mails as seen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an engagement id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the password file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New messages: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicates: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mails without a report (skipped): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too large (skipped): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS-RPT reports (.json, .json.gz, .zip, .eml, mbox, Maildir, folders).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement the reports are expected for (counted in the summary).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files parsed and committed together (default 8192).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name at least one file or folder to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a batch size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For engagement %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the TSIG key file “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” must hold one line “[algorithm:]name:secret”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--ttl needs a number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --domain or --engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --policy-id (the engagement has no policy version yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tlsa takes HOST=HEXDIGEST, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tlsa names “%1”, which is not given with --mx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port needs a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts (same sender and report id, other content; not counted until you keep one with “stsdesk-cli report conflicts”): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the quarantined inputs again; those that now import leave the quarantine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--retry-quarantine takes no files or folders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to take a day as YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stored reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(in conflict)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy domains:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagements:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1 was sent back to the quarantine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1 was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored TLS reports one by one: list them, show one, take one out again (removed, or back to the quarantine with its bytes) and settle conflicts (same sender and report id, other content) by keeping one version. Importing a report again brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (required for quarantine; recorded in the event log).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First UTC day, YYYY-MM-DD (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last UTC day, YYYY-MM-DD (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this sender, e.g. Google (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep needs a version number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs a report number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” takes at most an engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quarantine needs --reason.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Report %1 is in conflict: %2, report id %3, %n version(s):</source>
        <translation>
            <numerusform>Report %1 is in conflict: %2, report id %3, %n version:</numerusform>
            <numerusform>Report %1 is in conflict: %2, report id %3, %n versions:</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the DNS records of a domain's MTA-STS, TLS-RPT and DANE setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Formats (--format):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, list, show, rename, archive and restore engagements; show or set their delivery settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery settings of engagement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS-RPT reports to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(as discovered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none: no TLS-RPT record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry notice to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry escalation to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical expiry alert to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail server (MTA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS-RPT address, mailto: or https: (settings; repeat for several; "": no record; "discovered": as discovery finds).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for expiry notices, 30 days left (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for expiry escalations, 14 days left (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for critical expiry alerts, 7 days left (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix or exim: the MX hosts' mail server (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validate, fetch and generate MTA-STS policy files; list, create, verify and publish an engagement's policy versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validate FILE | fetch DOMAIN | generate | versions ID | new ID | verify ID [VERSION] | publish ID VERSION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to HOST:PORT instead of mta-sts.DOMAIN:443 (fetch, verify, publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust only the CAs in this PEM file (fetch, verify, publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overall HTTPS time limit in seconds, default 60 (fetch, verify, publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An MX host name (generate) or mx pattern (new); repeat for each.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>testing, enforce or none; default testing (generate, new).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age in seconds (generate, new; default 86400 testing, 604800 enforce).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “policy validate FILE”, “policy fetch DOMAIN”, “policy generate --mx HOST”, “policy versions ID”, “policy new ID”, “policy verify ID” or “policy publish ID VERSION”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No policy version yet: create one with “policy new ID --mode testing”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified (check %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published without proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is live: DNS and the policy host show it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is not what senders see yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked %1 through resolver %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (DNSSEC secure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published and secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing, insecure or other digests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serves this version byte for byte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serves another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--dns-timeout needs a positive number of milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1 saved. Publish the file and the TXT record, then run “policy publish %2 %1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--without-proof and --override need a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is published and live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is marked live without proof: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout phase now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validating DNS resolver as HOST:PORT (verify, publish; default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC trust anchor file (verify, publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per-query DNS timeout in milliseconds (verify, publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the version live although the check fails, for this reason (publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforce although the rollout is not ready, for this reason (publish).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “policy versions ID”, “policy new ID --mode MODE”, “policy verify ID [VERSION]” or “policy publish ID VERSION”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old protocols:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe the MX hosts of this engagement's newest discovery (ID) at the addresses it found, and store the results with the engagement, as the pre-flight page does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--engagement probes what the engagement's discovery found: give no domain, --mx, --connect, --resolver or --trust-anchor with it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Stored %n probe result(s) with engagement %1.</source>
        <translation>
            <numerusform>Stored %n probe result with engagement %1.</numerusform>
            <numerusform>Stored %n probe results with engagement %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>different</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: records push ENGAGEMENT --server HOST[:PORT] --tsig-key-file FILE [--zone ZONE].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records push needs --server and --tsig-key-file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pushed %n record(s) to the zone %1 at %2 (key %3).</source>
        <translation>
            <numerusform>Pushed %n record to the zone %1 at %2 (key %3).</numerusform>
            <numerusform>Pushed %n records to the zone %1 at %2 (key %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>served: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the zone %1, publish them in their own zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update was applied, but reading it back failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update was applied, but the server does not serve every record as sent (see above).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records push ENGAGEMENT sends the engagement's records to the zone's primary server as one TSIG-signed dynamic update (RFC 2136) and reads them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export, or push ENGAGEMENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected the action “export” or “push”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sending to this customer (excluded from readiness):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (%3, %4 UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a rollout step: prepared, testing, enforce, monitoring, rollback, removal, acknowledge a sender-side failure, or mark a major sender as not sending to this customer (exclude-sender SENDER --reason TEXT; include-sender SENDER undoes it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prepared | testing | enforce | monitoring | rollback | removal | acknowledge | exclude-sender | include-sender | status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major sender (exclude-sender, include-sender).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (required for rollback, removal, acknowledge, exclude-sender and a forced enforce).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: rollout %1 ENGAGEMENT SENDER [--reason TEXT].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exclude-sender needs --reason: why does the sender not send to this customer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: ask a resolver that works with --resolver HOST:PORT (used: %1), or check the trust anchor with --trust-anchor FILE (used: %2); then run the command again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” needs an engagement ID and a domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For domains no engagement holds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Stored, but counted in no engagement: list them with “stsdesk-cli reports unassigned” and give a domain to an engagement with “stsdesk-cli engagement add-domain ID DOMAIN”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan of %1 yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail servers: none found in DNS and none entered by hand (mx add).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hand entry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>addresses entered by hand (DNS has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail servers of an engagement: those found in DNS and those entered by hand, for an MX that is not in DNS yet or a network where DNS cannot be asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list ID | add ID HOST | edit ID ENTRY | remove ID ENTRY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host name (edit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX priority 0..65535, lower first (add: default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IPv4 or IPv6 address; repeat for each (add, edit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the addresses entered (edit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note, e.g. why the host is entered by hand (add, edit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record that the host is removed because DNS has it now (remove).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “mx list ID”, “mx add ID HOST [--priority N] [--address A]”, “mx edit ID ENTRY [--host H] [--priority N] [--address A]” or “mx remove ID ENTRY”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand entry %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--priority takes a number from 0 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand entry %1 added: %2 (priority %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand entry %1 saved: %2 (priority %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand, entry %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found in DNS, not entered by hand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove a hand entry DNS has now with “mx remove %1 ENTRY --dns-has-it”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery found no MX host address of %1 to probe, so nothing about its mail servers can be checked. Next: check its MX and A/AAAA records, or name the hosts with --mx HOST and their addresses with --connect ADDR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no discovery yet: run “discover --engagement %1” first, or enter its mail servers with “mx add %1 HOST --address A”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no MX host address to probe: neither its newest discovery nor the mail servers entered by hand give one, so nothing about its mail servers can be checked. Next: check the domain's MX and A/AAAA records and run “discover --engagement %1” again, or enter the servers by hand with “mx add %1 HOST --address A”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list [ID] | show REPORT | remove REPORT | quarantine REPORT | conflicts [ID] | keep VERSION | unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name an action: list, show, remove, quarantine, conflicts, keep or unassigned.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stored report(s) moved to it.</source>
        <translation>
            <numerusform>%n stored report moved to it.</numerusform>
            <numerusform>%n stored reports moved to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored report(s) left it.</source>
        <translation>
            <numerusform>%n stored report left it.</numerusform>
            <numerusform>%n stored reports left it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports for domains no engagement holds: stored, counted in no engagement until you give the domain to one with “engagement add-domain”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the action: unassigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--hosting takes one of: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write or list every file the customer installs or publishes for an engagement: policy files, DNS exports, the hosting files (nginx, Pages, Worker or Apache), certbot scripts, deploy hooks, systemd units, the expiry alert and MTA snippets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the TSIG secret file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webroot, standalone or dns-rfc2136: how certbot validates mta-sts.&lt;domain&gt; (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webroot, standalone or dns-rfc2136: how certbot validates the MX hosts (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address of the DNS server taking RFC 2136 updates for dns-rfc2136 (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its port; default 53 (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the TSIG key signing the updates (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TSIG algorithm; default hmac-sha256 (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone holding the _acme-challenge names; default the domain (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds certbot waits after the update before validation; default 60 (settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 takes “webroot”, “standalone” or “dns-rfc2136”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 takes a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy host certificate challenge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host certificate challenge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFC 2136 updates to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TSIG key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the secret is never stored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the domain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propagation wait:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagements assigned to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create | list | show ID | rename ID NAME | archive ID | restore ID | settings ID | add-domain ID DOMAIN | remove-domain ID DOMAIN | assign ID CONSULTANT | unassign ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only engagements assigned to me: my database role on PostgreSQL, my login on SQLite (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name an action: create, list, show, rename, archive, restore, settings, add-domain, remove-domain, assign or unassign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assign needs an engagement ID and a consultant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “findings ack FINDING_ID”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding %1 acknowledged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the findings of the monitoring (all engagements or one), or acknowledge one with “findings ack FINDING_ID”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement ID, or “ack FINDING_ID”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open, acknowledged, resolved, unresolved (open and acknowledged, the default) or all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “findings [ID] [--state STATE]”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--state takes open, acknowledged, resolved, unresolved or all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy %1 (%2, max_age %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>files: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not set; use “hosting set-host NAME”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagement is hosted on the policy host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed in %1; nginx was not reloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: retired, its server block and files were removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reload failed (exit code %1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consultant's policy host: one nginx serving mta-sts.&lt;domain&gt; for every engagement hosted with nginx, from their live policy versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync --out DIR | status | set-host NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder to write (sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run this (sh -c) when a file changed; default: sh DIR/reload.sh (nginx -t and reload).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only write the folder; run no reload command (sync).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the folder is on the policy host (default: DIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ACME webroot (default: DIR/acme).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot's configuration folder (default: /etc/letsencrypt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the deploy hooks install certificates (default: /etc/nginx/tls).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot's account address (default: postmaster@&lt;domain&gt;).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An nginx listen value for HTTPS; repeatable (default: 443).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An nginx listen value for ACME over HTTP; repeatable (default: 80).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “hosting sync --out DIR [--reload-command CMD]”, “hosting status” or “hosting set-host NAME”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement the reports are for. Without --host: its stored mailbox (“stsdesk-cli mailbox set”), the password from the desktop keychain or --password-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 goes with --host. The stored mailbox is changed with “stsdesk-cli mailbox set”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox of engagement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(STARTTLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(implicit TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(system CA store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark imported mail as seen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the desktop keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the desktop keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tls takes implicit or starttls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--store-password and --password-file go together: the password is read from the file and stored in the desktop keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is saved, but its password is not: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox of engagement %1 saved: %2@%3:%4, folder %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password stored in the desktop keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox of engagement %1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IMAP mailbox an engagement's TLS reports arrive in, synced with “imap-sync --engagement ID”. Its password lives in the desktop keychain, never in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show ID | set ID | remove ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP server (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port (set; default 993, or 143 with --tls starttls).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>implicit (IMAPS) or starttls (set; default implicit).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder (set; default INBOX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificates (PEM) to trust; "" for the system store (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark imported report mails as seen (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave imported report mails unread (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File whose first line is the password (set, with --store-password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the password of --password-file in the desktop keychain (set).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also remove the password from the desktop keychain (remove).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use “mailbox show ID”, “mailbox set ID --host HOST --user USER [--password-file FILE --store-password]” or “mailbox remove ID”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked, the resolver cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unresolved</source>
        <translation>
            <numerusform>%n unresolved</numerusform>
            <numerusform>%n unresolved</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check engagements now: discovery against the stored scan, the served policy against the _mta-sts id, certificate expiry and DANE of every MX and the policy host, the failure rate of the reports and readiness. Exit code 0: nothing open; 4: findings open; 3: the resolver could not be used; 1: a check failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement IDs (or --all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every engagement that is not archived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagements checked at once (default 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reach every policy host at HOST:PORT instead of resolving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust only the CAs in this PEM file (policy hosts and MX hosts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds allowed for fetching a policy (default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP port of the MX hosts (default 25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long a run holds an engagement against other desks (default 600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an engagement ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name engagement IDs or --all (not both).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--jobs takes 1 to 64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--smtp-port takes a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lease-seconds takes 1 to 86400.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Monitor run %1 by %2: %n engagement(s)</source>
        <translation>
            <numerusform>Monitor run %1 by %2: %n engagement</numerusform>
            <numerusform>Monitor run %1 by %2: %n engagements</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Would send %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the weekly summary to the customers of the given engagements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send each consultant a digest of the findings no mail has carried yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compose the mails; send and mark nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the composed messages too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File whose first line is the SMTP password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every engagement with weekly recipients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement IDs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name engagement IDs or --all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP submission: %1 port %2, user %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(everyone else)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or change where and how the notification mails are sent. The SMTP password is never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP submission server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its port (587).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP user name ("" for none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where critical findings also go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of the digest: en or de.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest address, for one consultant as CONSULTANT=ADDRESS (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly summary recipients of an engagement, ID=ADDRESS[,ADDRESS]; ID= stops them (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not ID=ADDRESS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 d ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures 7 d / 28 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n engagement(s).</source>
        <translation>
            <numerusform>%n engagement.</numerusform>
            <numerusform>%n engagements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring last ran %1 UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every engagement at a glance: phase, readiness, reports, failure rate, certificates, drift and open findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the engagements that need attention.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the engagements assigned to me.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include archived engagements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sort by COLUMN: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>portfolio takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown column “%1”; sort by one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 and %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start it with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now stsdesk-monitor.timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SMTP password is not in the unit: the monitor reads it from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install, remove or show the systemd user timer that runs the monitoring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install, remove or status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When to run (systemd calendar, default daily).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the user units (default ~/.config/systemd/user).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the monitoring timer. Run systemctl --user daemon-reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: stsdesk-cli schedule install|remove|status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the PostgreSQL workspace password named by --database in libpq's password file (~/.pgpass, $PGPASSFILE or the URL's passfile=), mode 0600. The password is read from standard input or --password-file, never from the command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store-password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the action: store-password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the PostgreSQL workspace with --database postgresql://user@host:port/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored the password for %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting: nginx, cloudflare-pages, cloudflare-worker, github-pages or external (the customer's Apache) (create, settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the notification mails of the monitoring, or set where they go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each consultant's digest of findings no mail has carried yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the weekly summary of an engagement for its customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP server, sender and recipients (no password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“stsdesk-cli notify ACTION --help” lists the options of an action.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not fetch new reports from the engagements' mailboxes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afterwards, mail each consultant the digest of new findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File whose first line is the SMTP password (else the desktop keychain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instead of checking now: install the systemd user timer that runs “monitor --all --notify” every day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --install-timer: when it runs (systemd calendar, default daily).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With --install-timer: the folder for the units (default ~/.config/systemd/user).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n digest mail(s) sent.</source>
        <translation>
            <numerusform>%n digest mail sent.</numerusform>
            <numerusform>%n digest mails sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password (with --store-password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store the password of --password-file in the desktop keychain, for the timer's runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--store-password and --password-file go together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the SMTP user (--user) before storing its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store it once with “stsdesk-cli notify settings --password-file FILE --store-password”, or give --password-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desktop keychain holds no SMTP password for %1 at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a short test mail through the saved SMTP settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient (default: the default digest address, else the sender).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent a test mail to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: stsdesk-cli notify digest|weekly|settings|test [options]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a short test mail through those settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: stsdesk-cli notify digest|weekly|settings|test … (--help after the action).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::cli::Options</name>
    <message>
        <source>Write the files below this folder (write).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite files that already exist (write).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto (from the latest discovery), on or off: whether the deploy hooks guard the TLSA key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nginx webroot for the policy and ACME challenges.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the hooks and the alert script are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the deploy hooks install keys and certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot's configuration folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TLS-RPT report address (mailto: or https:); repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An MX host that gets TLSA records; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPKI SHA-256 digest for an MX host, published as “3 1 1”; give a second one for the staged key during a rollover.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also publish _smtp._tls.&lt;mx&gt; for every MX host (DANE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mta-sts.&lt;domain&gt; is a CNAME to this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IPv4 or IPv6 address of mta-sts.&lt;domain&gt;; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL of every record in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate: the server's port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate: the zone (default: the domain).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate: a file holding the TSIG key as “[algorithm:]name:secret” (kept off the command line, where other users could read it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format, one of the formats listed above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export what this engagement in the workspace publishes (its publish plan, as the wizard, the artifacts and the runbook show it); the options below replace parts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postfix or exim, for this run; default: the engagement's settings (engagement settings ID), else postfix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for expiry notices (30 days left) and certbot's account mail; default: the engagement's settings, else postmaster@&lt;domain&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for expiry escalations (14 days left); default the notice address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address for critical expiry alerts (7 days left, expired or missing); default the escalation address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy version whose id the _mta-sts record carries (push: the one about to be published; default the live version).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate and push: the primary server to update (push: HOST[:PORT], port 53 by default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>push: the TSIG key file (BIND key block, keymgr -t output or “[algorithm:]name:secret”), readable by its owner only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File holding the TSIG secret (base64) for the dns-rfc2136 credentials file (write); without it the file gets a placeholder. The secret is never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting: nginx, cloudflare-pages, cloudflare-worker, github-pages or external (Apache), for this run; default: the engagement's settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::cli::assignments</name>
    <message>
        <source>Engagement %1 is not assigned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 is assigned to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::cli::report</name>
    <message>
        <source>(kept before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(discarded before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 successful, %2 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported %1 from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reports in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep one version with “stsdesk-cli report keep VERSION”; until then none of them is counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1 now counts with version %2; the other versions are discarded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::cli::reportdomains</name>
    <message>
        <source>Every stored report belongs to an engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports for domains no engagement holds (counted in no engagement):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DOMAIN	REPORTS	DAYS	FIRST	LAST	ORGANISATIONS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a domain to an engagement with “stsdesk-cli engagement add-domain ID DOMAIN”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 takes the reports for %2 now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 no longer takes the reports for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also takes the reports for:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dane::DaneMatcher</name>
    <message>
        <source>The server presented no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: usages 0 and 1 are not used with SMTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: does not match the server certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no certificate in the served chain matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the certificate does not name “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no TLSA records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dane::RolloverPlan</name>
    <message>
        <source>The next key is the current key; stage a new key first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TTL must be positive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish both TLSA records (current and next key) for %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>After at least twice the TTL (%n second(s)), switch the server to the next key.</source>
        <translation>
            <numerusform>After at least twice the TTL (%n second), switch the server to the next key.</numerusform>
            <numerusform>After at least twice the TTL (%n seconds), switch the server to the next key.</numerusform>
        </translation>
    </message>
    <message>
        <source>After another two TTLs, remove the old key’s record; stage a new next key before the following rollover.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dane::TlsaRecord</name>
    <message>
        <source>“%1” is not TLSA record data (“usage selector type hex”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hex data has an odd number of digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA fields are numbers from 0 to 255</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown certificate usage %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown selector %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown matching type %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record carries no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SHA-%1 digest has %2 hex digits, this one has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The digest is that of empty input: the certificate or key was not read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::deploy</name>
    <message>
        <source>The current policy file (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enforce policy file, for the switch after testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mode none policy file, for removing MTA-STS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The _mta-sts TXT values of the three policy versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why no DNS exports could be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS records (%1 format).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nginx server blocks for mta-sts.%1 (sites-available).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy file as nginx serves it, below the webroot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtains the certificate of mta-sts.%1 with certbot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot deploy hook: installs the certificate and reloads nginx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtains the certificate of the MX host %1 with certbot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot deploy hook: checks the key against the TLSA records, installs the certificate, reloads the MTA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot deploy hook: installs the certificate and reloads the MTA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys the deploy hook of %1 may install (TLSA 3 1 1 digests).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix main.cf lines for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exim TLS settings for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd timer: runs the service twice a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each file is for, and the order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a relative path inside the folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder “%1” already holds %2; nothing was written. Choose another folder or allow overwriting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is run by a provider (%2): its certificate is not renewed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No discovery has been run for this engagement: no MX host certificates, TLSA records or TLS-RPT address are included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement has no policy version and its discovery found no MX host to put into one. Run a discovery or generate a policy first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TLS-RPT address was found: the _smtp._tls record is missing from the DNS exports. Add one (rua=mailto:…) to receive reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd service for %1: certbot renew, then the expiry alert for the certificate of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mails the notice, escalation or critical address when a certificate reaches 30, 14 or 7 days from expiry, once per level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No policy version was stored yet: the testing policy %1 was made from the discovered MX hosts. Save it in STS Desk before publishing (stsdesk-cli policy new), so that its publication can be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apache virtual hosts for mta-sts.%1 (sites-available).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Obtains the certificate of mta-sts.%1 with certbot; renewals reload Apache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy file as Apache serves it, below the webroot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare Pages site for mta-sts.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitHub Pages site for mta-sts.%1 (Jekyll keeps .well-known).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare Worker serving only the policy of mta-sts.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrangler configuration: the Worker on the custom domain mta-sts.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certbot dns-rfc2136 credentials (TSIG key) for %1; fill in the secret, keep it mode 600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSIG secret must be one line of base64, as in the DNS server's key definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate of %1 uses the dns-rfc2136 challenge, so there is no credentials file for a TSIG secret.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::deploy::FolderSync</name>
    <message>
        <source>Could not remove “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::deploy::StaticPagesBundle</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns</name>
    <message>
        <source>Discovery was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX target “%1” is an IP address; MX records must name a host (RFC 5321 §5.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is run by %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX target “%1” is a CNAME (to “%2”); MX records must name the host itself (RFC 2181 §10.3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The addresses of “%1” could not be looked up: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host “%1” has no A or AAAA record; mail cannot be delivered to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC for “%1” is bogus (%2): DANE senders will defer mail to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX RRset is not signed, but “%1” lives in a signed zone: DANE still applies to it (RFC 7672 §2.2.1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” does not exist in DNS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX RRset of “%1” fails DNSSEC validation: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” publishes a null MX (RFC 7505): it accepts no mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no MX records; senders use its own A/AAAA records instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host “%1” is listed %2 times.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TXT record exists at the draft name “_smtp-tlsrpt.%1”; senders only read “_smtp._tls.%1” (RFC 8460 §3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>possible (no usable TLSA record yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not possible (unsigned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1 (priority %2) was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1 (priority %2) was added; addresses: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Google Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA record “%1” carries the SHA-256 of empty input, not of a key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA record “%1” has a %2-byte digest; matching type %3 needs %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA record “%1” uses usage %2 (PKIX), which senders ignore on port 25 (RFC 7672 §3.1.3); publish “3 1 1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not accept a connection within %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to %1 failed: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not take the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection before it answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not HOST, HOST:PORT or [IPv6]:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server name “%1” does not resolve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot form the record “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the update of %2: updates are not allowed there, or not for this key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not authoritative for %2 (not its primary), or does not accept this key for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A record of the update lies outside the zone %1 (%2 answered NOTZONE); check the zone name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not apply the update of %2 (it answered %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not accept the TSIG key “%2” (%3) for %4 (BADKEY): it does not know the key, or the key may not update this zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the update because its clock and this computer's differ by more than %2 seconds (BADTIME).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rejected the signature of the update (BADSIG): the secret of the key “%2” does not match the server's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 does not belong to the update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered the update without a TSIG signature; whether the zone changed is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer of %1 is not signed with the key “%2”; whether the zone changed is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid zone name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot sign the update with the key “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot encode the update.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot encode a query for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 does not match the question “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered %2 when asked for %3 %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the TSIG key file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSIG key file “%1” can be read by every user of this computer (mode %2). Make it the owner's alone (chmod 600) and create a new key: the secret may have been read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds no TSIG key (expected BIND’s key "name" { … }; block, keymgr -t output or a line algorithm:name:secret).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds %2 TSIG keys; give a file with the one for this zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSIG key “%1” uses %2; STS Desk signs updates with hmac-sha256 or hmac-sha512.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret of the TSIG key “%1” in “%2” is not base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX records of “%1” could not be looked up: %2 This is a lookup problem, not a finding about the zone: scan again, or use another DNS resolver.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::Differ</name>
    <message>
        <source>DNSSEC status of %1 changed from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now published: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer published (was: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed from “%2” to “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1 changed priority from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses of MX host %1 changed from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE toward %1 changed from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::DnssecValidator</name>
    <message>
        <source>CNAME chain from “%1” is a loop or longer than 8.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::DnssecValidator::Impl</name>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver %1 answered %2 for “%3”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::DnssecVerdict</name>
    <message>
        <source>secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insecure (not signed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bogus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>indeterminate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no DNSKEY matches the DS of the parent zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed delegation but the zone has no DNSKEY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>negative answer without NSEC/NSEC3 proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSEC/NSEC3 records do not prove the denial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (zone %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::Resolver</name>
    <message>
        <source>Cannot read the system resolver from “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” names no DNS server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a usable resolver address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid DNS name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot build a query for “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer from DNS server %1 for “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer from %1 does not match the question “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::ResolverConfig</name>
    <message>
        <source>Missing “]” in resolver “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected text after “]” in resolver “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolver “%1” is not an IP address (write HOST:PORT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port “%1” of resolver “%2” is not 1–65535.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::ResolverProblem</name>
    <message>
        <source>The DNS resolver %1 did not answer (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver %1 could not answer for the keys of the trust anchor zone “%2” (%3): it cannot resolve anything right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver %1 returned no keys for the trust anchor zone “%2” (%3), which every working resolver can: it is probably offline or filtered, and may claim that every name does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keys the DNS resolver %1 returned for the trust anchor zone “%2” do not validate with the configured trust anchor (%3): the anchor file is wrong or outdated, this computer's clock is off, or the answers are forged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was learned about the customer’s domain: this is not a finding about its zone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::dns::detail</name>
    <message>
        <source>Cannot read the trust anchor “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trust anchor “%1” is not valid (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trust anchor “%1” holds no DS or DNSKEY record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The trust anchor “%1” mixes records of several zones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mail::SmtpConnection</name>
    <message>
        <source>The mail server did not answer in time (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to the mail server %1 port %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server refused %1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server's reply to %1 is not SMTP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server closed the connection during %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server sent data after agreeing to STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to the mail server failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mail::SmtpSubmission</name>
    <message>
        <source>“%1” is not a sender address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a recipient address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No CA certificate could be read from “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; STS Desk does not send the password or the mail without TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the login of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server %1 offers neither AUTH PLAIN nor AUTH LOGIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server did not accept the user name or password of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mtasts</name>
    <message>
        <source>Keep serving mode “none” until %1 (the old max_age), so every cached copy has expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the _mta-sts TXT record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TXT record announces id “%1”, but the published version is “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy could not be fetched (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The served policy differs from ours only in its line ends; upload the file unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The served policy is not the file we generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX host “%1” matches no mx pattern of the served policy; senders would not deliver to it in enforce mode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has an empty field (“;;”); senders reject it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a “name=value” field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has more than one “id” field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The id “%1” is invalid: it must be 1 to 32 letters or digits, without “-”, “_”, “.” or “:”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field “%1=%2” is not a valid extension field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has no “id” field; it is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record “%1” is ignored: an MTA-STS record must start with exactly “v=STSv1;” (case-sensitive, no space before the semicolon).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TXT record starts with “v=STSv1;”: senders see no MTA-STS policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are %1 records starting with “v=STSv1;”; with more than one, senders see no MTA-STS policy. Keep exactly one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” in rua is not a URI. If it belongs to the previous URI, write its comma as “%2C”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; TLS-RPT reports go only to “mailto:” or “https:” URIs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains “!”; inside a rua URI it must be written “%21”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid %2 URI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has more than one “rua” field; list all endpoints in one, separated by commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid “name=value” field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has no “rua” field; it is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record lists %1 report endpoints; one is recommended (every sender delivers every report to each of them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record “%1” is ignored: a TLS-RPT record must start with exactly “v=TLSRPTv1” (case-sensitive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No TXT record starts with “v=TLSRPTv1”: senders send no TLS reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are %1 records starting with “v=TLSRPTv1”; with more than one, senders send no reports. Keep exactly one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the new policy file at https://mta-sts.%1/.well-known/mta-sts.txt and check that it is served.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then change the TXT record _mta-sts.%1 to id %2 so senders fetch the new policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop serving the policy host mta-sts.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains characters outside ASCII; in a rua URI a host must be written as an A-label (xn--…) and anything else percent-encoded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mtasts::Fetch</name>
    <message>
        <source>The CA file “%1” holds no PEM certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy host “%1” could not be resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection to %1 port %2 within the time limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate is not valid for “%1” (its names: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” is outside its validity period: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” is not trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake did not finish in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with “%1” failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not send the whole response in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer is not valid HTTP: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 redirecting to “%2”; senders do not follow redirects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered HTTP %1; only 200 counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy is served as “%1”; it must be text/plain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy is larger than 64 KiB; senders reject it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The response body is incomplete or malformed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The served policy is invalid: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mtasts::MxPattern</name>
    <message>
        <source>The mx pattern is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” contains non-ASCII characters; write internationalised names as A-labels (xn--…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not in A-label form; write “%2%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: a wildcard must be the whole left-most label, as in “*.example.com”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is longer than 253 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: a wildcard needs at least two labels after “*.”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid host name: the label “%2” must be 1 to 63 letters, digits or inner hyphens.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mtasts::Parser</name>
    <message>
        <source>max_age “%1” must be 1 to 10 digits (no sign, separator or fraction).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age %1 is above the maximum of 31557600 seconds (one year).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age 0 lets senders drop the policy at once; it protects nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: leave out the trailing dot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is ignored: keys are case-sensitive, write “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unknown key “%1” is ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” appears again; senders use the first one (line %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version “%1” is not supported; it must be “STSv1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mode “%1” is invalid; it must be “enforce”, “testing” or “none” (lower case).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bare carriage return splits this line; use LF or CRLF line ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank lines are not allowed between fields; strict senders reject the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a “key: value” line (no blanks before the colon).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has an empty or invalid value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy has no “version: STSv1” line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy has no “mode” line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy has no “max_age” line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy has no “mx” line; one is required unless the mode is “none”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::mtasts::PolicyGenerator</name>
    <message>
        <source>“%1” is a web host name, not a mail server; it is left out of the policy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::records</name>
    <message>
        <source>“%1” is not a TLS-RPT address: use “mailto:…” or “https://…”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::records::ExportFormat</name>
    <message>
        <source>BIND zone snippet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A zone-file snippet with absolute names, to paste into the zone or to $INCLUDE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone files (*.zone *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per record (owner, TTL, type, value), for whoever publishes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare API JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One request body per record for the Cloudflare API (POST /zones/:zone_id/dns_records).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Route 53 change batch JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change batch with one UPSERT per record set, for aws route53 change-resource-record-sets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate script (RFC 2136)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dynamic update script for nsupdate or knsupdate, sent in one transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nsupdate scripts (*.nsupdate *.txt)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::records::RecordSet</name>
    <message>
        <source>The TTL must be between 1 and %1 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy id “%1” is invalid: it must be 1 to 32 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” can have addresses or a CNAME, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be a CNAME to itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX host “%1” is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA for “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA for “%1”: usage %2 is not used with SMTP; publish 3 1 1 (or 2 1 1 for an issuer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA for “%1”: “%2” is listed twice.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::render::TrendChartImage</name>
    <message>
        <source>Failure rate per week</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::runbook::OperationsSections</name>
    <message>
        <source>TLS-RPT summary: no TLS reports have been imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reporting summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports from %1 to %2: %3 successful and %4 failed sessions from %5 sending organisations.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout timeline: no timeline picture is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate name mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders report that the MX certificate does not carry the MX host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run “stsdesk-cli probe” for the host and compare the SANs with the MX name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check which certificate the MTA serves for that name (SNI) on every address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a certificate whose SANs include the exact MX host name, deploy it and reload the MTA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the MX name itself is wrong, fix the MX record and the policy's mx patterns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing intermediate certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders report an untrusted certificate although the certificate itself is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe the host: the chain it serves must lead to a public root.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look at the file the MTA loads: it must be the full chain, not only the leaf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point the MTA at fullchain.pem (certbot) or append the CA's intermediates, then reload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired certificate on a backup MX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures come from one MX host with a lower preference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe every MX host, not only the primary; check the expiry alerts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that the renewal timer also runs on the backup MX.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew and deploy the certificate on the backup MX; enable the renewal timer and the alert script there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX pattern mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In enforce mode mail to a new or renamed MX host is refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the MX records with the policy's mx lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember that “*.%1” matches exactly one label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a new policy version that covers the MX host, then change the TXT id; keep the old MX until the new policy's max_age has passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS stripped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A sender reports that the MX did not offer STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe the host from outside: does EHLO list STARTTLS?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the probe succeeds, the failure comes from a middlebox in the sender's network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the MTA or firewall that hides STARTTLS; if it is on the sender's side, acknowledge the failure in STS Desk with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy fetch failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders cannot fetch https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch the URL yourself: status 200, text/plain, no redirect, valid certificate for mta-sts.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the policy host's certificate expiry and the web server logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the web server or certificate; senders keep their cached policy until its max_age, so act within that time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE senders defer mail: no TLSA record matches the served key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the TLSA digests with the SPKI SHA-256 of the key every address serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check whether a certificate renewal created a new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the digest of the served key next to the old one at once; configure certbot to reuse the key (--reuse-key) and rotate keys only with the rollover procedure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each failure category as TLS reports name it, how to diagnose it and how to fix it. In testing mode nothing is refused; in enforce mode act at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback and removal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollback from enforce to testing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the policy file at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Then change the TXT record _mta-sts.%1 to the new id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing MTA-STS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a policy with “mode: none” and a new id, then change the TXT id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep serving it for at least the max_age of the last policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only then delete the _mta-sts.%1 TXT record and the mta-sts.%1 host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove TLSA records only after the MX hosts no longer present the keys they name, or remove them before DNSSEC is switched off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never delete the TXT record while senders may still hold an enforce policy: they would keep enforcing it without being able to see updates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BSI TR-03108 checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS offered by every MX host with a valid certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC-signed zone for the domain and the MX hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE TLSA records published for every MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA-STS policy in enforce mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reporting (TLS-RPT) record published and reports evaluated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS 1.2 or newer only, with the cipher suites of BSI TR-02102-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate expiry monitored (30/14/7 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendix: no scripts or configuration files were generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appendix: scripts and configuration files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files of the handover bundle that the procedures refer to, in full. Install the files from the bundle, not copies from this document: a line too long for the page continues on the next line after “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no TLS session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acceptable for a transition, not recommended by TR-02102-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recommended by TR-02102-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no probe stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusal of TLS 1.0 and 1.1: not tested (the probe did not try them).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are refused by every host probed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host accepts TLS 1.0 or 1.1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discovery of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no discovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found in DNS, secure, matches the served key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no TLSA records found in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found, but not DNSSEC-secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found, but none matches the served key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found, served key unknown (no probe)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE not possible for this domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live version %1 (%2) since %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no version published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record found in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no record found in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reports imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reports from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no renewal automation generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert script generated, but no alert address has been recorded for this engagement (it would mail %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each row says what it rests on: the stored probes, the latest discovery, the policy versions and the renewal settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders that do not send to this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These major senders were not expected to report; readiness for enforce was judged without them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a testing policy with a new id (STS Desk: Timeline → Rollout → Roll back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Besides %1, the engagement takes the reports for these domains, and they are counted here: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring after handover</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consultant's STS Desk checks %1 every day and opens a finding when something needs attention. A finding is reported once, by mail, and closes by itself when the check passes again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reports: fetched from the reporting mailbox and added to the daily summary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX hosts: compared with the last discovery, and with the mx lines of the live policy (a host the policy does not cover is refused mail under enforce).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy: fetched from https://mta-sts.%1/.well-known/mta-sts.txt and compared with the id in the _mta-sts.%1 TXT record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates: every MX host over STARTTLS and mta-sts.%1 over HTTPS; alerts 30, 14 and 7 days before they expire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure rate: the share of failed sessions of the last day against the 14 days before; a jump to three times the usual rate is a finding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE: the TLSA records against the keys the MX hosts present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness: the day the rollout is ready for enforce.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent to the customer (the consultant can add recipients).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailed to the consultant; a critical certificate alert also to the critical alert address of the consultant's settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open monitoring findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3 since %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Senders that cached the enforce policy apply it until its max_age (%n day(s)) has passed; fix the cause in parallel.</source>
        <translation>
            <numerusform>Senders that cached the enforce policy apply it until its max_age (%n day) has passed; fix the cause in parallel.</numerusform>
            <numerusform>Senders that cached the enforce policy apply it until its max_age (%n days) has passed; fix the cause in parallel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::runbook::OverviewSections</name>
    <message>
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transport security runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA-STS, TLS-RPT and DANE for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this bundle contains private keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The handover bundle this runbook belongs to contains private keys. Anyone who holds the bundle can impersonate your mail servers and your policy host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer the bundle only over an encrypted channel and to named recipients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the keys to the servers (files owned by root, mode 0600) and delete every other copy, including e-mail attachments and downloads.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the bundle was ever exposed, replace the keys and certificates at once and, with DANE, publish the new TLSA digests first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This PDF itself contains no key material.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this phase since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current policy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for enforce since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable in this phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): the TLS check failed with “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open findings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this document contains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every record, file and procedure needed to operate MTA-STS, TLS reporting and, where DNSSEC allows it, DANE for this domain: what is published, how certificates are renewed, how to read the daily reports, what to do when a failure is reported, and how to roll back or remove the setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX inventory: no discovery has been run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX inventory and DNSSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery of %1 on %2 (resolver %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pref.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC (addresses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC (TLSA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain records found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX RRset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate inventory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7-day alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>14-day alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>30-day alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SANs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce yet: %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) in testing</source>
        <translation>
            <numerusform>%n day in testing</numerusform>
            <numerusform>%n days in testing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clean day(s) in a row</source>
        <translation>
            <numerusform>%n clean day in a row</numerusform>
            <numerusform>%n clean days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not probed yet: run “stsdesk-cli probe” for this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none seen (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate inventory: no host is known (no discovery, no probe).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every certificate is renewed by certbot on its own host; the deploy hook copies key and full chain to the paths below, which the server configuration uses, and reloads the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificates come from a commercial CA and are renewed by hand: install key and full chain at the paths below, which the server configuration uses, before the 30-day alert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Installed key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy hook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not managed here (a provider's host, or not in the engagement's renewal settings)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It mails %1 at 30, 14 and 7 days before expiry, once per level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It mails %1 at 30 days, %2 at 14 days and %3 at 7 days before expiry, once per level.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The alert script %1 runs after each renewal attempt on every host above and checks that host's installed chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate that expires on a backup MX breaks delivery in enforce mode just like one on the primary.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No renewal automation could be generated for this engagement, so no expiry alert is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked yet: no mail server has been probed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on every server: no encrypted session with %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes: every mail server probed offers STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet: no policy has been published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, enforced since %1: senders that support MTA-STS refuse to deliver over an unprotected connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In testing since %1: senders report problems but still deliver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Being removed since %1 (mode none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not possible yet: it needs DNSSEC-signed zones for the domain and the mail servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes: the keys of all mail servers are published in DNS and match what the servers present.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Possible, not complete: no matching TLSA record in DNS for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How your incoming e-mail is protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other companies' mail servers deliver e-mail for %1 to your mail servers over the internet. Three mechanisms decide whether that connection is encrypted and whether the sender really talks to your server. They build on each other:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protects against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not protect against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your domain now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opportunistic STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passive eavesdropping: the connection is encrypted whenever both sides support it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An attacker on the path who removes the STARTTLS offer or presents a false certificate: the sender then delivers unencrypted, or to the attacker, without noticing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That attack, for senders that support MTA-STS: they deliver only over TLS to a server whose certificate is valid and names a mail server of your policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The very first delivery of a sender that has not fetched your policy yet, and senders without MTA-STS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same attack without relying on certificate authorities: your servers' keys are published in DNSSEC-signed DNS and checked on every delivery, the first one included.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders that do not validate DNSSEC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reporting (TLS-RPT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing by itself: senders report every day which deliveries failed, so a problem is seen before mail is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reports received yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports received from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS alone encrypts, but cannot stop an attacker who sits between the servers. MTA-STS makes the large mail providers insist on a verified connection; DANE does the same for senders that check DNSSEC. With both, nearly every delivery to you is encrypted and authenticated, and the daily reports show where it is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No discovery of %1 was stored: the MX hosts below were entered by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not looked up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the discovery of %1, the latest TLS probes and the daily monitoring; what was published later is in the sections below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::runbook::PublishingSections</name>
    <message>
        <source>Policy versions: no policy has been generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MTA-STS policy versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mx patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served at https://mta-sts.%1/.well-known/mta-sts.txt as text/plain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The publish-order rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always publish the new policy file first and change the TXT id second. A sender that sees a new id fetches the policy at once; if the file is not there yet, it keeps the old one or fails the fetch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS records: they cannot be built yet (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS records to publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the policy changes, only the id in the _mta-sts TXT record changes, and only after the new policy file is served.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting: no hosting artifacts are available for this engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosting the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy host mta-sts.%1 serves only the policy file, over HTTPS with a certificate valid for that name, with status 200 and no redirects.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the configuration with “nginx -t”, then reload nginx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check: curl -sSf https://mta-sts.%1/.well-known/mta-sts.txt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal automation: no renewal artifacts are available for this engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate renewal automation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE TLSA and key rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX hosts are in DNSSEC-signed zones, so sending servers that support DANE check the TLSA records below. Publish “3 1 1” (the SHA-256 of the server's public key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(probe the host first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two TLSA records must be published at every moment a sender may look: never replace the only record in one step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE: the MX records and the mail servers' zones are not all DNSSEC-signed and validated, or every mail server is a provider's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE: there is no scan of the domain yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key rotation for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL of the TLSA records in DNS: %1 s (discovery of %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS has no TLSA records for this host yet; the records handed over carry a TTL of %1 s, which the steps below use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key the host serves is not known: probe the host first (“stsdesk-cli probe”), then create the runbook again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next key (staged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staged in STS Desk: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No next key is staged. Stage one with “stsdesk-cli csr --engagement ID --next” (or the key dialog); the next runbook then lists the exact records of the rollover. Until then, the steps are:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage the next key and compute its SPKI SHA-256 digest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish its “3 1 1” record next to the current one (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After at least twice the TTL (%1 s), switch the server to the next key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After another two TTLs, remove the record of the old key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the next key's digest to %1 before the renewal that switches keys, or the deploy hook refuses the new key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the accepted list of the deploy hook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft (never published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified %1 (DNS and HTTPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published without proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC: secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC: not secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy fetched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: HTTP %2, identical to the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs from the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published and secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing or not secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every version stored for this engagement, oldest first. A sender fetches a new policy only when the id in the _mta-sts TXT record changes; the live version is the one that record names now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live policy file (id %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest policy file (id %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version has been published yet: nothing of this policy is live. Publish it with “stsdesk-cli policy publish” (or the Rollout page), which verifies DNS and HTTPS first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence that version %1 is live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates are renewed automatically on each host; the deploy hooks install key and chain where the servers read them and reload the services, and the alert script mails a warning at 30, 14 and 7 days before expiry if renewal has not happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install the hooks, the alert script and the accepted key lists below %1 on each host (hooks/, alert/, tlsa/): the certbot commands and the systemd units refer to them there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No discovery has been run: whether TLSA records are published is not known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA records found in DNS by the discovery of %1 (TTL in seconds, then the record data):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records of the live policy version %1, published %2 (zone-file syntax, absolute names). The same records in provider formats are in the handover bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No policy version is live yet. These are the records for version %1; publish them only together with that version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA records in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (no port 80)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 prove control of their names with a TXT record instead of port 80: certbot's dns-rfc2136 plugin adds it on the DNS server %2 (port %3) by an update signed with the TSIG key %4, and removes it afterwards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the DNS server, create the TSIG key %1 (%2) and allow it to update only the TXT records of %3 in the zone %4, as in the example for Knot or BIND below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On each of these hosts, copy %1 to %2, replace %3 by the key's secret and run “chmod 600 %2”. The secret is never stored in STS Desk, in this runbook or in the handover bundle.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Run certbot/issue-&lt;host&gt;.sh: certbot waits %n second(s) after the update before the CA looks up the record. The script refuses to run while the placeholder is still in the credentials file.</source>
        <translation>
            <numerusform>Run certbot/issue-&lt;host&gt;.sh: certbot waits %n second after the update before the CA looks up the record. The script refuses to run while the placeholder is still in the credentials file.</numerusform>
            <numerusform>Run certbot/issue-&lt;host&gt;.sh: certbot waits %n seconds after the update before the CA looks up the record. The script refuses to run while the placeholder is still in the credentials file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Knot DNS (knot.conf):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIND (named.conf):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enable the modules: a2enmod ssl alias mime allowmethods.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the site to /etc/apache2/sites-available/ and the policy file below the webroot; point %1 at the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run apache/issue-certificate.sh for the certificate (renewals reload Apache), then a2ensite %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test the configuration with “apache2ctl -t”, then reload Apache.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upload the folder cloudflare-pages/ as a Cloudflare Pages project (direct upload or “wrangler pages deploy cloudflare-pages”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1 as the project's custom domain; Cloudflare creates the DNS record and the certificate. The _headers file serves the policy as text/plain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In cloudflare-worker/, run “wrangler deploy”: the Worker answers only on the custom domain %1 (the zone must be on the Cloudflare account).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every new policy version needs a new worker.js: generate the files again and deploy before changing the TXT id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push the contents of github-pages/ (CNAME, _config.yml, .well-known/) to the repository's Pages source; _config.yml makes Jekyll keep .well-known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point %1 by CNAME at &lt;owner&gt;.github.io, enter it as the custom domain in the Pages settings and turn on “Enforce HTTPS”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mta-sts.%1 is served by the consultant's policy host: publish “mta-sts.%1 CNAME %2” (see the DNS records); the consultant obtains and renews its certificate there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::runbook::RunbookBuilder</name>
    <message>
        <source>Runbook %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not covered in this runbook:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::secrets</name>
    <message>
        <source>No desktop keychain could be reached (%1). Keep the password in a file instead (stsdesk-cli: --password-file FILE), or start a Secret Service such as GNOME Keyring or KeePassXC in your desktop session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desktop keychain refused access (%1). Unlock it and try again, or keep the password in a file instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 s; is it waiting to be unlocked?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services</name>
    <message>
        <source>served by the host (probe of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published in DNS now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staged key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone, and there is no scan of the domain yet: go back to “Mail servers” and press Rescan (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone: the MX records of %1 are %2. Sign the zone (and publish the DS at the parent) first; MTA-STS works without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every mail server of %1 is run by a provider: its TLSA records are the provider's to publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone: none of the mail servers' addresses of %1 validate as secure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no MTA-STS policy version has been created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No valid TLS-RPT record is published at _smtp._tls.%1; senders do not know where to send their reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS-RPT record sends reports to %1, the engagement plans %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA records of %1 did not validate as DNSSEC-secure; DANE senders ignore them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA records of %1 lack a digest the engagement publishes (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the domain says it receives no mail (null MX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no mail server found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n mail server(s)</source>
        <translation>
            <numerusform>%n mail server</numerusform>
            <numerusform>%n mail servers</numerusform>
        </translation>
    </message>
    <message>
        <source>a bogus answer for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MX answer could not be validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key and CSR generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate seen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every certificate seen is good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n address(es) failed</source>
        <translation>
            <numerusform>%n address failed</numerusform>
            <numerusform>%n addresses failed</numerusform>
        </translation>
    </message>
    <message>
        <source>every address passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no version saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>records ready to publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a policy version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: DANE senders defer mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no key for TLSA yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA records ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer and domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosting &amp; renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n mail server(s) entered by hand</source>
        <translation>
            <numerusform>%n mail server entered by hand</numerusform>
            <numerusform>%n mail servers entered by hand</numerusform>
        </translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settings saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settings not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no TLS-RPT address: failures would go unreported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server for RFC 2136 updates must be an IP address (certbot's dns-rfc2136 plugin takes no host names); “%1” is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a TSIG key name (letters, digits, - and _, in dot-separated labels, as the DNS server's key is named).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS server port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a TSIG algorithm certbot knows; use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a zone name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The propagation time must be between 0 and 3600 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 has expired (%2).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The certificate of %1 expires in %n day(s) (%2).</source>
        <translation>
            <numerusform>The certificate of %1 expires in %n day (%2).</numerusform>
            <numerusform>The certificate of %1 expires in %n days (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The MX hosts changed from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft policy %1 covers the new set; it is not published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The _mta-sts TXT record announces id %1, but the served policy is none of the stored versions (live: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The _mta-sts TXT record announces id %1, but the policy host serves version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy cannot be fetched from %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLSA records of %1 do not match the key it serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On %1, %2 of %3 sessions failed, against %4 in the %5 days before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for enforce: %1 clean days in a row after %2 days of testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live policy still covers every host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run discovery again to record the new set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The live policy %1 does not cover %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders that enforce MTA-STS refuse to deliver to it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::Assignments</name>
    <message>
        <source>Name the consultant by their login or database role (1 to 63 characters, no control characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a role of this PostgreSQL server: on a team workspace a consultant is named by their database role.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::DeliverySettings</name>
    <message>
        <source>“%1” is not a mail address (name@example.com).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::MailboxSync</name>
    <message>
        <source>No password for %1 is stored in the desktop keychain. Save it in the engagement's Mailbox settings (stsdesk-cli: mailbox set ID --password-file FILE --store-password), or give a password file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no mailbox. Set one in its Mailbox settings (stsdesk-cli: mailbox set ID --host HOST --user USER).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::Mailboxes</name>
    <message>
        <source>“%1” is not a host name or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder name cannot contain quotes or line breaks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file “%1” cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no mailbox.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::ManualMx</name>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the mail server's host name (mx1.example.com).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a host name. Type it like mx1.example.com: letters, digits and hyphens, with dots between the labels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The priority is a number from 0 to 65535 (lower is tried first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an IPv4 or IPv6 address (192.0.2.25, 2001:db8::25).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already in the list (entry %2): edit that one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in DNS (yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS has it now, with the same priority and addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>priority %1 in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>addresses in DNS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS has it now, but with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::PolicyHostingSync</name>
    <message>
        <source>retired: the next sync drops it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for a live policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removal pending: the next sync serves mode none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retiring: serves mode none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a host name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reload command did not finish in time: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::services::RecordPush</name>
    <message>
        <source>No record of %1 lies in the zone %2: nothing to push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending the update to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking what %1 serves</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage</name>
    <message>
        <source>~/.postgresql/root.crt (no sslrootcert given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of the PostgreSQL server %1 is not for the host name “%2” that was connected to, so the server could not be verified (sslmode=verify-full checks the name). Connect by a name the certificate holds, or give the server a certificate for this name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of the PostgreSQL server %1 is not signed by the trusted root certificate %2, so the server could not be verified. Give the root (CA) certificate that issued the server's certificate as sslrootcert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The root certificate %1 to verify the PostgreSQL server %2 with cannot be read. Give the CA certificate's file as sslrootcert.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL server %1 does not offer TLS, but the workspace URL requires it (sslmode=%2). Switch TLS on at the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL server %1 refused the password of “%2”, or none was found. Enter it in Settings (Workspace password) or store it with “stsdesk-cli workspace store-password”; both keep it in the password file %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the workspace database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::AssignmentRepository</name>
    <message>
        <source>reading who the engagements are assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading who the engagement is assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigning the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unassigning the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking the server for the database role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the database role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::CertificateChallengeRepository</name>
    <message>
        <source>reading the certificate challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the certificate challenges</source>
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
        <source>The PostgreSQL URL names no database (…/database at the end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite location names no file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL (expected postgresql://user@host:port/database, optionally with libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=/path/root.crt).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::DeliverySettingsRepository</name>
    <message>
        <source>reading the delivery settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the delivery settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::DiscoveryRepository</name>
    <message>
        <source>storing a discovery snapshot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading discovery snapshots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery snapshot %1 cannot be read: %2</source>
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
    <name>sts::storage::FindingRepository</name>
    <message>
        <source>reading findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating a finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding %1 is resolved already; there is nothing to acknowledge.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acknowledging a finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolving a finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no finding %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting findings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::HostingRepository</name>
    <message>
        <source>reading the policy host settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the policy host settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the hosted policy sites</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a hosted policy site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing a hosted policy site</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::KeyFileRepository</name>
    <message>
        <source>recording a key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the key files</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::MailboxRepository</name>
    <message>
        <source>reading the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no engagement %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the mailbox sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ManualMxRepository</name>
    <message>
        <source>There is no hand-entered mail server %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the hand-entered mail servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a hand-entered mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing a hand-entered mail server</source>
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
    <name>sts::storage::MonitorLeases</name>
    <message>
        <source>taking a monitoring lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>releasing a monitoring lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a monitoring lease</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::MonitorRuns</name>
    <message>
        <source>recording a monitor run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading monitor runs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::NotificationFindings</name>
    <message>
        <source>reading the findings to notify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the new findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marking findings as notified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::NotificationSettingsRepository</name>
    <message>
        <source>reading the notification settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the notification settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the weekly summary recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the weekly summary recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the weekly summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::PgPassFile</name>
    <message>
        <source>The password is empty or spans several lines; nothing was stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the password file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::PolicyRepository</name>
    <message>
        <source>storing a policy version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseding the live policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marking a policy as published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading policy versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the live policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a policy check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading policy checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the domain's policy ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a policy verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading policy verifications</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::PortfolioQuery</name>
    <message>
        <source>reading the last report days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summarising the failure rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the certificates probed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the monitor runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summarising applied policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summarising failures</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ProbeRepository</name>
    <message>
        <source>storing a probe result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading probe results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ReportCatalog</name>
    <message>
        <source>listing stored reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a stored report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stored report %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing a stored report</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ReportDomainRepository</name>
    <message>
        <source>reading report domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding a report domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing a report domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading unassigned reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding reports of a domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moving reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ReportRepository</name>
    <message>
        <source>preparing the report import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting an import step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finishing an import step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>undoing an import step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a report policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a failure detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quarantining an unreadable input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing an entry from the quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading engagement domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding unassigned reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigning reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting unassigned reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::ReportVersions</name>
    <message>
        <source>looking up a stored report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report “%1” from “%2” was removed while it was being stored again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a stored report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading report versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting a report in conflict aside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keeping a conflicting report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading report conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1 has no versions in conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a report version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no report version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report version %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keeping a report version</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::SourceCursors</name>
    <message>
        <source>reading the sync position of a report source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the sync position of a report source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::storage::SqliteReportWriter</name>
    <message>
        <source>preparing the report import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report “%1” from “%2” was removed while it was being stored again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up a stored report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a report policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing a failure detail</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls</name>
    <message>
        <source>Could not read the certificate signing request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate signing request holds no readable public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key is encrypted; its public key cannot be read without the passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>acceptable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not recommended; only TLS 1.2 and TLS 1.3 are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a %2 cipher suite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommended by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward secret, but not among the suites %1 recommends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not among the suites %1 recommends, and without forward secrecy or with a weak algorithm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::Certificate</name>
    <message>
        <source>This is not a DER certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data holds no PEM or DER certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data holds no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::ChainVerification</name>
    <message>
        <source>Trusted certificate chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing intermediate: the server did not send “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not trusted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate does not name the host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::ChainVerifier</name>
    <message>
        <source>No certificate was presented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No trust store is loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot use “%1” as a trust anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the system CA store</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::CoverageCheck</name>
    <message>
        <source>No planned mx pattern covers “%1”; senders enforcing the policy will not deliver to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “mx: %1” (or a wildcard pattern for its parent) to the policy, or remove the MX record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate was seen for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe “%1” (STARTTLS on port 25, HTTPS for the policy host) or import its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” serves its certificate without the intermediate “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configure the full chain (leaf followed by the intermediate, e.g. fullchain.pem) on “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” is not trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Install a certificate from a public CA (e.g. Let’s Encrypt) on “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup MX “%1” serves an expired certificate (since %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” serves an expired certificate (since %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew the certificate of “%1” and make sure renewal is automated (backup MX hosts are easily forgotten).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” is not valid yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the clock of the CA or of “%1” and reissue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew the certificate of “%1” now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of “%1” does not name it (it names: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reissue the certificate with “%1” as a subjectAltName.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::CsrBuilder</name>
    <message>
        <source>There is no key to sign the request with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signing request needs at least one host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not build the request subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add the host names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not sign the request</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::ExpiryStatus</name>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::tls::KeyGenerator</name>
    <message>
        <source>Cannot create “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be used as a key file name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::LegacyProtocolCheck</name>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::PrivateKey</name>
    <message>
        <source>Could not generate the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the private key (wrong passphrase?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not encode the private key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::ProbeSession</name>
    <message>
        <source>The server sent a line longer than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's reply exceeded %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer in SMTP: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the session: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS was refused: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent data after accepting STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection during “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within the time limit during “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection when offered %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::StagedKeyFinder</name>
    <message>
        <source>The staged key “%1” cannot be read without its passphrase; its digest is not shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::StarttlsProbe</name>
    <message>
        <source>The name lookup timed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no usable address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot resolve “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The probe cannot run inside a running event loop; run it as a task.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tls::TlsClientStream</name>
    <message>
        <source>This OpenSSL cannot offer %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not set up TLS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the handshake failed without a reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is larger than %1 MiB (the limit for one report, whatever its container) and was refused unread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than %1 MiB and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file grew while it was read and was refused; import it again when it is complete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::Aggregator</name>
    <message>
        <source>summarising reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summarising failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading failure details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summarising applied policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the last report days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::Context</name>
    <message>
        <source>“%1” is a number, read as text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not text and was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is missing, counted as 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a string, read as a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a non-negative integer, counted as 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” uses a space instead of “T”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no time, read as 00:00:00 UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no time zone, read as UTC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A non-text entry in “%1” was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a single string instead of an array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is neither an array nor a string and was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A failure detail has no “result-type”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown result type “%1” kept as “other”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“policy-string” lines ended in a carriage return, which was removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A policy entry has no “policy” object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A policy has no “policy-type”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown policy type “%1” kept as “other”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A “%1” policy has no “policy-domain”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“mx-host” is a single string instead of an array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A policy entry has no “summary” object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A failure detail that is not an object was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“failure-details” is not an array and was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2, more sessions than any sender has; counted as %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::Fields</name>
    <message>
        <source>Misspelled key “%1” read as “%2”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::FolderSource</name>
    <message>
        <source>Cannot create the folder %1 for imported reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move %1 out of the watched folder; it may be imported again (duplicates are only counted).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::GzipReader</name>
    <message>
        <source>The gzip decoder could not be started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data decompresses to more than %1 MiB and was refused (limit for one report).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes after the end of the gzip stream were ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data is truncated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gzip data is corrupt (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::ImapSession</name>
    <message>
        <source>IMAP server %1:%2: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot send a command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent %1 bytes at once, more than the limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a message did not arrive in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IMAP server refused “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No CA certificate could be read from “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS connection failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not greet as an IMAP server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not report UIDVALIDITY for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not report the size of message %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent no content for message %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::Importer</name>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” belongs to this workspace and is not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is made of so many small values that reading it would take more than %1 MiB of memory; refused.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n parts of this input were refused; the first, %1: %2</source>
        <translation>
            <numerusform>%n part of this input was refused: %1: %2</numerusform>
            <numerusform>%n parts of this input were refused; the first, %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A part of this input was refused, %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(The input is larger than %1 MiB and was not kept here: import it again from where it is.)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::InputAllowance</name>
    <message>
        <source>The input unpacks to more than %1 MiB in all (archives inside archives included) and was refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::InputExtractor</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Containers are nested more than %1 levels deep; refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a TLS-RPT report: neither JSON, gzip, zip nor a mail message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mail carries no TLS-RPT report (no JSON, gzip or zip attachment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report is larger than %1 MiB (the limit for one report, whatever its container) and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This mbox file holds no message.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::MailReader</name>
    <message>
        <source>The mail message is larger than %1 MiB and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail message cannot be parsed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportCuration</name>
    <message>
        <source>Say why the report goes back to the quarantine (a reason).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken out of the reports by %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportDomains</name>
    <message>
        <source>The engagement already takes the reports for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reports for %1 go to the engagement %2 already. Remove the domain there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement %1 has no extra report domain %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::ReportParser</name>
    <message numerus="yes">
        <source>“policy-string” held a JSON array inside a string; read as %n entries.</source>
        <translation>
            <numerusform>“policy-string” held a JSON array inside a string; read as %n entry.</numerusform>
            <numerusform>“policy-string” held a JSON array inside a string; read as %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document starts with a byte order mark, which was skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a TLS-RPT report: it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a TLS-RPT report: the JSON document is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a TLS-RPT report: the JSON object has none of “organization-name”, “date-range”, “report-id” and “policies”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report has no “organization-name” or no “report-id”, so it cannot be told apart from other reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report “%1” from “%2” has no readable “date-range” (start “%3”, end “%4”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A policy entry that is not an object was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report has no “policies” array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report holds a NUL character (\u0000 at byte %1) in a text, which no report field can hold; refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::WatchedFolder</name>
    <message>
        <source>Importing from the watched folder %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::tlsrpt::ZipReader</name>
    <message>
        <source>The zip archive cannot be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip archive is corrupt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip archive has more than %1 files and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip entry “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip entry “%1” decompresses to more than %2 MiB and was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zip archive holds no file.</source>
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
    <message>
        <source>Writing the bundle was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the runbook was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pattern documented by %1; covers MX %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One wildcard for MX %1: the certificate is issued for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider pattern that no current MX host needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host %1, listed by its exact name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver in Settings (“%1”) cannot be used: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy host override in Settings (“%1”) is not host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✓ ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(DNSSEC secure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>_mta-sts TXT announces id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>_smtp._tls TXT (TLS-RPT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reporting address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not secure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the served file differs from this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy served over HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cipher suite: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepts %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open the settings (“DNS settings…” on “Mail servers”, or File → Settings…) and set “DNS resolver” to one that answers (used: %1; empty means the system resolver) or check “DNSSEC trust anchor”, then scan again (F5).</source>
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
    <name>sts::ui::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge a finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every failure of that sender on that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A TLS-RPT result type such as starttls-not-supported, or empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the failure is the sender's own (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An acknowledged failure no longer blocks the ready verdict. Who acknowledged it and why stays in the engagement's log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result &amp;type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Acknowledge</source>
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
    <name>sts::ui::AssignDomainDialog</name>
    <message>
        <source>Assign Domain to Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement takes the stored reports for this domain and its subdomains, and every report for them imported later. Remove the domain from the engagement to give them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Engagement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no engagement yet. Create the customer's engagement first; it takes the reports for its own domain by itself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::AssignmentActions</name>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant (database role on PostgreSQL, login name on SQLite):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot assign the engagement</source>
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
    <name>sts::ui::CertificateChallengeDialog</name>
    <message>
        <source>webroot (http-01 through the web server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standalone (http-01, certbot listens on port 80)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (no port 80)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS-01 through RFC 2136 (certbot's dns-rfc2136 plugin)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate challenges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How certbot proves control of mta-sts.&lt;domain&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How certbot proves control of each MX host name. DNS-01 needs no port 80 on the host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address of the primary DNS server that accepts the updates (certbot's plugin takes no host names).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of the TSIG key on the DNS server. Give it an update ACL for the TXT records of _acme-challenge.&lt;host&gt; only (see README.txt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone holding the _acme-challenge names, when it is not the customer's domain itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long certbot waits after the update before the CA looks: long enough for every secondary to have the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TSIG secret is not stored in STS Desk. Put it into the credentials file on the host (secrets/rfc2136-&lt;domain&gt;.ini, installed in /etc/letsencrypt, chmod 600), or give it when writing the files: stsdesk-cli artifacts write --tsig-secret-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TSIG &amp;key name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zone (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Wait before validation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Policy host (mta-sts):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;MX hosts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certbot scripts keep the challenges saved before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the field and press OK again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS-01 (RFC 2136)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standalone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webroot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy host: %1 · MX hosts: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::CertificatesPage</name>
    <message>
        <source>&amp;Add certificate file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate key and CSR…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificates of every MX host and of the policy host, and whether strict senders will accept them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong and the fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add certificate file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing intermediate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired backup MX certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expiring soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pattern mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates served at the pre-flight on %1, and files you added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pre-flight yet: run it on the next page to see what the servers present, or add certificate files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA file in Settings cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” holds no readable certificate: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intermediate missing (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>complete, %n served</source>
        <translation>
            <numerusform>complete, %n served</numerusform>
            <numerusform>complete, %n served</numerusform>
        </translation>
    </message>
    <message>
        <source>served out of order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every host presents a certificate strict senders accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys stay in these files (mode 0600); the workspace records only where they are and their public digests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated &amp;keys and CSRs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Generate key and CSR…” writes them to the engagement's secrets folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ConflictsPanel</name>
    <message>
        <source>&amp;Keep this version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These reports arrived more than once with the same sender and report id but with different contents; a forged report sent first could otherwise hide the real one. None of their versions is counted until you keep one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy domains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Count version %1 of the report “%2” from %3 (%4 successful, %5 failed sessions) and discard the other %n version(s)?</source>
        <translation>
            <numerusform>Count version %1 of the report “%2” from %3 (%4 successful, %5 failed sessions) and discard the other %n version?</numerusform>
            <numerusform>Count version %1 of the report “%2” from %3 (%4 successful, %5 failed sessions) and discard the other %n versions?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::CsrDialog</name>
    <message>
        <source>Also stage the &amp;next key (DANE rollover)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save CSR as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate key and CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ECDSA P-256 (recommended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 4096 (slow to generate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional: leave empty for an unencrypted key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish both TLSA digests, wait at least twice the TLSA TTL, then switch the server to the next key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CSR appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Names (subjectAltName):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys are written with mode 0600 to %1 and never stored in the workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one name for the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key was generated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key (0600): %1
SPKI SHA-256 (TLSA 3 1 1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next key (0600): %1
Next SPKI SHA-256 (TLSA 3 1 1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was written but the event could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save CSR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem *.csr)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another host name, e.g. mx2.%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a na&amp;me:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a host name to add, e.g. mx2.%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a host name: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a host name: a certificate names hosts with their domain, e.g. %1.%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is listed already.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DanePage</name>
    <message>
        <source>MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rollover plan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA records then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA records that let DANE senders authenticate the mail servers, and how to change keys without breaking delivery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;TLSA records (port 25):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 1 1: DANE-EE, public key (SPKI), SHA-256 (RFC 7672).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone of %1 is DNSSEC-signed: DANE senders use these records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key is known yet for %1: run Pre-flight (it reads the served certificate) or generate a key on the Certificates page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rollover plan (two records published at every step):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rollover plan: stage a next key (Certificates → Generate key and CSR…, “stage as next key”) to plan a key change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next (staged)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published in DNS now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;TLSA records it would publish once DANE applies (port 25; not in the records to publish yet):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records below are what it would publish then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE needs a DNSSEC-signed zone, and the zone of %1 is not signed (no DS at its parent): DANE does not apply yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders protect delivery with MTA-STS alone; DANE senders deliver as today. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the zone and publish its DS at the parent, then scan again: this page then lists the records to publish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone of %1 is signed, but its chain of trust does not validate (%2): DANE cannot be used until it does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validating resolvers refuse its answers now, so mail from them is already at risk. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix the signatures or the DS at the parent (the DNSSEC page names the failing zone), then scan again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver %1 could not tell whether the zone of %2 is signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a lookup problem, not a verdict on the zone. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DayEvidence</name>
    <message>
        <source>No MTA-STS policy seen by %1 (no-policy-found or only TLSA results)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another policy than the live one applied by %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DayStrip</name>
    <message>
        <source>Days of the testing phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No days to show yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean: every major sender reported, no failed sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 failed session(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 failed session(s), acknowledged as sender-side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No report from %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DesktopNotifier</name>
    <message>
        <source>Critical finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New finding</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DigestAddressTable</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The digest address “%1” names no consultant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has more than one digest address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the digest address of %1, or remove the row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The digest address of %1, “%2”, is not a mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no consultant)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::DnssecPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether the answers about the mail servers are signed, and whether DANE can protect delivery to each host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signature status per name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ANE per mail server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan yet: go back to “Mail servers” and press Rescan (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX (mail servers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A (IPv4 addresses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AAAA (IPv6 addresses)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLSA (DANE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the scan on %1 through the DNS resolver %2 (trust anchor zone “%3”; both are set in File → Settings…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No DNSSEC verdict: the scan did not complete.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The newest scan did not complete; this is the previous one.
%1
%2</source>
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
        <source>%1 — assigned to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2
Consultant: %3
Assigned to: %4
Created: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody</source>
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
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement details</source>
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
    <message>
        <source>&amp;Open wizard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer details and every wizard step (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wizard steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
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
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save your changes on: %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save stores them now, Discard closes the wizard without them, Cancel goes back to the wizard.

Settings typed on a page (customer, TLS-RPT addresses, hosting and alerts) are saved when you leave it with Next, Back, Finish or a step in the list; a policy draft becomes a version with “Save as new version” or Save here. Scans, pre-flight results, keys and CSRs and policy versions are stored the moment they are made and stay either way.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::FailureDetailsTable</name>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving MX</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving HELO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure reason code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Additional information</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::FindingsPanel</name>
    <message>
        <source>Show resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run checks &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen and being dealt with: it stays on the list until the check passes, but counts as open no more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run every monitoring check for this engagement now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Monitoring last ran %1 (%n engagement(s), by %2).</source>
        <translation>
            <numerusform>Monitoring last ran %1 (%n engagement, by %2).</numerusform>
            <numerusform>Monitoring last ran %1 (%n engagements, by %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitoring has not run yet in this workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings: every check passed the last time it ran.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped before the checks were done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: %1 new, %2 resolved, %3 unresolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked: %1 is checking this engagement now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::GuiStartup</name>
    <message>
        <source>--database must not contain a password: every user of this machine can read a command line. Enter it in Settings (Workspace password) or store it with “stsdesk-cli workspace store-password”, then give the URL without it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::GuidedMessage</name>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::HostingPage</name>
    <message>
        <source>Save artifacts to fol&amp;der…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosting &amp; renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files that serve the policy and keep the certificates renewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save artifacts to folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” already holds some of these files. Replace them?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An nginx server block that serves only the policy file over HTTPS, with port 80 kept for certificate renewal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postfix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server software on the MX hosts: decides the TLS snippet and the reload in the deploy hook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write every file below a folder of your choice; scripts are made executable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy hosting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mail server (MTA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generated &amp;files:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE: the zone is DNSSEC-signed, so the deploy hooks keep the key (TLSA) unless a staged next key is installed. Next: the DANE page.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n file(s) ready.</source>
        <translation>
            <numerusform>%n file ready.</numerusform>
            <numerusform>%n files ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written: “%1” already holds some of these files.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A monitored mailbox that gets the first certificate expiry alert (30 days before expiry), and every level left empty below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who hears when 14 days are left (the team lead). Empty: the notice address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who hears when 7 days are left or the certificate expired (the on-call phone). Empty: the escalation address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store hosting, mail server and alert addresses for the engagement: the CLI, the bundle and the runbook use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xpiry notice to (30 days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalation t&amp;o (14 days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critica&amp;l to (7 days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the notice address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the escalation address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings saved for the engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: the DANE page shows the TLSA records it would publish once the zone is signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiry alerts are written with the addresses saved before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the marked field; it is saved when you leave the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hosting files cannot be built: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be deployed for the policy host until they can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fix what the message names (on “Policy”, “DNS records” or “Certificates”), then come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy version for these files could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files on the policy host must name a version STS Desk knows, so nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save a version on “Policy” and check that the workspace can be written (File → Settings…), then save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy host has nothing new to serve.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a folder you can write to and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate c&amp;hallenges…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How certbot validates the policy host and the MX hosts: webroot, standalone, or DNS-01 through RFC 2136 for hosts without port 80.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n&amp;ginx on the consultant's policy host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare &amp;Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy file plus a _headers file forcing text/plain, for a Cloudflare Pages project on mta-sts.&lt;domain&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloudflare &amp;Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Worker script that answers only GET and HEAD of the policy path with the policy, and its wrangler.toml for the custom domain mta-sts.&lt;domain&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GitH&amp;ub Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Pages folder with CNAME, the policy and a _config.yml that makes Jekyll keep .well-known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's own web server (Apac&amp;he)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apache virtual hosts serving only the policy over HTTPS, and the certbot command for their certificate.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ImportPanel</name>
    <message>
        <source>&amp;Import reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS-RPT reports: JSON, gzip, zip, e-mail, mbox or a Maildir folder (Ctrl+I). Files can also be dropped here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the quarantined inputs again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import TLS reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reports (*.json *.gz *.zip *.eml *.mbox);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement's IMAP mailbox for TLS reports: server, user, password (kept in the desktop keychain) and Sync now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ImportRunner</name>
    <message>
        <source>Imported %1 report(s), %2 duplicate(s), %3 quarantined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Cancelled; what was read so far is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n report(s) arrived again with other content and wait in Conflicts.</source>
        <translation>
            <numerusform>%n report arrived again with other content and waits in Conflicts.</numerusform>
            <numerusform>%n reports arrived again with other content and wait in Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were for domains no engagement holds: they are stored but counted in no engagement. Find them in View › Unassigned Reports, where you can assign their domain to an engagement.</source>
        <translation>
            <numerusform>%n report was for a domain no engagement holds: it is stored but counted in no engagement. Find it in View › Unassigned Reports, where you can assign its domain to an engagement.</numerusform>
            <numerusform>%n reports were for domains no engagement holds: they are stored but counted in no engagement. Find them in View › Unassigned Reports, where you can assign their domain to an engagement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::MailServersPage</name>
    <message>
        <source>Rescan (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The hosts that receive mail for the domain, as DNS shows them now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;What changed since the previous scan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up the MX hosts and their records again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan of %1 yet. Press Rescan (F5) to look up its mail servers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanned %1 on %2 through %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No findings for the domain itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the domain:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the first scan: nothing to compare yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed since the scan on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking DNS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looked up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan finished but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open File → Settings… and write “DNS resolver” as HOST:PORT, or leave it empty for the system resolver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pages keep showing the previous scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then scan again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan of %1 shown here is the previous one; it was not replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan did not complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scan again (F5); if it fails the same way, check the network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open File → Settings… and choose a readable file under “DNSSEC trust anchor” (empty uses the IANA root anchor), then scan again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement’s domain cannot be looked up as it is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct the domain on the first page, then scan again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until a scan succeeds, DNSSEC cannot be judged, and pre-flight, certificates and DANE work only with mail servers entered by hand (Add mail server…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The DNS resolver and the DNSSEC trust anchor the scan uses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::MailboxDialog</name>
    <message>
        <source>Mark imported report mail as seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox for TLS reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Implicit TLS (IMAPS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the desktop keychain, never in the workspace or the settings. Leave empty to keep the stored password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System CA store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected and logged in: %n message(s) in the folder.</source>
        <translation>
            <numerusform>Connected and logged in: %n message in the folder.</numerusform>
            <numerusform>Connected and logged in: %n messages in the folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading message %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync finished: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in the desktop keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not stored yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox is saved, but its password is not: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox saved; its password is in the desktop keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing the mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling after the message being read…</source>
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
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
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
        <source>Watched folder: %1 report(s) imported, %2 duplicate(s), %3 quarantined.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n report(s) in conflict wait in Reports › Conflicts.</source>
        <translation>
            <numerusform>%n report in conflict waits in Reports › Conflicts.</numerusform>
            <numerusform>%n reports in conflict wait in Reports › Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unassigned Reports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Home: Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy &amp;Hosting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification settings not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the workspace password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Weekly Summary…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ManualMxDialog</name>
    <message>
        <source>Add mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX preference: senders try lower numbers first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>192.0.2.25, 2001:db8::25</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4 and IPv6 addresses, separated by commas or blanks. Used for the pre-flight while DNS has none for the host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. new host, MX not in DNS yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mail server that DNS does not show (yet). It is marked as entered by hand and compared with the next scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Addresses (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>N&amp;ote (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit mail server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ManualMxPanel</name>
    <message>
        <source>found in DNS; addresses entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found in DNS; also entered by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add mail server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered by hand, compared with the &amp;newest scan:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the hand entry, DNS has it &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a mail server that DNS does not show (yet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected mail server entered by hand (Delete).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not looked up in DNS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery found no MX host for %1. If its mail servers are not in DNS yet, the customer is moving them, or DNS cannot be asked from here, enter them with “Add mail server…”: pre-flight, certificates and DANE then work with them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery found no MX host for %1: the mail servers entered by hand are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If DNS cannot be asked from here, enter the mail servers with “Add mail server…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: found in DNS, not entered by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::MonitoringSettings</name>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Install daily timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP submission server, e.g. smtp.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is kept in the desktop keychain, never in the workspace or the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP p&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Digest to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical findings also to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installed (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monitoring has not run yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, did not finish</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %n new finding(s)</source>
        <translation>
            <numerusform>%1, %n new finding</numerusform>
            <numerusform>%1, %n new findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n resolved</source>
        <translation>
            <numerusform>, %n resolved</numerusform>
            <numerusform>, %n resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send test mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a short mail through the SMTP server as typed here, to the digest address (else the sender), with the password typed or stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP p&amp;assword:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Digest per consultant:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mail sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test mail failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the SMTP user before typing its password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a test mail to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stsdesk-cli was found neither next to STS Desk nor on PATH; the timer needs it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs “%1 monitor --all --notify” every day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not installed (stsdesk-cli not found)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::MxHostTable</name>
    <message>
        <source>Receiving MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed
sessions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::NewVersionDialog</name>
    <message>
        <source>New policy version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>testing: failures are only reported; enforce: senders refuse to deliver without valid TLS; none: withdraws the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One pattern a line, e.g. mx1.example.com or *.example.net. Empty: suggested from the latest discovery.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new version is saved as a draft with the next free id; senders see it only after it is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_a&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;MX patterns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PatternEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One host name or “*.” plus a host name per line. F2 edits, Ins adds, Del removes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a pattern (Ins).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected patterns (Del).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the selected suggestions, or all of them when none is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;X patterns:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions from the mail servers:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PolicyHostingDialog</name>
    <message>
        <source>Write configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy Hosting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sh &lt;folder&gt;/reload.sh (nginx -t and reload)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy host (customers point mta-sts.&lt;domain&gt; here by CNAME):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload command:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No engagement is hosted on the policy host.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n customer(s) on the policy host; removals pending: %1.</source>
        <translation>
            <numerusform>%n customer on the policy host; removals pending: %1.</numerusform>
            <numerusform>%n customers on the policy host; removals pending: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy host name was cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of the policy host configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed in %1; nginx was not reloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: retired, its server block and files were removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reload failed (exit code %1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reloaded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PolicyPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as ne&amp;w version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate &amp;enforce version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate &amp;remove version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MTA-STS policy file senders fetch from mta-sts.&lt;domain&gt;, and its versions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>testing: failures are only reported; enforce: senders refuse to deliver without valid TLS; none: withdraws the policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long senders may cache the policy: 86400 while testing, 604800 when enforcing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file exactly as it is served; ␍␊ marks the CRLF line ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a version to load it into the editor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store this policy as a new version with a new id (Ctrl+S).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new version of the selected one in mode enforce, max_age 604800.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new version of the selected one in mode none: serve it for the old max_age before removing MTA-STS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_a&amp;ge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File (.well-known/mta-sts.txt):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prob&amp;lems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy has errors; fix them before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a version first: the enforce version is made from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a version first: the remove version is made from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft, saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No version yet. Saving one gives it an id; then publish the file first and the TXT id second.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Publishing version %1:&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders that fetched version %1 may keep applying it until &lt;b&gt;%2&lt;/b&gt; (its max_age of %3 after publishing now).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier version: no sender holds a cached policy of this domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was added to the engagement’s policy versions; what is published stays as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then save again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PolicyVersionsPanel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft version with the next free id: mode, max_age and mx patterns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look now whether senders see the selected version: the _mta-sts TXT id, TLS-RPT, TLSA, and the policy over HTTPS (resolver, CA bundle and policy host from Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the selected draft and mark it live; the rollout follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not verified yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last check passed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last check failed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>without proof: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft is published; make a new version to change what senders see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying %1 through DNS and HTTPS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders see version %1 as published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders do not see version %1 as published; see the checks below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PortfolioModel</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean streak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure rate 7 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day N of testing (the testing policy's first day is day 0).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consecutive clean days ending yesterday (testing only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The major sender that reported longest ago, and when.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sessions of the last 7 days, against the 28 days before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The nearest certificate expiry of the MX hosts (STARTTLS) and the policy host (HTTPS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences the monitoring found between what is published and what is served.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>day %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready for enforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blocked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all up to date</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) ago</source>
        <translation>
            <numerusform>%1: %n day ago</numerusform>
            <numerusform>%1: %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing needs your attention. Double-click or press Enter to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not sending to this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: last report for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no report yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days: %1 of %2 sessions failed (%3).
28 days before: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — valid until %2 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No certificate probed yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PortfolioView</name>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by customer or domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only engagements with open warnings or critical findings, blocked past day 30 of testing, a jump in the failure rate, a major sender silent for more than 3 days or a certificate expiring within 30 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the engagements assigned to you.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n engagement(s)</source>
        <translation>
            <numerusform>%n engagement</numerusform>
            <numerusform>%n engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n needs attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring last ran %1 UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>monitoring has not run yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PreflightPage</name>
    <message>
        <source>Run again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What a strict sender sees at every MX address and at the policy host, before anything is published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>25 for real MX hosts; another port for a test server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result (RFC 8460)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probe every address again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;SMTP port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;HTTPS port (policy host):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 addresses probed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight cancelled; nothing was stored. Run again with F5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses from the scan of %1 on %2. Trust: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system CA store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CA file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored results of the pre-flight on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>handshake failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intermediate missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not served: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n certificate(s) served</source>
        <translation>
            <numerusform>%n certificate served</numerusform>
            <numerusform>%n certificates served</numerusform>
        </translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate names: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE applies only where discovery found a DNSSEC-secure TLSA record set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reached (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled before this address was probed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached from here: %1. Check the address, the port and any firewall; a sender that cannot connect retries later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In testing mode this is reported as %1; in enforce mode delivery from strict senders fails.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connecting to %n address(es)…</source>
        <translation>
            <numerusform>Connecting to %n address…</numerusform>
            <numerusform>Connecting to %n addresses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an address, not probed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n address(es) pass: strict senders would deliver.</source>
        <translation>
            <numerusform>All %n address pass: strict senders would deliver.</numerusform>
            <numerusform>All %n addresses pass: strict senders would deliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) would fail for strict senders.</source>
        <translation>
            <numerusform>%n address would fail for strict senders.</numerusform>
            <numerusform>%n addresses would fail for strict senders.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pre-flight finished but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS (BSI)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan of %1 yet: scan the mail servers first (page “Mail servers”), or enter them there with “Add mail server…”, then run the pre-flight here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scan of %1: the mail servers entered by hand are probed at the addresses typed for them. Trust: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addresses entered by hand: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no scan to take the addresses from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-flight probes the mail servers the scan found; without one nothing about them can be checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>go back to “Mail servers” and press Rescan (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neither the latest scan nor the mail servers entered by hand give an MX host address to probe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing about the mail servers can be checked, and senders find no address to deliver to either, if DNS really has none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the MX hosts and their A/AAAA records on “Mail servers” and scan again (F5), or enter the servers with their addresses there (Add mail server…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The results shown are not kept for the runbook or the readiness check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check that the workspace database is reachable and writable (File → Settings…), then run again (F5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run pre-flight (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pre-flight yet. Press Run pre-flight (F5).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::PublishDialog</name>
    <message>
        <source>Publish &amp;without proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish policy %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this step is taken now (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the version live although the verification did not show it to senders; the reason is recorded with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it is live without proof, e.g. “customer's DNS not visible from here”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for this st&amp;ep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason without proof:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1: mode %2, max_age %3 s, mx %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publishing moves the rollout to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rollout stays in its phase; senders pick up the new id.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Policy %1 (mode %2) is live now; senders that fetched it keep applying it for up to its max_age of %n second(s), whatever is published next.</source>
        <translation>
            <numerusform>Policy %1 (mode %2) is live now; senders that fetched it keep applying it for up to its max_age of %n second, whatever is published next.</numerusform>
            <numerusform>Policy %1 (mode %2) is live now; senders that fetched it keep applying it for up to its max_age of %n seconds, whatever is published next.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying through DNS and HTTPS…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verification did not finish: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders see version %1 as published. It can go live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders do not see version %1 yet. Publish the records and the policy file, then verify again, or publish without proof with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying again and publishing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not published: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is live, verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is live without proof.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rollout moved to “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publish without proof</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push &amp;records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the records that announce this version (its _mta-sts id) to the customer's DNS server (RFC 2136, TSIG), then verify again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::QuarantinePanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export bytes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the report parser again on every quarantined input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quarantined input is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export quarantined input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inputs that could not be read as TLS reports are kept here with their bytes, and so are reports you sent back. After an update of STS Desk, Retry reads the unreadable ones again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::ReasonDialog</name>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::RecordPushDialog</name>
    <message>
        <source>Served as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Served differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push records to a DNS server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TSIG key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends the records of %1 to the zone's primary server as one dynamic update (RFC 2136) signed with a TSIG key, then asks that server for each of them. Only the types STS Desk publishes are replaced at each name. The key file must be readable by you alone; only its path is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ns1.example.com or 192.0.2.53</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A BIND key file (tsig-keygen), keymgr -t output, or one line algorithm:name:secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone to update; empty: the mail domain. Records in other zones are listed, not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TSIG &amp;key file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the server and the TSIG key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server serves:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: outside %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish this record in its own zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update was applied, but reading it back failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The update was applied, but %n record(s) are not served as sent.</source>
        <translation>
            <numerusform>The update was applied, but %n record are not served as sent.</numerusform>
            <numerusform>The update was applied, but %n records are not served as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 serves all %n record(s) as sent.</source>
        <translation>
            <numerusform>%1 serves all %n record as sent.</numerusform>
            <numerusform>%1 serves all %n records as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::RecordsPage</name>
    <message>
        <source>Announces the MTA-STS policy and its id (RFC 8461).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where senders send TLS reports (RFC 8460).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The web host senders fetch the policy file from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE: the key the mail server presents (RFC 7672).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reports about this mail server, for DANE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every record the customer publishes for MTA-STS, TLS reporting and DANE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export DNS records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IPv4/IPv6 addresses of your web server (A/AAAA), or the host name of a hosting provider (CNAME). Empty: not generated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+C copies the selected rows as zone-file lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the selected records as zone-file lines (Ctrl+C in the table).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy only the value of the current record, as a DNS provider's web form wants it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the records for a DNS server or provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS-RPT &amp;reports to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;mta-sts host points to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1, policy version %2 (%3). TLSA records appear when the zone is DNSSEC-signed and the key is known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a policy version on the “Policy” page first: the _mta-sts record carries its id.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailto: or https: addresses, separated by commas; one is recommended. Empty: no TLS-RPT record. Saved for the engagement when you leave the page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store these addresses for the engagement: the artifacts, the runbook and “records export” use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Push to DNS server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send these records to the zone's primary server as a TSIG-signed dynamic update (RFC 2136) and check what it serves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS-RPT addresses saved for the engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The _smtp._tls record is built from this address: while it is wrong, no TLS report reaches the consultant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct it (mailto:name@domain or https://host/path, several separated by commas), then leave the page again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records cannot be built: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be exported or pushed to DNS until they can.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct what the message names, on this page or on “Policy”, then come back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was exported; the customer has no records yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a folder you can write to and export again.</source>
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
    <name>sts::ui::ReportsView</name>
    <message>
        <source>&amp;Whole period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a bar or a row to see the failure details behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a sender to see its failure details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a host to see its failure details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the reports: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reports for this engagement yet. Import reports (files, folders, mailboxes) or drop them here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n report(s), </source>
        <translation>
            <numerusform>%1 – %2: %n report, </numerusform>
            <numerusform>%1 – %2: %n reports, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sessions, %2 failed (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MX host not reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the failure details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No failures reported for this selection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n report(s) in conflict are not counted until you keep one version (Conflicts).</source>
        <translation>
            <numerusform>%n report in conflict is not counted until you keep one version (Conflicts).</numerusform>
            <numerusform>%n reports in conflict are not counted until you keep one of their versions (Conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::RolloutControls</name>
    <message>
        <source>Rollout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;testing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enforce…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start re&amp;moval…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ac&amp;knowledge a finding…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a testing version (max_age 86400): senders report failures but deliver as before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a testing version with a new id; senders that cached the enforce policy keep it until its max_age has passed. To withdraw MTA-STS altogether, use Start removal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish a version in mode none and serve it for the old max_age before deleting the records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark a failure as the sender's own, with a reason, so that it no longer blocks the ready verdict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready: publish an enforce version (max_age 604800) with a new id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce yet; enforcing anyway needs a reason, recorded with the step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start testing publishes a testing version; the rollout begins when it is live.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready for enforce: Enforce publishes an enforce version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back: senders that fetched policy %1 keep enforcing it for up to its max_age, until %2 at the latest, whatever is published next. Fix the cause in parallel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removal: keep serving policy %1 (mode none) until %2; only then delete the _mta-sts TXT record and the policy host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rollout step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy %1 is live already; the rollout moves to “%2”. Why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start m&amp;onitoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforce is stable and handed over: from now on the engagement is watched (reports, certificates, drift). Recorded with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why is the engagement handed over to monitoring now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enforce is guarded: the rules do not say ready yet. Enforce publishes an enforce version only with a reason to override the verdict.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::RolloutView</name>
    <message>
        <source>Phase: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · policy id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · day %1 of testing</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n clean day(s) in a row</source>
        <translation>
            <numerusform> · %n clean day in a row</numerusform>
            <numerusform> · %n clean days in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Ready for enforce since %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not ready for enforce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current testing stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Major senders: their last report, and which do not send mail to this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing has not started yet. Days are counted from the day the testing policy goes live: publish it under Policy versions, then Start testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reports imported for these days yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::RunbookView</name>
    <message>
        <source>BSI TR-03108 checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include private keys in the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as recorded in the engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultant on the cover:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click “Refresh preview” to see the runbook's pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rendering the runbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the runbook…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Runbook written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Runbook written to %1 (%n page).</numerusform>
            <numerusform>Runbook written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export handover bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle will contain the private keys of this engagement. Anyone who gets the file can impersonate the mail servers. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing the handover bundle…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Handover bundle written to %1 (%n file(s)).</source>
        <translation>
            <numerusform>Handover bundle written to %1 (%n file).</numerusform>
            <numerusform>Handover bundle written to %1 (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::SenderScopeDialog</name>
    <message>
        <source>Major senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Readiness needs a report for the live policy from every major sender on every day. A sender that does not send mail to this customer never reports: mark it, with the reason, and it no longer blocks readiness. Both steps are recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does not send to this customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will no longer block readiness: no report from it is expected. Why does it not send mail to this customer?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the sender again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will block readiness again on days without a report for the live policy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::SenderTable</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful
sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed
sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failure
rate</source>
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
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS reports saved into this folder are imported while STS Desk runs, then moved to its “imported” subfolder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watched &amp;folder for TLS reports:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watched folder for TLS reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The watched folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mta-sts.&lt;domain&gt;:443, as senders reach it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host:port to connect to when verifying a published policy, e.g. a staging server; the certificate is still checked for mta-sts.&lt;domain&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Policy host connect override:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy host override must be host:port, for example 127.0.0.1:8443.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SQLite file, or postgresql://user@host:port/database for a team workspace, with libpq parameters such as ?sslmode=verify-full&amp;sslrootcert=/path/root.crt or ?service=NAME. Empty uses the default file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL password. It is kept in libpq's password file (~/.pgpass or $PGPASSFILE, readable by you only), never in the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::SmtpPasswordField</name>
    <message>
        <source>For&amp;get</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the desktop keychain, never in the workspace or the settings. Leave empty to keep the stored password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the stored SMTP password from the desktop keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no SMTP user, no password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing in the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP password not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notification settings are saved, but the SMTP password is not: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::StoredReportsPanel</name>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to &amp;quarantine…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected report from the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the selected report out of the counts and keep its bytes in the quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the reports: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 reports of the chosen range; choose a shorter range or one sender to see the others.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reports of the chosen range. Take a wrong one out again: removed, or sent back to the quarantine with its bytes. Both are recorded in the event log; importing the report again brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report “%1” from %2 of %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to quarantine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take it out of the counts and keep its bytes in the quarantine?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete it from the workspace? Its counts leave every summary.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::TestMailRunner</name>
    <message>
        <source>No SMTP password is stored for %1: type it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::TimelineCanvas</name>
    <message>
        <source>Rollout timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No timeline to show yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clean: every major sender reported, no failed sessions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing: failed sessions were reported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n failed session(s)</source>
        <translation>
            <numerusform>%1: %n failed session</numerusform>
            <numerusform>%1: %n failed sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>No report from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click to open the day's reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: not every major sender reported for the live policy.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::TimelinePainter</name>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enforce possible</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::TimelineView</name>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole rollout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::UnassignedReportsPanel</name>
    <message>
        <source>&amp;Assign to Engagement…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unassigned Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting organisations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected domain and its reports to an engagement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The engagement gives the domain's reports back; they are unassigned again unless another engagement holds the domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report domains assigned to engagements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unassigned reports cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every stored report belongs to an engagement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These reports were imported for domains no engagement holds. They are stored, but no engagement counts them. Assign a domain to the engagement of the customer who sends mail for it (an additional domain of the customer, or a host name below it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no policy domain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now takes the reports for %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stored report(s) moved to the engagement.</source>
        <translation>
            <numerusform>%n stored report moved to the engagement.</numerusform>
            <numerusform>%n stored reports moved to the engagement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer takes the reports for %2.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stored report(s) left the engagement.</source>
        <translation>
            <numerusform>%n stored report left the engagement.</numerusform>
            <numerusform>%n stored reports left the engagement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sts::ui::VerdictPresentation</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed and validated: senders can rely on this answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed: nobody can verify this answer, so DANE cannot use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone %1 is not signed (no DS at its parent): nobody can verify this answer, so DANE cannot use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed, but validation fails (%1%2). Validating resolvers refuse this answer, and DANE senders defer mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, zone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DANE broken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MX points to an address instead of a host name: DANE cannot apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed TLSA records are published: DANE senders verify the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host’s zone is signed, but no usable TLSA record is published yet: DANE can be added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host’s DNS is not signed with DNSSEC, which DANE requires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The zone %1 is not signed with DNSSEC, which DANE requires.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A DNSSEC validation failure for this host: DANE senders defer mail to it until it is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lookups for this host did not complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not be checked through the DNS resolver %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>of the scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a lookup problem, not a verdict on the zone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see the scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whether DANE protects it is not known.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::WeeklyRecipientsDialog</name>
    <message>
        <source>Weekly Summary Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>security@customer.example
it-lead@customer.example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each week, the summary of this engagement (trend, top failures, what to do) is mailed to these addresses, one per line. Without an address no summary is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved, not a mail address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: no weekly summary is sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Saved: the weekly summary goes to %n address(es).</source>
        <translation>
            <numerusform>Saved: the weekly summary goes to %n address.</numerusform>
            <numerusform>Saved: the weekly summary goes to %n addresses.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Unassigned Reports…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::WizardStepList</name>
    <message>
        <source>Wizard steps</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sts::ui::reportcharts</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per day by result type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>successful sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions per sender organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>successful</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sessions per receiving MX host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not reported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sessions</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>