#pragma once

#include "services/ServiceContext.h"
#include "tls/CertificateChain.h"
#include "tls/CoverageCheck.h"

#include <QDateTime>
#include <QList>

namespace sts {

// A certificate chain one server presented at the newest pre-flight.
struct ServedChain
{
    QString host;
    QString address;
    QDateTime probedAt;
    tls::CertificateChain chain;
};

// What the certificates of an engagement are judged against: the chains its servers served at the
// newest pre-flight, and the coverage check's input from the newest scan and the live policy.
struct CertificateSources
{
    QString domain;              // A-label
    QList<ServedChain> served;   // newest per host and address; only those that sent a chain
    QList<tls::MxHost> mxHosts;  // of the newest scan, backups included
    QStringList plannedPatterns; // the mx patterns of the live policy version
};

Result<CertificateSources> loadCertificateSources(const ServiceContext &context,
                                                  qint64 engagementId);

} // namespace sts
