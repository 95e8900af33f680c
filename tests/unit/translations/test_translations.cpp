// The German catalogue must cover every user-visible string in the sources (lupdate is run on the
// current sources into a copy of stsdesk_de.ts, and nothing may come out unfinished), and the code
// must ask for each string under the context the catalogue files it under.
#include "TestEnv.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
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
        // "%n" messages lupdate did not file as plurals: the catalogue's one translation is
        // never found for a count (Qt asks for a plural form), so the English source shows.
        QStringList countWithoutPlural;
        struct Message
        {
            QString context, source, comment;
        };
        QList<Message> counted; // every message with "%n"
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
        QString comment;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                ++catalogue.messages;
                numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
                comment.clear();
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
                if (source.contains(u"%n"_s)) {
                    catalogue.counted.append({context, source, {}});
                    if (!numerus)
                        catalogue.countWithoutPlural << context + u": "_s + source;
                }
            } else if (xml.name() == u"comment"_s) {
                comment = xml.readElementText();
                if (!catalogue.counted.isEmpty() && catalogue.counted.last().source == source)
                    catalogue.counted.last().comment = comment;
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

    // The contexts lupdate files the strings of one source file under.
    static QStringList contextsOf(const QString &source, const QString &workDir)
    {
        const QString ts = workDir + u"/one.ts"_s;
        QFile::remove(ts);
        const QString root = sts::test::sourceDir();
        const sts::test::ToolRun run = sts::test::runTool(
            QStringLiteral(STSDESK_LUPDATE),
            {u"-I"_s, root + u"/core"_s, u"-I"_s, root + u"/render"_s, u"-I"_s, root + u"/ui"_s,
             source, u"-ts"_s, ts, u"-locations"_s, u"none"_s, u"-silent"_s},
            60000);
        QStringList contexts;
        QFile file(ts);
        if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return {u"<lupdate failed on "_s + source + u">"_s};
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"name"_s)
                contexts << xml.readElementText();
        }
        return contexts;
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
        // A call that passes its count as the second argument (a wrapper "tr(text, n)") is no
        // plural to lupdate: pass it third, as QObject::tr(text, nullptr, n) does.
        QVERIFY2(catalogue.countWithoutPlural.isEmpty(),
                 qPrintable(u"counted messages lupdate does not see as plurals:\n"_s +
                            catalogue.countWithoutPlural.join(u'\n')));
    }

    // What the user sees: every counted German message is found for one and for many.
    void countedMessagesAreTranslated()
    {
        for (const QString &language : {u"de"_s, u"en"_s}) {
            const Catalogue catalogue =
                read(sts::test::sourceDir() + u"/translations/stsdesk_%1.ts"_s.arg(language));
            QVERIFY2(catalogue.countWithoutPlural.isEmpty(),
                     qPrintable(language + u": "_s + catalogue.countWithoutPlural.join(u'\n')));
        }
        const Catalogue german = read(sts::test::sourceDir() + u"/translations/stsdesk_de.ts"_s);
        QVERIFY(german.counted.size() > 20);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/stsdesk_de.qm"_s));
        QStringList english;
        for (const Catalogue::Message &m : german.counted) {
            for (const int n : {1, 31}) {
                const QString text = translator.translate(
                    m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                    m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(), n);
                if (text.isEmpty())
                    english << u"%1 (n=%2): %3"_s.arg(m.context).arg(n).arg(m.source);
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(u"shown in English:\n"_s + english.join(u'\n')));
    }

    void englishPluralsAreSpelledOut()
    {
        // English needs its own entries only for "%n item(s)" plurals.
        const Catalogue english = read(sts::test::sourceDir() + u"/translations/stsdesk_en.ts"_s);
        QVERIFY(english.messages > 0);
        QVERIFY2(english.emptyNumerus.isEmpty(), qPrintable(english.emptyNumerus.join(u'\n')));
    }

    // Strings lupdate cannot see, or a tr() context that differs from the catalogue's, stay
    // English at run time without any catalogue check noticing: every command's help is run in
    // German and must not repeat an English description.
    void cliHelpIsGerman()
    {
        const QStringList commands{u"artifacts"_s, u"bundle"_s,     u"cert"_s,      u"csr"_s,
                                   u"discover"_s,  u"engagement"_s, u"imap-sync"_s, u"import"_s,
                                   u"policy"_s,    u"probe"_s,      u"records"_s,   u"rollout"_s,
                                   u"runbook"_s,   u"status"_s,     u"monitor"_s,   u"findings"_s,
                                   u"portfolio"_s, u"notify"_s,     u"schedule"_s,  u"mailbox"_s,
                                   u"hosting"_s,   u"workspace"_s};
        static const QRegularExpression optionLine(u"^  -.*?\\s{2,}(\\S.*)$"_s);
        QStringList english;
        for (const QString &command : commands) {
            const auto help = [&](const QString &locale) {
                const sts::test::ToolRun run = sts::test::runTool(
                    sts::test::cliPath(), {command, u"--help"_s}, 30000, {}, {},
                    {u"LC_ALL="_s + locale, u"LANG="_s + locale, u"LANGUAGE="_s});
                return QString::fromUtf8(run.out);
            };
            const QStringList en = help(u"C.UTF-8"_s).split(u'\n');
            const QString deText = help(u"de_DE.UTF-8"_s);
            const QString de = deText.simplified();
            QVERIFY2(en.size() > 3, qPrintable(command));
            // The usage line names the command as typed; Qt's own words are German too.
            QVERIFY2(en.first().startsWith(u"Usage: stsdesk-cli "_s + command + u' '),
                     qPrintable(en.first()));
            QVERIFY2(deText.startsWith(u"Aufruf: stsdesk-cli "_s + command + u' '),
                     qPrintable(deText.section(u'\n', 0, 0)));
            QStringList descriptions{en.at(1)};
            for (const QString &line : en) {
                const QRegularExpressionMatch m = optionLine.match(line);
                if (m.hasMatch())
                    descriptions << m.captured(1);
            }
            for (const QString &text : std::as_const(descriptions)) {
                const QString probe = text.simplified().left(30);
                if (probe.size() >= 12 && de.contains(probe))
                    english << command + u": "_s + probe;
            }
        }
        QVERIFY2(english.isEmpty(),
                 qPrintable(u"English in the German CLI help:\n"_s + english.join(u'\n')));
    }

    // Sources outside QObject classes translate through a wrapper, QCoreApplication::translate(
    // "context", text). lupdate files each string under the scope of its call instead; where the
    // two differ the catalogue has a translation that is never found and the text stays English.
    // Every context lupdate sees in such a file must be one the file (or its header) names.
    void wrapperContextsMatchTheCatalogue()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        static const QRegularExpression wrapper(u"translate\\(\\s*\"([^\"]+)\",\\s*text"_s);
        QStringList mismatches;
        int files = 0;
        for (const QString &area : {u"core"_s, u"render"_s, u"ui"_s, u"app"_s}) {
            QDirIterator it(sts::test::sourceDir() + u"/"_s + area, {u"*.cpp"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                QString text = QString::fromUtf8(file.readAll());
                if (!wrapper.match(text).hasMatch())
                    continue;
                ++files;
                QFile header(path.chopped(4) + u".h"_s);
                if (header.open(QIODevice::ReadOnly))
                    text += QString::fromUtf8(header.readAll());
                const QString compact = text.simplified().remove(u' ');
                for (const QString &context : contextsOf(path, dir.path())) {
                    if (!compact.contains(u"translate(\""_s + context + u"\""_s) &&
                        !compact.contains(u"QT_TRANSLATE_NOOP(\""_s + context + u"\""_s) &&
                        !compact.contains(u"Q_DECLARE_TR_FUNCTIONS("_s + context + u")"_s))
                        mismatches
                            << path.mid(sts::test::sourceDir().size() + 1) + u": "_s + context;
                }
            }
        }
        QVERIFY2(files > 20, "suspiciously few wrapped sources");
        QVERIFY2(mismatches.isEmpty(),
                 qPrintable(u"strings filed under a context the code never asks for:\n"_s +
                            mismatches.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
