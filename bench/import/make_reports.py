#!/usr/bin/env python3
"""Writes N synthetic TLS-RPT aggregate reports, one JSON document per line, for the import benchmark.

The mix resembles a consultant's mailbox: 50 senders (four large ones), 100 customer domains, one
policy per report, one report in ten with one to three failure details. Seeded, so every run of
the benchmark imports the same reports.
Usage: make_reports.py N OUT.jsonl
"""
import json
import random
import sys

FAILURES = ["starttls-not-supported", "certificate-host-mismatch", "certificate-expired",
            "certificate-not-trusted", "validation-failure", "sts-policy-fetch-error"]
SENDERS = [("Google LLC", "smtp-tls-reporting@google.com"),
           ("Microsoft Corporation", "tlsrpt-noreply@microsoft.com"),
           ("Yahoo", "tlsrpt@yahoo.com"), ("Mail.Ru", "tlsrpt@mail.ru")] + \
          [(f"Sender {n}", f"tlsrpt@s{n}.example") for n in range(46)]


def report(rng, serial):
    org, contact = rng.choice(SENDERS)
    domain = f"cust{rng.randrange(100)}.example"
    day = rng.randrange(365)
    policy = {
        "policy": {"policy-type": "sts",
                   "policy-string": ["version: STSv1", "mode: testing", f"mx: *.{domain}",
                                     "max_age: 86400"],
                   "policy-domain": domain, "mx-host": [f"*.{domain}"]},
        "summary": {"total-successful-session-count": rng.randrange(5000),
                    "total-failure-session-count": 0},
    }
    if rng.random() < 0.1:
        details = [{"result-type": rng.choice(FAILURES),
                    "sending-mta-ip": f"203.0.113.{rng.randrange(255)}",
                    "receiving-mx-hostname": f"mx{k}.{domain}", "receiving-ip": "198.51.100.7",
                    "failed-session-count": rng.randrange(1, 50)}
                   for k in range(rng.randrange(1, 4))]
        policy["failure-details"] = details
        policy["summary"]["total-failure-session-count"] = sum(
            d["failed-session-count"] for d in details)
    return {"organization-name": org,
            "date-range": {"start-datetime": "2026-01-01T00:00:00Z",
                           "end-datetime": "2026-01-01T23:59:59Z"},
            "contact-info": contact, "report-id": f"{serial}-{day}_{domain}",
            "policies": [policy]}


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(7)
    with open(out, "w") as f:
        for serial in range(count):
            f.write(json.dumps(report(rng, serial)) + "\n")


if __name__ == "__main__":
    main()
