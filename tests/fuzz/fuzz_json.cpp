// Fuzzes parseJson (model/catalog/JsonTree): no crash, leak or undefined behaviour on any input, and the tree or the
// error it returns is consistent: places within the document, keys unique in every object, keys owned by the tree.
#include "FuzzCheck.h"

#include "catalog/JsonTree.h"

#include <QList>
#include <QSet>

using namespace fw;

namespace {

/// The number of characters (code points) of each line, as parseJson counts columns; invalid UTF-8 counts per byte.
QList<int> lineLengths(const QByteArray &data)
{
    QList<int> lengths {0};
    for (qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n')
            lengths.append(0);
        else if ((c & 0xC0) != 0x80)
            ++lengths.last();
    }
    return lengths;
}

bool placeInside(const QList<int> &lengths, int line, int column)
{
    return line >= 1 && line <= lengths.size() && column >= 1 && column <= lengths.at(line - 1) + 1;
}

void check(const JsonNode &node, const QList<int> &lengths, int depth)
{
    FUZZ_CHECK(depth <= 200);
    FUZZ_CHECK(placeInside(lengths, node.line, node.column));
    FUZZ_CHECK(node.type == JsonNode::Type::Array || node.items.empty());
    FUZZ_CHECK(node.type == JsonNode::Type::Object || node.members.empty());
    FUZZ_CHECK(node.type != JsonNode::Type::Number || qIsFinite(node.number));
    for (const JsonNode &item : node.items)
        check(item, lengths, depth + 1);
    QSet<QByteArray> keys;
    for (const JsonMember &member : node.members) {
        FUZZ_CHECK(placeInside(lengths, member.line, member.column));
        keys.insert(member.key);
        check(member.value, lengths, depth + 1);
    }
    // Keys are unique, and looking one up finds its member.
    FUZZ_CHECK(size_t(keys.size()) == node.members.size());
    if (!node.members.empty())
        FUZZ_CHECK(node.member(node.members.back().key) == &node.members.back().value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    JsonNode root;
    JsonError error;
    QList<int> lengths;
    {
        QByteArray input = fuzz::bytes(data, size);
        lengths = lineLengths(input);
        const bool ok = parseJson(input, root, error);
        if (!ok) {
            FUZZ_CHECK(!error.message.isEmpty());
            FUZZ_CHECK(placeInside(lengths, error.line, error.column));
            return 0;
        }
        // The tree owns its keys: overwrite the document before walking the tree (ASan sees any use after free).
        input.fill('\xff');
    }
    check(root, lengths, 0);
    return 0;
}
