#include "contentimages.h"

#include "contentfields.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tpn::server {

namespace {

// The longest alt text the lesson markup accepts (in characters).
constexpr int MaximumAltLength = 300;

QByteArray contentTypeOf(const QString &name) {
    return name.endsWith(QLatin1StringView(".png")) ? QByteArrayLiteral("image/png")
                                                    : QByteArrayLiteral("image/svg+xml");
}

// A cheap check that the bytes are what the name says, so a renamed file is caught at import.
bool looksLike(const QByteArray &contentType, const QByteArray &data) {
    if (contentType == "image/png")
        return data.startsWith("\x89PNG\r\n\x1a\n");
    return data.left(1024).contains("<svg");
}

} // namespace

bool isValidImageName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}\\.(svg|png)$"));
    return pattern.match(name).hasMatch();
}

ImageLibrary::ImageLibrary(QString imagesDir)
    : m_dir(std::move(imagesDir)) {}

QString ImageLibrary::reference(const ContentFields &fields, QStringView field, const QString &name,
                                QMap<QString, ContentImage> &images) {
    if (!isValidImageName(name)) {
        fields.fail(field, QStringLiteral("\"%1\" is not an image name (1-64 of a-z, 0-9 and -, then .svg "
                                          "or .png)")
                               .arg(name));
    }
    if (const auto known = m_hashes.constFind(name); known != m_hashes.cend())
        return *known;
    const QString path = QDir(m_dir).filePath(name);
    const QFileInfo info(path);
    if (!info.isFile())
        fields.fail(field,
                    QStringLiteral("image \"images/%1\" does not exist (looked for %2)").arg(name, path));
    if (info.size() > MaximumImageBytes) {
        fields.fail(field, QStringLiteral("image \"images/%1\" has %2 bytes; at most %3 are allowed")
                               .arg(name)
                               .arg(info.size())
                               .arg(MaximumImageBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fields.fail(field,
                    QStringLiteral("image \"images/%1\" cannot be read: %2").arg(name, file.errorString()));
    ContentImage image{name, contentTypeOf(name), file.readAll()};
    if (!looksLike(image.contentType, image.data))
        fields.fail(field, QStringLiteral("image \"images/%1\" is not a %2 file")
                               .arg(name, QString::fromLatin1(image.contentType)));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(image.data, QCryptographicHash::Sha256).toHex());
    m_hashes.insert(name, hash);
    images.insert(hash, std::move(image));
    return hash;
}

QString ImageLibrary::resolveBody(const ContentFields &fields, QStringView field, const QString &body,
                                  QMap<QString, ContentImage> &images, QStringList &shown) {
    // An image line of the source: "![alt](target)" alone on its line. Other lines stay as they are.
    static const QRegularExpression imageLine(QStringLiteral("^\\s*!\\[([^\\]]*)\\]\\(([^)\\s]*)\\)\\s*$"));
    QStringList lines = body.split(u'\n');
    for (QString &line : lines) {
        const QRegularExpressionMatch match = imageLine.match(line);
        if (!match.hasMatch())
            continue;
        const QString alt = match.captured(1).trimmed();
        const QString target = match.captured(2);
        if (target.startsWith(QLatin1StringView("sha256:")))
            fields.fail(field, QStringLiteral("write images as ![alt](images/<name>), not by hash"));
        if (!target.startsWith(QLatin1StringView("images/")))
            continue; // a link or URL: literal text, as the markup says
        if (alt.isEmpty() || alt.size() > MaximumAltLength) {
            fields.fail(field, QStringLiteral("the image \"%1\" needs an alt text of 1 to %2 characters")
                                   .arg(target)
                                   .arg(MaximumAltLength));
        }
        const QString hash = reference(fields, field, target.mid(7), images);
        shown.append(hash);
        line = QStringLiteral("![%1](sha256:%2)").arg(alt, hash);
    }
    shown.removeDuplicates();
    return lines.join(u'\n');
}

} // namespace tpn::server
