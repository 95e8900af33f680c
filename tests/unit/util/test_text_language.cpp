// TextLanguage phrases a message in the program's language, in English, or from a catalogue of its
// own that is asked directly and never installed (the runbook's language).
#include "util/MessageText.h"
#include "util/TextLanguage.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace sts;

class TestTextLanguage : public QObject
{
    Q_OBJECT

    static constexpr const char *kContext = "sts::RolloutRules";
    static constexpr const char *kCounted =
        "In testing for %n day(s) without becoming ready (the limit is 30).";

private Q_SLOTS:
    void catalogueOfItsOwn()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/stsdesk_de.qm"_s));
        const TextLanguage language = TextLanguage::of(german);
        QCOMPARE(language.translate(kContext, kCounted, nullptr, 1),
                 u"Seit 1 Tag im Testing, ohne Enforce-Reife zu erreichen (Grenze: 30 Tage)."_s);
        QCOMPARE(language.translate(kContext, kCounted, nullptr, 31),
                 u"Seit 31 Tagen im Testing, ohne Enforce-Reife zu erreichen (Grenze: 30 Tage)."_s);
        // Not in the catalogue: the English source, never the program's language.
        QCOMPARE(language.translate("sts::nowhere", "%n thing(s) of %1", nullptr, 2),
                 u"2 thing(s) of %1"_s);
        // The program did not learn German from it.
        QCOMPARE(QCoreApplication::translate(kContext, kCounted, nullptr, 1),
                 u"In testing for 1 day(s) without becoming ready (the limit is 30)."_s);
        QVERIFY(language == TextLanguage::of(german));
        QVERIFY(!(language == TextLanguage::Translated));
    }

    void programLanguageAndEnglish()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/stsdesk_de.qm"_s));
        QCoreApplication::installTranslator(&german);
        const QString translated =
            TextLanguage::Translated.translate(kContext, kCounted, nullptr, 2);
        const QString english = TextLanguage::English.translate(kContext, kCounted, nullptr, 2);
        const QString viaMessageText = messageText(
            "sts::RolloutService", "Readiness is judged while the engagement is in Testing.",
            TextLanguage::English);
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(translated.startsWith(u"Seit 2 Tagen"_s), qPrintable(translated));
        QCOMPARE(english, u"In testing for 2 day(s) without becoming ready (the limit is 30)."_s);
        QCOMPARE(viaMessageText, u"Readiness is judged while the engagement is in Testing."_s);
        // %Ln is the count in the default locale's digits, as QCoreApplication::translate writes
        // it.
        QCOMPARE(TextLanguage::English.translate("sts::nowhere", "%Ln of %n", nullptr, 1234),
                 QLocale().toString(1234) + u" of 1234"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextLanguage)
#include "test_text_language.moc"
