#include "exportpack.h"

#include "apierror.h"
#include "catalogcontent.h"
#include "catalogstore.h"
#include "contentpublisher.h"
#include "database.h"
#include "languages.h"
#include "signingkey.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <limits>
#include <stdexcept>

namespace tpn::server {

namespace {

const QString Command = QStringLiteral("export-pack");

// A problem with what was asked (exit 2), as opposed to a failure to write (exit 1).
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const QString &message)
        : std::runtime_error(message.toStdString()) {}
};

void writeFile(const QString &path, const QByteArray &data) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush())
        throw std::runtime_error(
            QStringLiteral("%1: cannot be written: %2").arg(path, file.errorString()).toStdString());
}

QString packLanguage(const QString &tag) {
    QString language;
    try {
        language = resolveLanguageTag(QStringLiteral("language"), tag);
    } catch (const ApiError &) {
        language.clear();
    }
    if (language.isEmpty())
        throw UsageError(QStringLiteral("--language: \"%1\" is not one of %2")
                             .arg(tag, supportedLanguages().join(QStringLiteral(", "))));
    return language;
}

SigningKey loadKey(const QString &file) {
    try {
        return SigningKey::load(file);
    } catch (const std::runtime_error &error) {
        throw UsageError(QString::fromStdString(error.what()));
    }
}

struct Summary {
    int courses = 0;
    int fallbacks = 0; // courses written in their default language, lacking the one asked for
    QSet<QByteArray> files;
    qint64 bytes = 0;
};

// Writes the pack into dir; throws UsageError or std::runtime_error.
Summary writePack(const QString &dir, const Database &database, const SigningKey &key,
                  const QString &language, QStringList courseIds) {
    CatalogStore catalog(database);
    const ContentStore content = publishContent(catalog, &key);
    if (courseIds.isEmpty()) {
        for (const CourseRow &course :
             catalog.courses({QString(), QString(), QString(), 0, std::numeric_limits<int>::max()}))
            courseIds.append(course.id);
    }
    courseIds.removeDuplicates();
    const QDir pack(dir);
    writeFile(pack.filePath(QStringLiteral("tekpounou-pack.json")), QByteArrayLiteral("{\"format\":1}"));
    Summary summary;
    for (const QString &id : std::as_const(courseIds)) {
        if (!isValidId(id))
            throw UsageError(
                QStringLiteral("--course: \"%1\" is not a course id (1-64 of a-z, 0-9 and -)").arg(id));
        const std::optional<CourseRow> course = catalog.course(id, language);
        const SignedManifest *manifest = course ? content.manifest(id, course->language) : nullptr;
        if (!manifest)
            throw UsageError(QStringLiteral("--course: no course \"%1\" in the catalog").arg(id));
        const QString courseDir = QStringLiteral("courses/%1/%2/").arg(id, course->language);
        writeFile(pack.filePath(courseDir + QStringLiteral("manifest.json")), manifest->manifest);
        writeFile(pack.filePath(courseDir + QStringLiteral("signature")), manifest->signature + '\n');
        for (const QByteArray &hash : manifest->files) {
            if (summary.files.contains(hash))
                continue;
            const StoredFile *file = content.file(hash);
            writeFile(pack.filePath(QStringLiteral("files/") + QLatin1StringView(hash)), file->data);
            summary.files.insert(hash);
            summary.bytes += file->data.size();
        }
        ++summary.courses;
        summary.fallbacks += course->language == language ? 0 : 1;
    }
    return summary;
}

int fail(int exitCode, const QString &message) {
    QTextStream(stderr) << "tekpounou-server export-pack: " << message << Qt::endl;
    return exitCode;
}

} // namespace

bool isExportPackCommand(const QStringList &arguments) {
    return arguments.value(1) == Command;
}

int runExportPackCommand(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the offline content of the catalog to a pack folder for a USB stick or SD card: "
        "each course's signed manifest in one language and its files, named by their SHA-256. "
        "A course that lacks the language is written in its default language."));
    parser.addPositionalArgument(Command, QStringLiteral("This command."), Command);
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The server's data directory."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption key(QStringLiteral("signing-key"),
                                 QStringLiteral("Ed25519 private key (PEM) that signs the manifests."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("ht, fr or en."),
                                      QStringLiteral("LANG"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The pack folder to create; it must not exist yet."),
                                 QStringLiteral("PACKDIR"));
    const QCommandLineOption course(
        QStringLiteral("course"), QStringLiteral("A course to include (repeatable); default: every course."),
        QStringLiteral("ID"));
    const QCommandLineOption databaseUrl = databaseOption();
    parser.addOptions({data, databaseUrl, key, language, out, course});
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.positionalArguments().size() != 1)
        return fail(2, QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().value(1)));
    for (const QCommandLineOption &required : {data, key, language, out}) {
        if (parser.value(required).isEmpty())
            return fail(2, QStringLiteral("--%1 is required").arg(required.names().constFirst()));
    }
    const QString dataDir = parser.value(data);
    // Opening a SQLite file would create it: a mistyped directory must not get an empty database.
    QString databaseError;
    const std::optional<DatabaseSettings> settings =
        existingDatabase(parser.value(databaseUrl), dataDir, &databaseError);
    if (!settings)
        return fail(2, databaseError);
    const QFileInfo target(QDir::cleanPath(parser.value(out)));
    if (target.exists())
        return fail(2, QStringLiteral("%1 exists already; give a new folder").arg(target.filePath()));
    if (!target.dir().exists())
        return fail(2, QStringLiteral("%1: no such folder to write the pack in").arg(target.path()));
    try {
        const QString lang = packLanguage(parser.value(language));
        const SigningKey signingKey = loadKey(parser.value(key));
        const Database database(dataDir, *settings);
        QTemporaryDir temporary(
            target.dir().filePath(QStringLiteral(".%1.partial-XXXXXX").arg(target.fileName())));
        if (!temporary.isValid())
            return fail(1, QStringLiteral("cannot create a folder in %1: %2")
                               .arg(target.path(), temporary.errorString()));
        const Summary summary =
            writePack(temporary.path(), database, signingKey, lang, parser.values(course));
        if (!QDir().rename(temporary.path(), target.filePath()))
            return fail(1, QStringLiteral("cannot rename %1 to %2").arg(temporary.path(), target.filePath()));
        temporary.setAutoRemove(false);
        QTextStream(stdout) << "exported " << summary.courses << " courses in " << lang << " ("
                            << summary.fallbacks << " in their default language instead), "
                            << summary.files.size() << " files, " << summary.bytes << " bytes, to "
                            << target.filePath() << Qt::endl;
        return 0;
    } catch (const UsageError &error) {
        return fail(2, QString::fromStdString(error.what()));
    } catch (const std::exception &error) {
        return fail(1, QString::fromStdString(error.what()));
    }
}

} // namespace tpn::server
