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
    mtasts::PolicyVersion
        current; // the live version, else the newest draft, else a new testing one
    mtasts::PolicyVersion enforce; // a stored newer enforce version, else generated from `current`
    mtasts::PolicyVersion remove;  // likewise for mode none
    records::RecordSetInput records;
    RenewalSettings renewal;
    Hosting hosting = Hosting::Nginx;
    QStringList notes; // translated remarks for README.txt (hosts skipped, nothing discovered ...)
    TextLanguage language = TextLanguage::Translated; // of the artifacts' descriptions
};

// The files for `input` (pure).
QList<Artifact> composeArtifacts(const DeployInput &input);

} // namespace sts::deploy
