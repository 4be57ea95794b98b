#include "platform/appsettings.h"
#include "platform/translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The Simplified Chinese catalogue must be complete: every string in the sources present and
// translated. lupdate is run over the sources into a copy of the committed catalogue, so a new
// string that nobody translated fails here, not in front of a user.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void chineseCatalogueIsComplete();
    void englishPluralsAreFilled();
    void noParenthesizedPlurals();
    void compiledCatalogueTranslates();
    void languageWithoutCatalogueGetsEnglishPlurals();
    void languageSettingWins();

private:
    struct Problems
    {
        int messages = 0;
        QStringList unfinished;
        QStringList parenthesized;   // sources such as "%n day(s)"
    };
    static Problems refreshAndCheck(const QString &tsName, bool onlyPlurals);
};

TestTranslations::Problems TestTranslations::refreshAndCheck(const QString &tsName, bool onlyPlurals)
{
    Problems problems;
    QTemporaryDir scratch;
    const QString committed = QStringLiteral(INSPECTOR_SOURCE_DIR "/resources/translations/") + tsName;
    const QString copy = scratch.filePath(tsName);
    if (!QFile::copy(committed, copy)) {
        problems.unfinished << u"cannot copy "_qs + committed;
        return problems;
    }
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(INSPECTOR_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  {u"-silent"_qs, u"-no-obsolete"_qs, u"-locations"_qs, u"none"_qs, u"app"_qs, u"ui"_qs,
                   u"-ts"_qs, copy});
    if (!lupdate.waitForFinished(120'000) || lupdate.exitCode() != 0) {
        problems.unfinished << u"lupdate failed: "_qs + QString::fromLocal8Bit(lupdate.readAllStandardError());
        return problems;
    }

    QFile file(copy);
    file.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            ++problems.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
            static const QRegularExpression plural(QStringLiteral("\\w\\((s|es)\\)"));
            if (source.contains(plural))
                problems.parenthesized << context + u": "_qs + source;
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            const bool unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            QString text;
            bool emptyForm = false;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    const QString form = xml.readElementText();
                    emptyForm = emptyForm || form.trimmed().isEmpty();
                }
            } else {
                text = xml.readElementText();
            }
            const bool missing = unfinished || (numerus ? emptyForm : text.trimmed().isEmpty());
            if (missing && (!onlyPlurals || numerus))
                problems.unfinished << context + u": "_qs + source;
        }
    }
    if (xml.hasError())
        problems.unfinished << u"XML error: "_qs + xml.errorString();
    return problems;
}

void TestTranslations::chineseCatalogueIsComplete()
{
    const Problems problems = refreshAndCheck(u"codearts-inspector_zh_CN.ts"_qs, false);
    QVERIFY(problems.messages > 100);
    QVERIFY2(problems.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished or missing zh_CN entries, e.g.:\n  %2")
                            .arg(problems.unfinished.size())
                            .arg(problems.unfinished.mid(0, 15).join(u"\n  "_qs))));
}

void TestTranslations::englishPluralsAreFilled()
{
    // English needs translations only for "%n item(s)" messages: one and many.
    const Problems problems = refreshAndCheck(u"codearts-inspector_en.ts"_qs, true);
    QVERIFY2(problems.unfinished.isEmpty(), qPrintable(problems.unfinished.join(u"\n"_qs)));
}

// "1 day", "2 days": plurals come from the catalogue's forms, never a "day(s)" in the source,
// which shows as such wherever no catalogue applies.
void TestTranslations::noParenthesizedPlurals()
{
    const Problems problems = refreshAndCheck(u"codearts-inspector_en.ts"_qs, true);
    QVERIFY(problems.messages > 100);
    QVERIFY2(problems.parenthesized.isEmpty(), qPrintable(problems.parenthesized.join(u"\n"_qs)));
}

void TestTranslations::compiledCatalogueTranslates()
{
    QTranslator translator;
    QVERIFY(translator.load(QLocale(u"zh_CN"_qs), u"codearts-inspector"_qs, u"_"_qs, u":/i18n"_qs));
    const QString text = translator.translate("JobAnswer", "The token is invalid or has expired.");
    QVERIFY(!text.isEmpty());
    QVERIFY(text != u"The token is invalid or has expired."_qs);

    QTranslator english;
    QVERIFY(english.load(QLocale(u"en"_qs), u"codearts-inspector"_qs, u"_"_qs, u":/i18n"_qs));
    QCOMPARE(english.translate("JobFormView", "Show all %n fields…", nullptr, 1), u"Show the %n field…"_qs);
}

void TestTranslations::languageWithoutCatalogueGetsEnglishPlurals()
{
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    AppSettings::open()->setValue(QLatin1String(AppSettings::kLanguage), u"de_DE"_qs);
    Translations::install();
    QCOMPARE(QLocale().name(), u"de_DE"_qs);
    QCOMPARE(QCoreApplication::translate("JobFormView", "Show all %n fields…", nullptr, 1), u"Show the 1 field…"_qs);
    AppSettings::open()->remove(QLatin1String(AppSettings::kLanguage));
}

void TestTranslations::languageSettingWins()
{
    QCoreApplication::setOrganizationName(u"CodeArtsInspectorTest"_qs);
    AppSettings::open()->setValue(QLatin1String(AppSettings::kLanguage), u"zh_CN"_qs);
    QCOMPARE(Translations::chosenLocale().name(), u"zh_CN"_qs);
    Translations::install();
    QCOMPARE(QLocale().name(), u"zh_CN"_qs);
    QVERIFY(QCoreApplication::translate("JobAnswer", "The token is invalid or has expired.")
            != u"The token is invalid or has expired."_qs);
    AppSettings::open()->remove(QLatin1String(AppSettings::kLanguage));
    QCOMPARE(Translations::chosenLocale(), QLocale::system());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
