#include "userexport.h"

#include "database.h"
#include "envelope.h"
#include "sqlstatement.h"

#include <QDir>
#include <QSqlError>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>

#include <zlib.h>

namespace tpn::server {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

// A read-only connection of the calling thread (QSqlDatabase connections belong to the thread that
// made them), removed again when done.
class ReadConnection {
public:
    explicit ReadConnection(const DatabaseSettings &settings)
        : m_name(QStringLiteral("tpn-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        settings.open(m_name, DatabaseSettings::Access::ReadOnly);
    }
    ~ReadConnection() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

void write(QIODevice &out, const QByteArray &bytes) {
    if (out.write(bytes) != bytes.size())
        throw DatabaseError(QStringLiteral("cannot write the export: %1").arg(out.errorString()));
}

// in → out as gzip (Content-Encoding: gzip), a chunk at a time. Level 1: an export is made for one
// download, and the fastest level already takes most of JSON's redundancy out.
void gzipFile(QFile &in, QFile &out) {
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer rather than the zlib wrapper.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw DatabaseError(QStringLiteral("cannot start compressing the export"));
    QByteArray output(ChunkSize, Qt::Uninitialized);
    int flush = Z_NO_FLUSH;
    try {
        do {
            QByteArray input = in.read(ChunkSize);
            flush = in.atEnd() ? Z_FINISH : Z_NO_FLUSH;
            stream.next_in = reinterpret_cast<Bytef *>(input.data());
            stream.avail_in = uInt(input.size());
            do {
                stream.next_out = reinterpret_cast<Bytef *>(output.data());
                stream.avail_out = uInt(output.size());
                deflate(&stream, flush);
                write(out, output.first(output.size() - stream.avail_out));
            } while (stream.avail_out == 0);
        } while (flush != Z_FINISH);
    } catch (...) {
        deflateEnd(&stream);
        throw;
    }
    deflateEnd(&stream);
}

} // namespace

QString writeExportFile(const ExportPlan &plan) {
    // The envelope as successBody() writes every answer, with a marker where each streamed member goes;
    // the bytes between the markers are copied, the members written in their place.
    QJsonObject data = plan.data;
    QList<QPair<qsizetype, qsizetype>> places; // (position of the marker, index in plan.streamed)
    QList<QByteArray> markers;
    const QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (qsizetype i = 0; i < plan.streamed.size(); ++i) {
        const QString marker = QStringLiteral("streamed-%1-%2").arg(i).arg(nonce);
        data.insert(plan.streamed.at(i).first, marker);
        markers.append('"' + marker.toLatin1() + '"');
    }
    ApiResult answer;
    answer.data = data;
    const QByteArray envelope = successBody(answer);
    for (qsizetype i = 0; i < markers.size(); ++i)
        places.append({envelope.indexOf(markers.at(i)), i});
    std::sort(places.begin(), places.end());

    if (!QDir().mkpath(plan.directory))
        throw DatabaseError(QStringLiteral("%1: cannot create the export directory").arg(plan.directory));
    QTemporaryFile json(QDir(plan.directory).filePath(QStringLiteral("export-XXXXXX.json")));
    if (!json.open())
        throw DatabaseError(QStringLiteral("cannot create the export file: %1").arg(json.errorString()));
    {
        const ReadConnection connection(plan.database);
        SqlTransaction snapshot(connection.database(), SqlTransaction::Kind::ReadSnapshot);
        qsizetype copied = 0;
        for (const auto &[position, index] : std::as_const(places)) {
            write(json, envelope.mid(copied, position - copied));
            plan.streamed.at(index).second(connection.database(), plan.userId, json);
            copied = position + markers.at(index).size();
        }
        write(json, envelope.mid(copied));
        snapshot.commit();
    }
    if (!json.flush())
        throw DatabaseError(QStringLiteral("cannot write the export: %1").arg(json.errorString()));
    if (!plan.gzip) {
        json.setAutoRemove(false);
        return json.fileName();
    }
    json.seek(0);
    QTemporaryFile gzip(QDir(plan.directory).filePath(QStringLiteral("export-XXXXXX.json.gz")));
    if (!gzip.open())
        throw DatabaseError(QStringLiteral("cannot create the export file: %1").arg(gzip.errorString()));
    gzipFile(json, gzip);
    if (!gzip.flush())
        throw DatabaseError(QStringLiteral("cannot write the export: %1").arg(gzip.errorString()));
    gzip.setAutoRemove(false);
    return gzip.fileName();
}

} // namespace tpn::server
