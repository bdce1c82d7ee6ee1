#include "FakeFormSchema.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace tma::test {

namespace {

QJsonArray bodyLoc(const QString& field)
{
    return QJsonArray{QStringLiteral("body"), field};
}

// Returns an error object, or an empty object when the value fits the type.
QJsonObject typeError(const FakeFormSchema::Field& field, const QJsonValue& value)
{
    if (value.isNull() && field.nullable)
        return {};
    switch (field.type) {
    case FakeFormSchema::Type::Bool:
        if (value.isBool())
            return {};
        return FakeFormSchema::error(QStringLiteral("bool_type"), bodyLoc(field.name),
                                     QStringLiteral("Input should be a valid boolean"), value);
    case FakeFormSchema::Type::Int:
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (std::floor(number) == number)
                return {};
            return FakeFormSchema::error(
                QStringLiteral("int_from_float"), bodyLoc(field.name),
                QStringLiteral("Input should be a valid integer, got a number with a fractional part"), value);
        }
        return FakeFormSchema::error(QStringLiteral("int_type"), bodyLoc(field.name),
                                     QStringLiteral("Input should be a valid integer"), value);
    case FakeFormSchema::Type::String:
        if (value.isString())
            return {};
        return FakeFormSchema::error(QStringLiteral("string_type"), bodyLoc(field.name),
                                     QStringLiteral("Input should be a valid string"), value);
    case FakeFormSchema::Type::StringList: {
        if (!value.isArray())
            return FakeFormSchema::error(QStringLiteral("list_type"), bodyLoc(field.name),
                                         QStringLiteral("Input should be a valid list"), value);
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                return FakeFormSchema::error(QStringLiteral("string_type"),
                                             QJsonArray{QStringLiteral("body"), field.name, int(i)},
                                             QStringLiteral("Input should be a valid string"), items.at(i));
            }
        }
        return {};
    }
    case FakeFormSchema::Type::Object:
        if (value.isObject())
            return {};
        return FakeFormSchema::error(QStringLiteral("dict_type"), bodyLoc(field.name),
                                     QStringLiteral("Input should be a valid dictionary"), value);
    }
    return {};
}

} // namespace

FakeFormSchema& FakeFormSchema::add(const QString& name, Type type, bool nullable)
{
    m_fields.append(Field{name, type, nullable, true, QJsonValue()});
    return *this;
}

FakeFormSchema& FakeFormSchema::addOptional(const QString& name, Type type, bool nullable,
                                            const QJsonValue& defaultValue)
{
    m_fields.append(Field{name, type, nullable, false, defaultValue});
    return *this;
}

const QList<FakeFormSchema::Field>& FakeFormSchema::fields() const
{
    return m_fields;
}

QStringList FakeFormSchema::names() const
{
    QStringList result;
    for (const Field& field : m_fields)
        result.append(field.name);
    return result;
}

QStringList FakeFormSchema::requiredNames() const
{
    QStringList result;
    for (const Field& field : m_fields) {
        if (field.required)
            result.append(field.name);
    }
    return result;
}

bool FakeFormSchema::contains(const QString& name) const
{
    for (const Field& field : m_fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

QJsonArray FakeFormSchema::validate(const QJsonObject& body) const
{
    // Pydantic reports every problem at once, in field declaration order.
    QJsonArray errors;
    for (const Field& field : m_fields) {
        const auto it = body.constFind(field.name);
        if (it == body.constEnd()) {
            if (field.required)
                errors.append(missing(field.name, body));
            continue;
        }
        const QJsonObject problem = typeError(field, it.value());
        if (!problem.isEmpty())
            errors.append(problem);
    }
    return errors;
}

QJsonObject FakeFormSchema::pick(const QJsonObject& body) const
{
    QJsonObject result;
    for (const Field& field : m_fields) {
        const auto it = body.constFind(field.name);
        if (it != body.constEnd())
            result.insert(field.name, it.value());
        else if (!field.required)
            result.insert(field.name, field.defaultValue);
    }
    return result;
}

bool FakeFormSchema::parseBody(const QByteArray& body, const QByteArray& contentType, QJsonObject* object,
                               QJsonArray* errors)
{
    if (body.isEmpty()) {
        errors->append(error(QStringLiteral("missing"), QJsonArray{QStringLiteral("body")},
                             QStringLiteral("Field required"), QJsonValue::Null));
        return false;
    }
    const QByteArray mediaType = contentType.split(';').first().trimmed().toLower();
    const bool json = mediaType.isEmpty() || mediaType == "application/json"
                      || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    if (!json) {
        errors->append(error(QStringLiteral("model_attributes_type"), QJsonArray{QStringLiteral("body")},
                             QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                             QString::fromUtf8(body)));
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QJsonObject problem = error(QStringLiteral("json_invalid"),
                                    QJsonArray{QStringLiteral("body"), parseError.offset},
                                    QStringLiteral("JSON decode error"), QJsonObject());
        problem.insert(QStringLiteral("ctx"), QJsonObject{{QStringLiteral("error"), parseError.errorString()}});
        errors->append(problem);
        return false;
    }
    if (!document.isObject()) {
        errors->append(error(QStringLiteral("model_attributes_type"), QJsonArray{QStringLiteral("body")},
                             QStringLiteral("Input should be a valid dictionary or object to extract fields from"),
                             document.isArray() ? QJsonValue(document.array()) : QJsonValue()));
        return false;
    }
    *object = document.object();
    return true;
}

QJsonObject FakeFormSchema::error(const QString& type, const QJsonArray& loc, const QString& msg,
                                  const QJsonValue& input)
{
    return QJsonObject{
        {QStringLiteral("type"), type},
        {QStringLiteral("loc"), loc},
        {QStringLiteral("msg"), msg},
        {QStringLiteral("input"), input},
    };
}

QJsonObject FakeFormSchema::missing(const QString& field, const QJsonObject& input)
{
    return error(QStringLiteral("missing"), bodyLoc(field), QStringLiteral("Field required"), input);
}

} // namespace tma::test
