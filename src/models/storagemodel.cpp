#include "storagemodel.h"

#include "downloadsbinding.h"
#include "offlinelibrary.h"
#include "offlinetext.h"

StorageModel::StorageModel(QObject *parent)
    : QAbstractListModel(parent) {}

void StorageModel::setDownloads(DownloadCenter *downloads) {
    bindDownloads(this, m_downloads, downloads, &StorageModel::reload);
}

void StorageModel::reload() {
    QList<Row> rows;
    qint64 total = 0;
    if (m_downloads) {
        for (const OfflinePackage &package : m_downloads->downloader().library().packages()) {
            Row row;
            row.courseId = package.courseId;
            row.title = package.title;
            row.language = package.language;
            const auto progress = m_downloads->downloader().progress(package);
            row.bytes = progress.bytesDone;
            using S = OfflinePackage::State;
            row.state = !package.next                     ? QStringLiteral("complete")
                        : package.state == S::Downloading ? QStringLiteral("downloading")
                        : package.state == S::Paused      ? QStringLiteral("paused")
                                                          : QStringLiteral("failed");
            row.progress =
                progress.bytesTotal > 0 ? double(progress.bytesDone) / double(progress.bytesTotal) : 1;
            row.statusText = package.next ? OfflineText::problem(package.problem) : QString();
            if (package.next && row.statusText.isEmpty())
                row.statusText =
                    package.state == S::Downloading
                        ? tr("Downloading: %1 of %2 files").arg(progress.filesDone).arg(progress.filesTotal)
                        : tr("Paused");
            total += row.bytes;
            rows.append(row);
        }
    }
    const bool sameRows = std::equal(
        rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
        [](const Row &a, const Row &b) { return a.courseId == b.courseId && a.language == b.language; });
    if (sameRows) { // progress only: keep the delegates (and the focus in them)
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    m_downloadBytes = total;
    m_cacheBytes = m_downloads ? m_downloads->cacheBytes() : 0;
    emit totalsChanged();
}

int StorageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StorageModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case CourseIdRole:
        return row.courseId;
    case TitleRole:
        return row.title.isEmpty() ? row.courseId : row.title;
    case LanguageRole:
        return row.language;
    case LanguageNameRole:
        return row.language == QLatin1String("ht")   ? QStringLiteral("Kreyòl ayisyen")
               : row.language == QLatin1String("fr") ? QStringLiteral("Français")
                                                     : QStringLiteral("English");
    case SizeTextRole:
        return m_downloads ? m_downloads->formatBytes(double(row.bytes)) : QString();
    case StatusTextRole:
        return row.statusText;
    case StateRole:
        return row.state;
    case ProgressRole:
        return row.progress;
    }
    return {};
}

QHash<int, QByteArray> StorageModel::roleNames() const {
    return {{CourseIdRole, "courseId"},         {TitleRole, "title"},       {LanguageRole, "language"},
            {LanguageNameRole, "languageName"}, {SizeTextRole, "sizeText"}, {StatusTextRole, "statusText"},
            {StateRole, "downloadState"},       {ProgressRole, "progress"}};
}

QString StorageModel::downloadsText() const {
    if (!m_downloads)
        return {};
    return tr("Downloaded courses: %1").arg(m_downloads->formatBytes(double(m_downloadBytes)));
}

QString StorageModel::cacheText() const {
    if (!m_downloads)
        return {};
    return tr("Things seen, kept for offline: %1").arg(m_downloads->formatBytes(double(m_cacheBytes)));
}

void StorageModel::removeDownload(int row) {
    if (m_downloads && row >= 0 && row < m_rows.size())
        m_downloads->remove(m_rows.at(row).courseId, m_rows.at(row).language);
}

void StorageModel::pause(int row) {
    if (m_downloads && row >= 0 && row < m_rows.size())
        m_downloads->pause(m_rows.at(row).courseId, m_rows.at(row).language);
}

void StorageModel::resume(int row) {
    if (m_downloads && row >= 0 && row < m_rows.size())
        m_downloads->resume(m_rows.at(row).courseId, m_rows.at(row).language);
}

void StorageModel::cancel(int row) {
    if (m_downloads && row >= 0 && row < m_rows.size())
        m_downloads->cancel(m_rows.at(row).courseId, m_rows.at(row).language);
}

void StorageModel::clearCache() {
    if (m_downloads)
        m_downloads->clearCache();
}
