#include "searchkey.h"

namespace tpn {

QString searchKey(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(u' ');
            pendingSpace = false;
        }
        key.append(c.toCaseFolded());
    }
    return key;
}

QString escapeLike(const QString &key) {
    QString escaped;
    escaped.reserve(key.size());
    for (const QChar c : key) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

} // namespace tpn
