// The German catalogue must cover every user-visible string in the sources: lupdate is run on the
// current sources into a copy of stsdesk_de.ts, and nothing may come out unfinished.
#include "TestEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Catalogue
    {
        int messages = 0;
        QStringList unfinished;
        QStringList emptyNumerus;
    };

    static Catalogue read(const QString &path)
    {
        Catalogue catalogue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return catalogue;
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                ++catalogue.messages;
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const QString type = xml.attributes().value(u"type"_s).toString();
                if (type == u"vanished"_s || type == u"obsolete"_s)
                    continue;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished"_s || text.trimmed().isEmpty())
                    catalogue.unfinished << context + u": "_s + source;
            } else if (xml.name() == u"numerusform"_s) {
                if (xml.readElementText().isEmpty())
                    catalogue.emptyNumerus << context + u": "_s + source;
            }
        }
        return catalogue;
    }

private Q_SLOTS:
    void germanIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"stsdesk_de.ts"_s);
        QVERIFY(QFile::copy(sts::test::sourceDir() + u"/translations/stsdesk_de.ts"_s, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const sts::test::ToolRun lupdate =
            sts::test::runTool(QStringLiteral(STSDESK_LUPDATE),
                               {u"-project"_s, QStringLiteral(STSDESK_LUPDATE_PROJECT),
                                u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-ts"_s, copy},
                               240000);
        QVERIFY2(lupdate.exitCode == 0, qPrintable(lupdate.describe()));

        const Catalogue catalogue = read(copy);
        QVERIFY2(catalogue.messages > 100,
                 "suspiciously few strings: did lupdate see the sources?");
        QVERIFY2(catalogue.unfinished.isEmpty(),
                 qPrintable(u"%1 string(s) lack a German translation "
                            "(cmake --build build --target stsdesk_translations_lupdate):\n"_s.arg(
                                catalogue.unfinished.size()) +
                            catalogue.unfinished.mid(0, 40).join(u'\n')));
        QVERIFY2(catalogue.emptyNumerus.isEmpty(), qPrintable(catalogue.emptyNumerus.join(u'\n')));
    }

    void englishPluralsAreSpelledOut()
    {
        // English needs its own entries only for "%n item(s)" plurals.
        const Catalogue english = read(sts::test::sourceDir() + u"/translations/stsdesk_en.ts"_s);
        QVERIFY(english.messages > 0);
        QVERIFY2(english.emptyNumerus.isEmpty(), qPrintable(english.emptyNumerus.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
