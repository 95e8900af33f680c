#pragma once

#include <QString>

namespace sts::test {

// Stops what a lab started whatever ends its test program: a normal exit, a failed QVERIFY, an
// abort, a crash or CTest's SIGKILL at its timeout. Destructors run only in the first two cases,
// and a server left behind holds its port and folder until the machine restarts (two Dovecot
// masters survived two aborted runs of test_tlsrpt_imap).
//
// Every lab server runs from a lab folder (LabDir): its configuration path is on its command line
// or the folder is its working directory. So a LabDir registers here, and once the program has
// ended, every process whose command line or working directory names the folder is terminated
// (SIGTERM, SIGKILL after five seconds) and the folder removed (kept, with STSDESK_KEEP_LABS, for
// inspection). A LabDir destroyed normally withdraws its registration.
//
// The first registration starts one watcher per test program, outside the program's process tree
// and session (CTest kills the tree at a timeout, a terminal its process group).
class LabReaper
{
public:
    // Registers the folder; returns a token for withdraw(), empty when no watcher could start.
    static QString cleanUpAtExit(const QString &labFolder, bool keepFolder);
    static void withdraw(const QString &token);
};

} // namespace sts::test
