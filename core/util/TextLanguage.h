#pragma once

#include <QString>

class QTranslator;

namespace sts {

// Which language a message is phrased in: the one of the application's installed translators
// (screen, CLI text), its English source (JSON, for scripts that read the text of older
// versions), or a catalogue of its own: a document such as the runbook is written in the language
// chosen for it whatever the program speaks, and asking its catalogue directly, never installing
// it, leaves the language of everything else alone.
class TextLanguage
{
public:
    static const TextLanguage Translated;
    static const TextLanguage English;
    // Messages from `catalogue`, the English source where it has none. Not owned: the catalogue
    // must outlive every copy of the value.
    static TextLanguage of(const QTranslator &catalogue);

    // `source` in this language, with %n and %Ln replaced by `n` as QCoreApplication::translate()
    // does. Called translate() so that lupdate files a call with literal arguments.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    friend bool operator==(const TextLanguage &, const TextLanguage &) = default;

private:
    enum class Kind { Translated, English, Catalogue };
    constexpr explicit TextLanguage(Kind kind, const QTranslator *catalogue = nullptr)
        : m_kind(kind), m_catalogue(catalogue)
    {}

    Kind m_kind;
    const QTranslator *m_catalogue;
};

} // namespace sts
