#pragma once

#include "mutation.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include "learnerrepository.h"

// The outbox screen's list: every edit not yet confirmed by the server, and those it refused,
// with the reason in the learner's language; refused ones can be retried or discarded.
class OutboxModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(LearnerRepository *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { MutationIdRole = Qt::UserRole + 1, KindRole, SummaryRole, StateRole, ReasonRole };
    Q_ENUM(Role)

    explicit OutboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LearnerRepository *source() const { return m_source; }
    void setSource(LearnerRepository *source);
    int count() const { return static_cast<int>(m_rows.size()); }

    Q_INVOKABLE bool retry(const QString &mutationId);
    Q_INVOKABLE bool discard(const QString &mutationId);

signals:
    void sourceChanged();
    void countChanged();

private:
    void reload();

    QPointer<LearnerRepository> m_source;
    QList<Mutation> m_rows;
};
