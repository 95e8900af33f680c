#pragma once

#include <QString>

namespace sts {

// "Qt 6.4.2, OpenSSL 3.0.17, ldns 1.8.3, libarchive 3.6.2, GMime 3.2.13": the libraries this build
// runs with (runtime versions where the library reports them), for --version and the About dialog.
QString versionReport();

} // namespace sts
