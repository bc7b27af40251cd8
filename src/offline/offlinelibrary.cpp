#include "offlinelibrary.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QList<Migration> kMigrations = {
    {1,
     {QStringLiteral(
          "CREATE TABLE packages ("
          " course_id TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,"
          " state TEXT NOT NULL, problem TEXT NOT NULL, queued_at INTEGER NOT NULL,"
          " current_manifest BLOB, current_signature BLOB, next_manifest BLOB, next_signature BLOB,"
          " PRIMARY KEY (course_id, language))"),
      QStringLiteral("CREATE TABLE usage (month TEXT PRIMARY KEY, bytes INTEGER NOT NULL)")}},
};

const char *stateName(OfflinePackage::State state) {
    switch (state) {
    case OfflinePackage::State::Downloading:
        return "downloading";
    case OfflinePackage::State::Paused:
        return "paused";
    case OfflinePackage::State::Complete:
        return "complete";
    case OfflinePackage::State::Failed:
        break;
    }
    return "failed";
}

OfflinePackage::State stateFrom(const QString &name) {
    if (name == QLatin1String("downloading"))
        return OfflinePackage::State::Downloading;
    if (name == QLatin1String("paused"))
        return OfflinePackage::State::Paused;
    if (name == QLatin1String("complete"))
        return OfflinePackage::State::Complete;
    return OfflinePackage::State::Failed;
}

QString thisMonth() {
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

} // namespace

OfflineLibrary::OfflineLibrary(const QString &path, QObject *parent)
    : QObject(parent)
    , m_database(path, SqliteDatabase::Durability::Rebuildable) {}

bool OfflineLibrary::open() {
    return m_database.open(kMigrations) && load();
}

bool OfflineLibrary::load() {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT course_id, language, title, state, problem, current_manifest,"
                                   " current_signature, next_manifest, next_signature FROM packages"
                                   " ORDER BY queued_at, course_id")))
        return false;
    m_packages.clear();
    while (query.next()) {
        OfflinePackage package;
        package.courseId = query.value(0).toString();
        package.language = query.value(1).toString();
        package.title = query.value(2).toString();
        package.state = stateFrom(query.value(3).toString());
        package.problem = query.value(4).toString();
        package.currentText = query.value(5).toByteArray();
        package.currentSignature = query.value(6).toByteArray();
        package.nextText = query.value(7).toByteArray();
        package.nextSignature = query.value(8).toByteArray();
        // Stored only after their signature was checked; parsed again, never trusted blindly.
        if (!package.currentText.isEmpty())
            package.current = ContentManifest::parse(package.currentText);
        if (!package.nextText.isEmpty())
            package.next = ContentManifest::parse(package.nextText);
        if (package.current || package.next)
            m_packages.append(package);
    }
    return true;
}

const OfflinePackage *OfflineLibrary::package(const QString &courseId, const QString &language) const {
    for (const OfflinePackage &package : m_packages)
        if (package.courseId == courseId && package.language == language)
            return &package;
    return nullptr;
}

OfflinePackage *OfflineLibrary::find(const QString &courseId, const QString &language) {
    return const_cast<OfflinePackage *>(package(courseId, language));
}

const OfflinePackage *OfflineLibrary::bestPackage(const QString &courseId, const QString &language) const {
    if (const OfflinePackage *exact = package(courseId, language))
        return exact;
    for (const OfflinePackage &package : m_packages)
        if (package.courseId == courseId)
            return &package;
    return nullptr;
}

const OfflinePackage *OfflineLibrary::nextInQueue() const {
    for (const OfflinePackage &package : m_packages)
        if (package.next && package.state == OfflinePackage::State::Downloading)
            return &package;
    return nullptr;
}

bool OfflineLibrary::write(const OfflinePackage &package) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO packages (course_id, language, title, state, problem, queued_at, current_manifest,"
        " current_signature, next_manifest, next_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (course_id, language) DO UPDATE SET title = excluded.title, state = excluded.state,"
        " problem = excluded.problem, current_manifest = excluded.current_manifest,"
        " current_signature = excluded.current_signature, next_manifest = excluded.next_manifest,"
        " next_signature = excluded.next_signature"));
    query.addBindValue(package.courseId);
    query.addBindValue(package.language);
    query.addBindValue(package.title.isEmpty() ? package.courseId : package.title);
    query.addBindValue(QString::fromLatin1(stateName(package.state)));
    query.addBindValue(package.problem.isEmpty() ? QStringLiteral("")
                                                 : package.problem); // a null QString is NULL
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(package.currentText.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                     : package.currentText);
    query.addBindValue(package.currentSignature);
    query.addBindValue(package.nextText.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                                  : package.nextText);
    query.addBindValue(package.nextSignature);
    if (!query.exec()) {
        qCWarning(lcStore) << "offline library:" << query.lastError().text();
        return false;
    }
    emit changed(package.courseId);
    return true;
}

bool OfflineLibrary::enqueue(const QString &title, const ContentManifest &manifest, const QByteArray &text,
                             const QByteArray &signature) {
    OfflinePackage *existing = find(manifest.courseId, manifest.language);
    OfflinePackage package = existing ? *existing : OfflinePackage{};
    package.courseId = manifest.courseId;
    package.language = manifest.language;
    package.title = title;
    package.state = OfflinePackage::State::Downloading;
    package.problem.clear();
    if (package.current && package.current->version == manifest.version) {
        package.dropNext(); // nothing new: the device already has this version
        package.state = OfflinePackage::State::Complete;
    } else {
        package.next = manifest;
        package.nextText = text;
        package.nextSignature = signature;
    }
    if (existing)
        *existing = package;
    else
        m_packages.append(package);
    return write(package);
}

bool OfflineLibrary::setState(const QString &courseId, const QString &language, OfflinePackage::State state,
                              const QString &problem) {
    OfflinePackage *package = find(courseId, language);
    if (!package)
        return false;
    package->state = state;
    package->problem = problem;
    return write(*package);
}

bool OfflineLibrary::complete(const QString &courseId, const QString &language) {
    OfflinePackage *package = find(courseId, language);
    if (!package || !package->next)
        return false;
    package->current = package->next;
    package->currentText = package->nextText;
    package->currentSignature = package->nextSignature;
    package->dropNext();
    package->state = OfflinePackage::State::Complete;
    package->problem.clear();
    return write(*package);
}

bool OfflineLibrary::repair(const QString &courseId, const QString &language) {
    OfflinePackage *package = find(courseId, language);
    if (!package || !package->current)
        return false;
    if (!package->next) {
        package->next = package->current;
        package->nextText = package->currentText;
        package->nextSignature = package->currentSignature;
    }
    package->state = OfflinePackage::State::Downloading;
    package->problem.clear();
    return write(*package);
}

bool OfflineLibrary::cancel(const QString &courseId, const QString &language) {
    OfflinePackage *package = find(courseId, language);
    if (!package)
        return false;
    if (!package->current)
        return remove(courseId, language);
    package->dropNext();
    package->state = OfflinePackage::State::Complete;
    package->problem.clear();
    return write(*package);
}

bool OfflineLibrary::remove(const QString &courseId, const QString &language) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM packages WHERE course_id = ? AND language = ?"));
    query.addBindValue(courseId);
    query.addBindValue(language);
    if (!query.exec())
        return false;
    m_packages.removeIf(
        [&](const OfflinePackage &p) { return p.courseId == courseId && p.language == language; });
    emit changed(courseId);
    return true;
}

QSet<QString> OfflineLibrary::referencedHashes() const {
    QSet<QString> hashes;
    for (const OfflinePackage &package : m_packages) {
        for (const auto *manifest :
             {package.current ? &*package.current : nullptr, package.next ? &*package.next : nullptr})
            if (manifest)
                for (const ManifestFile &file : manifest->files)
                    hashes.insert(file.sha256);
    }
    return hashes;
}

qint64 OfflineLibrary::bytesThisMonth() const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT bytes FROM usage WHERE month = ?"));
    query.addBindValue(thisMonth());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void OfflineLibrary::countBytes(qint64 bytes) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO usage (month, bytes) VALUES (?, ?)"
                                 " ON CONFLICT (month) DO UPDATE SET bytes = bytes + excluded.bytes"));
    query.addBindValue(thisMonth());
    query.addBindValue(bytes);
    query.exec();
}
