// What a learner reads for each failure the server names (docs/api.md, "Errors"): the real problem and
// what to do, not a generic "could not answer" for everything.

#include "errortext.h"

#include <QSet>
#include <QTest>

class TestErrorText : public QObject {
    Q_OBJECT

private slots:
    void serverCodesHaveTheirOwnWords_data();
    void serverCodesHaveTheirOwnWords();
    void connectivityIsLeftToTheBanner();
};

namespace {

ApiError rejected(const QString &code, int status = 400) {
    return {ApiError::Kind::Rejected, status, code, {}, 0};
}

} // namespace

void TestErrorText::serverCodesHaveTheirOwnWords_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("query_too_long") << "query_too_long" << "200";
    QTest::newRow("invalid_encoding") << "invalid_encoding" << "characters";
    QTest::newRow("rate_limited") << "rate_limited" << "Wait";
    QTest::newRow("payload_too_large") << "payload_too_large" << "more than";
    QTest::newRow("request_timeout") << "request_timeout" << "slow";
    QTest::newRow("invalid_parameter") << "invalid_parameter" << "Update the app";
}

void TestErrorText::serverCodesHaveTheirOwnWords() {
    QFETCH(QString, code);
    QFETCH(QString, says);
    const QString generic = errorText(rejected(QStringLiteral("something_new")));
    const QString text = errorText(rejected(code));
    QVERIFY(text != generic);
    QVERIFY2(text.contains(says), qPrintable(text));
    QVERIFY(errorText({ApiError::Kind::Server, 503, QStringLiteral("busy"), {}, 5}).contains(u"busy"));
}

void TestErrorText::connectivityIsLeftToTheBanner() {
    QVERIFY(errorText({ApiError::Kind::Offline, 0, {}, {}, 0}).isEmpty());
    QVERIFY(errorText({ApiError::Kind::Timeout, 0, {}, {}, 0}).isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
