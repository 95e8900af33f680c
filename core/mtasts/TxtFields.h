#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// Shared tokenizer for the two "v=...; name=value; ..." TXT formats (RFC 8461 §3.1, RFC 8460 §3).
namespace sts::mtasts::detail {

struct TxtField
{
    QByteArray name;
    QByteArray value;
    bool hasEquals = false;
};

struct TxtFields
{
    QList<TxtField> fields;  // fields after the version field
    bool emptyField = false; // ";;" somewhere other than the optional trailing separator
};

// Splits `rest` (everything after the version token) on ";" and trims SP/HTAB around each field.
TxtFields splitTxtFields(const QByteArray &rest);

bool isWsp(char c);
// ext-name = (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")
bool isExtensionName(const QByteArray &name);
// ext-value = 1*(%x21-3A / %x3C / %x3E-7E)
bool isExtensionValue(const QByteArray &value);
// For messages: TXT data is bytes; show it readably.
QString displayText(const QByteArray &bytes);

} // namespace sts::mtasts::detail
