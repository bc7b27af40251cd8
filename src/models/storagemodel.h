#pragma once

#include "downloadcenter.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

// Settings → Storage: one row per downloaded course and language, with the space its files take,
// and the space the cache of things seen takes. Removing a download or clearing the cache never
// touches the learner's own data (tasks, journal, progress live in other files).
class StorageModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DownloadCenter *downloads READ downloads WRITE setDownloads NOTIFY downloadsChanged)
    Q_PROPERTY(QString downloadsText READ downloadsText NOTIFY totalsChanged)
    Q_PROPERTY(QString cacheText READ cacheText NOTIFY totalsChanged)

public:
    enum Role {
        CourseIdRole = Qt::UserRole + 1,
        TitleRole,
        LanguageRole,
        LanguageNameRole,
        SizeTextRole,
        StatusTextRole,
        StateRole,    // downloading, paused, failed or complete
        ProgressRole, // 0 to 1
    };
    Q_ENUM(Role)

    explicit StorageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    DownloadCenter *downloads() const { return m_downloads; }
    void setDownloads(DownloadCenter *downloads);
    QString downloadsText() const;
    QString cacheText() const;

    Q_INVOKABLE void removeDownload(int row);
    Q_INVOKABLE void pause(int row);
    Q_INVOKABLE void resume(int row);
    Q_INVOKABLE void cancel(int row);
    Q_INVOKABLE void clearCache();

signals:
    void downloadsChanged();
    void totalsChanged();

private:
    struct Row {
        QString courseId, title, language, statusText, state;
        qint64 bytes = 0;
        double progress = 1;
    };
    void reload();

    QPointer<DownloadCenter> m_downloads;
    QList<Row> m_rows;
    qint64 m_downloadBytes = 0;
    qint64 m_cacheBytes = 0;
};
