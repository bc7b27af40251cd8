#include "contentimport.h"

#include "catalogwriter.h"
#include "contentreader.h"
#include "serverlog.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace tpn::server {

void importContent(const Database &database, const ContentSources &sources) {
    if (sources.demoDir.isEmpty() && sources.contentDir.isEmpty())
        return;
    ContentReader reader;
    // Categories first, from both sources, so courses of either may refer to categories of either.
    if (!sources.demoDir.isEmpty())
        reader.readCategories(QDir(sources.demoDir).filePath(QStringLiteral("categories.json")));
    if (!sources.contentDir.isEmpty()) {
        if (!QFileInfo(sources.contentDir).isDir())
            throw ContentError(QStringLiteral("%1: no such directory").arg(sources.contentDir));
        const QString categories = QDir(sources.contentDir).filePath(QStringLiteral("categories.json"));
        if (QFileInfo::exists(categories))
            reader.readCategories(categories);
    }
    const QString images = QStringLiteral("images");
    if (!sources.demoDir.isEmpty()) {
        const QDir demo(sources.demoDir);
        reader.readCourseDirectory(demo.filePath(QStringLiteral("courses")), demo.filePath(images));
    }
    if (!sources.contentDir.isEmpty())
        reader.readCourseDirectory(sources.contentDir, QDir(sources.contentDir).filePath(images));

    const CatalogWriter::Summary summary =
        CatalogWriter(database).replaceContent(reader.content(), QDateTime::currentDateTimeUtc());
    qCInfo(lcServer).nospace() << "catalog: " << summary.categories << " categories, " << summary.courses
                               << " courses (" << summary.changedCourses << " new or changed)";
}

} // namespace tpn::server
