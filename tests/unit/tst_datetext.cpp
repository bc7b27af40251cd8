// Dates as a learner reads them in each language: Kreyòl from the project's own tables (Qt 6.4 has no
// Kreyòl locale), French and English from QLocale, never the digits-only dd/MM/yyyy.

#include "datetext.h"

#include <QTest>

class TestDateText : public QObject {
    Q_OBJECT

private slots:
    void kreyolNamesEveryMonthAndWeekday_data();
    void kreyolNamesEveryMonthAndWeekday();
    void frenchAndEnglishFollowTheirLocales_data();
    void frenchAndEnglishFollowTheirLocales();
    void invalidDateIsEmpty();
};

void TestDateText::kreyolNamesEveryMonthAndWeekday_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("longText");
    QTest::addColumn<QString>("shortText");
    QTest::newRow("jan") << QDate(2026, 1, 4) << u"dimanch 4 janvye 2026"_qs << u"4 jan. 2026"_qs;
    QTest::newRow("feb") << QDate(2026, 2, 9) << u"lendi 9 fevriye 2026"_qs << u"9 fev. 2026"_qs;
    QTest::newRow("mar") << QDate(2026, 3, 10) << u"madi 10 mas 2026"_qs << u"10 mas 2026"_qs;
    QTest::newRow("apr") << QDate(2026, 4, 15) << u"mèkredi 15 avril 2026"_qs << u"15 avr. 2026"_qs;
    QTest::newRow("may") << QDate(2026, 5, 7) << u"jedi 7 me 2026"_qs << u"7 me 2026"_qs;
    QTest::newRow("jun") << QDate(2026, 6, 12) << u"vandredi 12 jen 2026"_qs << u"12 jen 2026"_qs;
    QTest::newRow("jul") << QDate(2026, 7, 18) << u"samdi 18 jiyè 2026"_qs << u"18 jiy. 2026"_qs;
    QTest::newRow("aug") << QDate(2026, 8, 1) << u"samdi 1 out 2026"_qs << u"1 out 2026"_qs;
    QTest::newRow("sep") << QDate(2026, 9, 30) << u"mèkredi 30 septanm 2026"_qs << u"30 sept. 2026"_qs;
    QTest::newRow("oct") << QDate(2026, 10, 26) << u"lendi 26 oktòb 2026"_qs << u"26 okt. 2026"_qs;
    QTest::newRow("nov") << QDate(2026, 11, 3) << u"madi 3 novanm 2026"_qs << u"3 nov. 2026"_qs;
    QTest::newRow("dec") << QDate(2026, 12, 2) << u"mèkredi 2 desanm 2026"_qs << u"2 des. 2026"_qs;
}

void TestDateText::kreyolNamesEveryMonthAndWeekday() {
    QFETCH(QDate, date);
    QFETCH(QString, longText);
    QFETCH(QString, shortText);
    QCOMPARE(longDateText(date, u"ht"_qs), longText);
    QCOMPARE(shortDateText(date, u"ht"_qs), shortText);
}

void TestDateText::frenchAndEnglishFollowTheirLocales_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("longText");
    QTest::addColumn<QString>("shortText");
    QTest::newRow("fr") << u"fr"_qs << u"mercredi 2 décembre 2026"_qs << u"2 déc. 2026"_qs;
    QTest::newRow("en") << u"en"_qs << u"Wednesday, December 2, 2026"_qs << u"Dec 2, 2026"_qs;
}

void TestDateText::frenchAndEnglishFollowTheirLocales() {
    QFETCH(QString, language);
    QFETCH(QString, longText);
    QFETCH(QString, shortText);
    const QDate date(2026, 12, 2);
    QCOMPARE(longDateText(date, language), longText);
    QCOMPARE(shortDateText(date, language), shortText);
}

void TestDateText::invalidDateIsEmpty() {
    QVERIFY(longDateText(QDate(), u"ht"_qs).isEmpty());
    QVERIFY(shortDateText(QDate(), u"fr"_qs).isEmpty());
}

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
