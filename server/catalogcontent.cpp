#include "catalogcontent.h"

#include "languages.h"

#include <QRegularExpression>

namespace tpn::server {

QStringList Course::completeLanguages() const {
    QStringList complete;
    for (const QString &language : supportedLanguages()) {
        bool hasAll =
            title.contains(language) && summary.contains(language) && description.contains(language);
        for (const Lesson &lesson : lessons) {
            hasAll = hasAll && lesson.title.contains(language) && lesson.summary.contains(language) &&
                     lesson.body.contains(language);
        }
        if (hasAll)
            complete.append(language);
    }
    return complete;
}

QStringList Course::images() const {
    QStringList all;
    if (!image.isEmpty())
        all.append(image);
    for (const Lesson &lesson : lessons)
        all += lesson.images;
    all.removeDuplicates();
    return all;
}

bool isValidId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace tpn::server
