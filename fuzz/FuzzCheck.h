#pragma once

// Shared by the fuzz targets: a check that stops the fuzzer like a crash does, and the conversions
// from libFuzzer's bytes to what the parsers receive in the product.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant the code promises. A violation is a finding: libFuzzer saves the input as crash-*.
#define FUZZ_CHECK(condition)                                                                        \
    do {                                                                                             \
        if (!(condition)) {                                                                          \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                            \
        }                                                                                            \
    } while (false)

namespace fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The body as ApiReply hands it on: an object or array, or undefined when it is not JSON.
inline QJsonValue json(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// Splits "first line\nrest" (used by targets that take a small parameter plus a body).
inline void splitFirstLine(const QByteArray& input, QByteArray* first, QByteArray* rest)
{
    const qsizetype newline = input.indexOf('\n');
    *first = newline < 0 ? input : input.left(newline);
    *rest = newline < 0 ? QByteArray() : input.mid(newline + 1);
}

} // namespace fuzz
