#include "offlinetext.h"

#include "coursedownloader.h"

#include <QCoreApplication>

namespace OfflineText {
QString bytes(qint64 bytes, const QString &languageCode) {
    const bool french = languageCode == QLatin1String("fr");
    const QChar point = languageCode == QLatin1String("en") ? u'.' : u',';
    struct Unit {
        qint64 size;
        const char *en;
        const char *fr;
    };
    static const Unit units[] = {
        {1000LL * 1000 * 1000, "GB", "Go"}, {1000LL * 1000, "MB", "Mo"}, {1000, "KB", "Ko"}};
    for (const Unit &unit : units) {
        if (bytes < unit.size)
            continue;
        const double value = double(bytes) / double(unit.size);
        QString number = QString::number(value, 'f', value < 10 ? 1 : 0);
        number.replace(u'.', point);
        return number + u'\u00a0' + QLatin1String(french ? unit.fr : unit.en);
    }
    return QString::number(qMax<qint64>(0, bytes)) + u'\u00a0' +
           (french ? QStringLiteral("o") : QStringLiteral("B"));
}

QString problem(const QString &code) {
    if (code == CourseDownloader::kWaitingForWifi)
        return QCoreApplication::translate("OfflineText", "Waiting for Wi-Fi.");
    if (code == CourseDownloader::kBudget)
        return QCoreApplication::translate("OfflineText", "Paused: this month's data budget is reached.");
    if (code == CourseDownloader::kDiskFull)
        return QCoreApplication::translate("OfflineText", "Paused: the device is out of space.");
    if (code == CourseDownloader::kDamaged)
        return QCoreApplication::translate("OfflineText", "Stopped: the server sent damaged files.");
    if (code == CourseDownloader::kGone)
        return QCoreApplication::translate("OfflineText", "Stopped: the server no longer has this course.");
    if (code == CourseDownloader::kInstall)
        return QCoreApplication::translate("OfflineText",
                                           "Stopped: the downloaded course could not be read.");
    if (code == CourseDownloader::kServer)
        return QCoreApplication::translate("OfflineText", "Stopped: the server could not send the files.");
    return {};
}

QString refusal(const ContentPack::CourseResult &course) {
    using Kind = ContentPack::Refusal::Kind;
    const ContentPack::Refusal &refusal = course.refusal;
    const QString name = course.title.isEmpty() ? course.courseId : course.title;
    QString part;
    if (refusal.path == QLatin1String("course.json"))
        part = QCoreApplication::translate("OfflineText", "The description of \u201c%1\u201d").arg(name);
    else if (refusal.lessonNumber > 0)
        part = QCoreApplication::translate("OfflineText", "Lesson %1 of \u201c%2\u201d")
                   .arg(refusal.lessonNumber)
                   .arg(name);
    else if (refusal.path.startsWith(QLatin1String("images/")))
        part = QCoreApplication::translate("OfflineText", "A picture of \u201c%1\u201d").arg(name);
    switch (refusal.kind) {
    case Kind::None:
        return {};
    case Kind::Unsigned:
        return QCoreApplication::translate("OfflineText",
                                           "\u201c%1\u201d was changed after it was signed, or was not "
                                           "signed by Tek Pou Nou: it was left out.")
            .arg(name);
    case Kind::Malformed:
        return QCoreApplication::translate(
                   "OfflineText", "\u201c%1\u201d is not in a form this app can read: it was left out.")
            .arg(name);
    case Kind::Missing:
        return QCoreApplication::translate("OfflineText",
                                           "%1 is missing from the pack: the course was left out.")
            .arg(part);
    case Kind::Mismatch:
        return QCoreApplication::translate("OfflineText",
                                           "%1 does not match what was signed: the course was left out.")
            .arg(part);
    case Kind::NoRoom:
        return QCoreApplication::translate("OfflineText",
                                           "There is no room on this device for \u201c%1\u201d.")
            .arg(name);
    }
    return {};
}

} // namespace OfflineText
