#include "languagecontroller.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcI18n, "tpn.i18n")

LanguageController::LanguageController(QObject *parent)
    : QObject(parent) {}

LanguageController::~LanguageController() {
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
}

QString LanguageController::systemDefault() {
    switch (QLocale::system().language()) {
    case QLocale::French:
        return QStringLiteral("fr");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("ht");
    }
}

QString LanguageController::contentLanguageTag(const QString &code) {
    if (code == QLatin1String("ht"))
        return QStringLiteral("ht-HT");
    if (code == QLatin1String("fr"))
        return QStringLiteral("fr-HT");
    return QStringLiteral("en");
}

void LanguageController::setCode(const QString &code) {
    if (code == m_code || !isSupported(code))
        return;
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    // The .qm files are compiled into the app under :/i18n by qt_add_translations.
    m_installed = m_translator.load(QStringLiteral(":/i18n/tekpounou_%1.qm").arg(code));
    if (m_installed)
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcI18n) << "no translation file for" << code;
    m_code = code;
    emit codeChanged();
}

QString LanguageController::nativeName(const QString &code) const {
    // Each language is named in itself, so learners recognise their own whatever the UI shows now.
    if (code == QLatin1String("ht"))
        return QStringLiteral("Kreyòl ayisyen");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}
