#!/usr/bin/env python3
"""Writes three weeks of realistic TLS-RPT reports for the Reports view screenshot.

Usage: make_demo_reports.py OUTDIR [DOMAIN]
Then: stsdesk-cli engagement create --customer … --domain DOMAIN; stsdesk-cli import OUTDIR;
stsdesk --open ID --section reports --screenshot docs/screenshots/reports.png
The story: a backup MX with a certificate for the wrong name (fixed after ten days), a legacy
relay without STARTTLS, a policy host that failed for Microsoft on two days, one expired
certificate weekend.
"""
import datetime
import json
import os
import random
import sys

out = sys.argv[1]
domain = sys.argv[2] if len(sys.argv) > 2 else "example-bank.de"
os.makedirs(out, exist_ok=True)
rng = random.Random(8460)
senders = {  # organisation: sessions per day
    "Google LLC": 4200, "Microsoft Corporation": 3100, "Yahoo Inc.": 600, "Mail.ru": 150,
    "Comcast": 220, "GMX": 900, "WEB.DE": 700, "Telekom": 500, "Cisco Systems": 300,
}
mx1, mx2, legacy = f"mx1.{domain}", f"mx2.{domain}", f"relay-legacy.{domain}"
first = datetime.date(2026, 11, 8)
count = 0
for offset in range(21):
    day = first + datetime.timedelta(days=offset)
    for org, base in senders.items():
        total = int(base * rng.uniform(0.8, 1.2))
        failures = []
        if offset < 10 and org != "Microsoft Corporation":
            failures.append({"result-type": "certificate-host-mismatch", "sending-mta-ip": "209.85.220.41",
                             "receiving-mx-hostname": mx2, "receiving-ip": "192.0.2.25",
                             "failed-session-count": int(total * rng.uniform(0.04, 0.08)),
                             "failure-reason-code": "X509_V_ERR_HOSTNAME_MISMATCH"})
        if org in ("Google LLC", "GMX", "Telekom") and offset % 3 == 0:
            failures.append({"result-type": "starttls-not-supported", "sending-mta-ip": "198.51.100.7",
                             "receiving-mx-hostname": legacy, "receiving-mx-helo": "relay.local",
                             "receiving-ip": "192.0.2.99", "failed-session-count": rng.randint(5, 40),
                             "additional-information": "https://support.example/tls#starttls"})
        if org == "Microsoft Corporation" and offset in (4, 5):
            failures.append({"result-type": "sts-policy-fetch-error",
                             "failed-session-count": rng.randint(150, 300),
                             "failure-reason-code": "HTTP 503 from mta-sts." + domain})
        if offset in (13, 14) and org in ("Google LLC", "Yahoo Inc.", "WEB.DE"):
            failures.append({"result-type": "certificate-expired", "sending-mta-ip": "203.0.113.12",
                             "receiving-mx-hostname": mx1, "receiving-ip": "192.0.2.24",
                             "failed-session-count": int(total * 0.3),
                             "failure-reason-code": "X509_V_ERR_CERT_HAS_EXPIRED"})
        if org == "Mail.ru" and offset in (17,):
            failures.append({"result-type": "validation-failure", "sending-mta-ip": "94.100.180.1",
                             "receiving-mx-hostname": mx1, "failed-session-count": 6,
                             "failure-reason-code": "unable to get local issuer certificate"})
        failed = sum(f["failed-session-count"] for f in failures)
        policy = {"policy-type": "sts",
                  "policy-string": ["version: STSv1", "mode: testing", f"mx: {mx1}", f"mx: {mx2}",
                                    "max_age: 86400"],
                  "policy-domain": domain}
        if org != "Microsoft Corporation":
            policy["mx-host"] = [mx1, mx2]
        count += 1
        report = {
            "organization-name": org,
            "date-range": {"start-datetime": f"{day}T00:00:00Z", "end-datetime": f"{day}T23:59:59Z"},
            "contact-info": "tlsrpt@" + org.split()[0].lower() + ".example",
            "report-id": f"{day}-{count}@{org.split()[0].lower()}",
            "policies": [{"policy": policy,
                          "summary": {"total-successful-session-count": total - failed,
                                      "total-failure-session-count": failed},
                          "failure-details": failures}],
        }
        with open(os.path.join(out, f"report-{count:04d}.json"), "w") as f:
            json.dump(report, f, indent=1)
# One input that is not a report, so the quarantine has an entry.
with open(os.path.join(out, "forwarded-by-mistake.json"), "w") as f:
    f.write("<html><body>Your report is attached</body></html>\n")
print(f"{count} reports written to {out}")
