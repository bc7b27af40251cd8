#include "multipartform.h"

#include "apierror.h"

#include <QByteArrayView>
#include <QList>

namespace tpn::server {

namespace {

ApiError invalidForm(const QString &problem) {
    return ApiError(400, QStringLiteral("invalid_body"),
                    QStringLiteral("The multipart/form-data body is malformed: %1.").arg(problem));
}

// The value of a parameter in a header value: boundary=abc, boundary="a b", name="metadata".
QByteArray parameter(const QByteArray &headerValue, const QByteArray &name) {
    for (QByteArray item : headerValue.split(';')) {
        item = item.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0 || item.left(equals).trimmed().toLower() != name)
            continue;
        QByteArray value = item.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

// The form-data name of a part, from its header block.
QByteArray partName(QByteArrayView headers) {
    for (const QByteArray &line : headers.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-disposition")
            return parameter(line.mid(colon + 1).trimmed(), "name");
    }
    return {};
}

} // namespace

MultipartForm MultipartForm::parse(const QByteArray &body, const QByteArray &contentType) {
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 70)
        throw invalidForm(QStringLiteral("the Content-Type names no boundary of 1 to 70 characters"));
    const QByteArray delimiter = "--" + boundary;
    MultipartForm form;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0)
        throw invalidForm(QStringLiteral("the boundary does not occur in the body"));
    for (;;) {
        position += delimiter.size();
        if (QByteArrayView(body).sliced(position).startsWith("--"))
            return form; // the closing delimiter
        if (!QByteArrayView(body).sliced(position).startsWith("\r\n"))
            throw invalidForm(QStringLiteral("a delimiter is not followed by a line break"));
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype next = body.indexOf("\r\n" + delimiter, position);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            throw invalidForm(QStringLiteral("a part is not closed by the boundary"));
        const QByteArray name = partName(QByteArrayView(body).sliced(position, headersEnd - position));
        if (name.isEmpty())
            throw invalidForm(QStringLiteral("a part has no Content-Disposition name"));
        if (form.m_parts.contains(name))
            throw invalidForm(QStringLiteral("the part '%1' comes twice").arg(QString::fromUtf8(name)));
        form.m_parts.insert(name, body.mid(headersEnd + 4, next - headersEnd - 4));
        position = next + 2;
    }
}

std::optional<QByteArray> MultipartForm::part(const QByteArray &name) const {
    const auto found = m_parts.constFind(name);
    return found == m_parts.cend() ? std::nullopt : std::optional(*found);
}

} // namespace tpn::server
