#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace tma::test {

// A Pydantic v2 form as FastAPI validates it, reduced to what Open WebUI's forms use. The real
// server answers 422 with a *list* in "detail" that names every offending field; the fake
// reproduces that exactly so clients that drop or mistype fields are caught.
//
// Deliberately stricter than Pydantic's lax mode: booleans must be JSON booleans and integers
// JSON numbers, because the spec tells clients to "send real JSON types".
class FakeFormSchema
{
public:
    enum class Type
    {
        Bool,
        Int,
        String,
        StringList,
        Object,
    };

    struct Field
    {
        QString name;
        Type type = Type::String;
        bool nullable = false;    // `X | None`
        bool required = true;     // no default in the Pydantic class
        QJsonValue defaultValue;  // used by pick() for absent optional fields
    };

    FakeFormSchema& add(const QString& name, Type type, bool nullable = false);
    FakeFormSchema& addOptional(const QString& name, Type type, bool nullable, const QJsonValue& defaultValue);

    const QList<Field>& fields() const;
    QStringList names() const;
    QStringList requiredNames() const;
    bool contains(const QString& name) const;

    // Pydantic-style error list (empty when the body is valid).
    QJsonArray validate(const QJsonObject& body) const;

    // Known fields only (unknown keys are ignored like Pydantic's default extra='ignore');
    // absent optional fields get their default.
    QJsonObject pick(const QJsonObject& body) const;

    // Parses a request body the way FastAPI does before validating the form: invalid JSON gives
    // a "json_invalid" error, a non-object a "model_attributes_type" error, no body "missing".
    // FastAPI only decodes JSON when Content-Type is absent or application/json (or +json);
    // anything else (QNetworkAccessManager's form-urlencoded default) reaches the form as raw
    // bytes and fails with "model_attributes_type".
    static bool parseBody(const QByteArray& body, const QByteArray& contentType, QJsonObject* object,
                          QJsonArray* errors);

    static QJsonObject error(const QString& type, const QJsonArray& loc, const QString& msg,
                             const QJsonValue& input);
    static QJsonObject missing(const QString& field, const QJsonObject& input);

private:
    QList<Field> m_fields;
};

} // namespace tma::test
