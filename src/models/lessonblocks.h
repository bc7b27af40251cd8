#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QUrl>

// A lesson body as the blocks the lesson page lays out (markup: src/domain/lessonmarkup.h). A
// block's `text` is StyledText the app writes itself: every span of the body is escaped, then set in
// <b> or <i>, so no tag or entity of the server's text ever reaches the rich-text engine as markup.
class LessonBlocks : public QAbstractListModel { // not final: QML 6.4 derives from a creatable type
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    Q_PROPERTY(int count READ count NOTIFY bodyChanged)

public:
    // kind: "heading" (level 1 or 2), "paragraph", "bullet", "numbered" (number), "image" (imageSource, alt).
    enum Role { KindRole = Qt::UserRole + 1, LevelRole, NumberRole, TextRole, ImageSourceRole, AltRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString body() const { return m_body; }
    void setBody(const QString &body);
    int count() const { return static_cast<int>(m_rows.size()); }

signals:
    void bodyChanged();

private:
    struct Row {
        QString kind;
        int level = 0;
        int number = 0;
        QString text;
        QUrl imageSource;
        QString alt;
    };

    QString m_body;
    QList<Row> m_rows;
};
