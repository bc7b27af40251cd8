#include "contentmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

bool fail(QString *problem, const QString &why) {
    if (problem)
        *problem = why;
    return false;
}

bool isValidPath(const QString &path) {
    static const QRegularExpression rule(QStringLiteral(
        "^(course\\.json|lessons/[a-z0-9-]{1,64}\\.json|images/[a-z0-9-]{1,64}\\.(svg|png))$"));
    return rule.match(path).hasMatch();
}

QString expectedType(const QString &path) {
    if (path.endsWith(QLatin1String(".json")))
        return QStringLiteral("application/json");
    if (path.endsWith(QLatin1String(".svg")))
        return QStringLiteral("image/svg+xml");
    return QStringLiteral("image/png");
}

bool readFile(const QJsonValue &value, int index, ManifestFile &file, QString *problem) {
    const QJsonObject object = value.toObject();
    const QString where = QStringLiteral("files[%1]").arg(index);
    file.path = object.value(QLatin1String("path")).toString();
    file.sha256 = object.value(QLatin1String("sha256")).toString();
    file.contentType = object.value(QLatin1String("contentType")).toString();
    const QJsonValue size = object.value(QLatin1String("size"));
    if (!isValidPath(file.path))
        return fail(problem, where + QStringLiteral(".path is not allowed"));
    if (!isContentHash(file.sha256))
        return fail(problem, where + QStringLiteral(".sha256 is not a SHA-256"));
    if (!size.isDouble() || size.toDouble() != double(qint64(size.toDouble())) || size.toDouble() < 0 ||
        size.toDouble() > double(ContentManifest::kMaxFileBytes))
        return fail(problem, where + QStringLiteral(".size is out of range"));
    file.size = qint64(size.toDouble());
    if (file.contentType != expectedType(file.path))
        return fail(problem, where + QStringLiteral(".contentType does not fit the path"));
    return true;
}

std::nullopt_t refuse(QString *problem, const QString &why) {
    fail(problem, why);
    return std::nullopt;
}

} // namespace

bool isContentHash(const QString &text) {
    static const QRegularExpression rule(QStringLiteral("^[0-9a-f]{64}$"));
    return rule.match(text).hasMatch();
}

QString ManifestFile::lessonId() const {
    if (!isLesson())
        return {};
    return path.mid(8, path.size() - 8 - 5);
}

const ManifestFile *ContentManifest::file(const QString &path) const {
    for (const ManifestFile &f : files)
        if (f.path == path)
            return &f;
    return nullptr;
}

std::optional<ContentManifest> ContentManifest::parse(const QByteArray &text, QString *problem) {
    if (text.size() > kMaxManifestBytes)
        return refuse(problem, QStringLiteral("the manifest is too large"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isObject())
        return refuse(problem, QStringLiteral("the manifest is not a JSON object"));
    const QJsonObject object = document.object();
    static const QRegularExpression idRule(QStringLiteral("^[a-z0-9-]{1,64}$"));
    static const QSet<QString> languages = {QStringLiteral("ht"), QStringLiteral("fr"), QStringLiteral("en")};

    ContentManifest manifest;
    manifest.courseId = object.value(QLatin1String("courseId")).toString();
    manifest.language = object.value(QLatin1String("language")).toString();
    manifest.version = object.value(QLatin1String("version")).toString();
    manifest.updatedAt =
        QDateTime::fromString(object.value(QLatin1String("updatedAt")).toString(), Qt::ISODateWithMs);
    if (object.value(QLatin1String("format")).toInt() != 1)
        return refuse(problem, QStringLiteral("unknown manifest format"));
    if (!idRule.match(manifest.courseId).hasMatch())
        return refuse(problem, QStringLiteral("courseId is not a course id"));
    if (!languages.contains(manifest.language))
        return refuse(problem, QStringLiteral("language is not ht, fr or en"));
    if (!isContentHash(manifest.version) || !manifest.updatedAt.isValid())
        return refuse(problem, QStringLiteral("version or updatedAt is malformed"));

    const QJsonArray files = object.value(QLatin1String("files")).toArray();
    if (files.isEmpty() || files.size() > kMaxFiles)
        return refuse(problem, QStringLiteral("files is empty or too long"));
    QSet<QString> paths;
    qint64 total = 0;
    for (int i = 0; i < files.size(); ++i) {
        ManifestFile file;
        if (!readFile(files.at(i), i, file, problem))
            return std::nullopt;
        if (paths.contains(file.path))
            return refuse(problem, QStringLiteral("%1 is listed twice").arg(file.path));
        paths.insert(file.path);
        total += file.size;
        manifest.files.append(file);
    }
    if (!manifest.courseFile())
        return refuse(problem, QStringLiteral("course.json is missing"));
    const QJsonValue totalBytes = object.value(QLatin1String("totalBytes"));
    if (!totalBytes.isDouble() || qint64(totalBytes.toDouble()) != total)
        return refuse(problem, QStringLiteral("totalBytes is not the sum of the sizes"));
    manifest.totalBytes = total;
    return manifest;
}
