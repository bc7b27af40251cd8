#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

// The UI language, switched at run time. Kreyòl is loaded by file name, never through QLocale:
// Qt 6.4's QLocale("ht") is the C locale, so locale-driven lookup would silently fall back.
class LanguageController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(QStringList codes READ codes CONSTANT)

public:
    explicit LanguageController(QObject *parent = nullptr);
    ~LanguageController() override;

    static QStringList codes() { return {QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")}; }
    static bool isSupported(const QString &code) { return codes().contains(code); }
    // The language to start in when the learner has not chosen one: the system's if we have it,
    // else Kreyòl, the language most of our learners read best.
    static QString systemDefault();
    // The tag the mobile API expects for course content in this UI language.
    static QString contentLanguageTag(const QString &code);

    QString code() const { return m_code; }
    void setCode(const QString &code);
    Q_INVOKABLE QString nativeName(const QString &code) const;

signals:
    void codeChanged();

private:
    QString m_code;
    QTranslator m_translator;
    bool m_installed = false;
};
