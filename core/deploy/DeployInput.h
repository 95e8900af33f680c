#pragma once

#include "deploy/Artifacts.h"
#include "deploy/RenewalSettings.h"
#include "mtasts/PolicyGenerator.h"
#include "records/RecordSet.h"

#include <QStringList>

namespace sts::deploy {

// Everything the artifacts of one engagement are made from, read from the workspace once, so
// that composing the files (composeArtifacts) needs no database.
struct DeployInput
{
    QString domain; // A-label
    // The live version, else the newest draft, else a testing one made from the latest discovery
    // (its id from the discovery's time, so every artifact, bundle and runbook made from the same
    // workspace names the same id; the write paths store it as a draft first, PolicyVersions).
    mtasts::PolicyVersion current;
    bool currentStored = true;
    // A stored enforce version newer than `current`, else a preview made from it: its file can be
    // served, but its id is not announced until STS Desk stores and publishes the version.
    mtasts::PolicyVersion enforce;
    bool enforceStored = false;
    mtasts::PolicyVersion remove; // likewise for mode none
    bool removeStored = false;
    records::RecordSetInput records;
    RenewalSettings renewal;
    Hosting hosting = Hosting::Nginx;
    QStringList notes; // translated remarks for README.txt (hosts skipped, nothing discovered ...)
    TextLanguage language = TextLanguage::Translated; // of the artifacts' descriptions
};

// The files for `input` (pure).
QList<Artifact> composeArtifacts(const DeployInput &input);

} // namespace sts::deploy
