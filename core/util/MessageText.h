#pragma once

#include "util/TextLanguage.h"

#include <QString>
#include <QStringList>
#include <span>

namespace sts {

// `source` under `context` in `language` (see TextLanguage). Pass literals marked with
// QT_TRANSLATE_NOOP(context, ...) so that lupdate files them.
QString messageText(const char *context, const char *source, TextLanguage language);

// `pattern` with %1 … %99 replaced by `args` in one pass: an argument that contains "%2" itself
// (TXT data can) stays as it is, which QString::arg() applied one by one would not guarantee.
// A marker without an argument ("%21" in a sentence about URI encoding) stays as it is.
QString fillArguments(const QString &pattern, const QStringList &args);

// One sentence of a table of coded messages: a stable code and its English source, which the
// table marks with QT_TRANSLATE_NOOP(context, ...) for lupdate.
struct CodedPhrase
{
    const char *code;
    const char *source;
};

// The phrase of `code` in `phrases`, or nullptr.
const CodedPhrase *phraseFor(std::span<const CodedPhrase> phrases, const QString &code);

} // namespace sts
