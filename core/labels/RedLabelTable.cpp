#include "RedLabelTable.h"

#include "common/InputError.h"
#include "common/NativeFile.h"
#include "common/NativePath.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lgpn {

const QString RedLabelTable::kArchitectureFile = QStringLiteral("architecture_labels.txt");
const QString RedLabelTable::kLossFile = QStringLiteral("loss_labels.txt");
const QString RedLabelTable::kTestSetFile = QStringLiteral("test_sets.txt");

namespace {

struct TextLine
{
    int number = 0;
    QStringList fields;
};

// Label tables hold one line per GM; 64 MiB is far beyond any real one.
constexpr qint64 kMaxTableBytes = 64 * 1024 * 1024;

// Regular files only (NativeFile): a FIFO or a device in a label folder is refused, not waited on.
QByteArray readTableFile(const QString &path)
{
    return NativeFile::readAll(NativePath::fromDisplay(path), kMaxTableBytes);
}

// A small whitespace-separated text table, without blank lines and '#' comments.
std::vector<TextLine> parseTable(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() > kMaxTableBytes)
        throw InputError(path, QStringLiteral("too large for a label table (%1 bytes)").arg(bytes.size()));
    if (bytes.contains('\0'))
        throw InputError(path, QStringLiteral("not a text file (contains NUL bytes)"));

    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    std::vector<TextLine> lines;
    const QList<QByteArray> rawLines = bytes.split('\n');
    for (int i = 0; i < rawLines.size(); ++i) {
        const QString text = QString::fromUtf8(rawLines[i]).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        lines.push_back({i + 1, text.split(whitespace, Qt::SkipEmptyParts)});
    }
    if (lines.empty())
        throw InputError(path, QStringLiteral("empty file: no label rows"));
    return lines;
}

double parseNumber(const QString &path, const TextLine &line, int field)
{
    bool ok = false;
    const double value = line.fields[field].toDouble(&ok);
    if (!ok || !std::isfinite(value))
        throw InputError(path, line.number, QStringLiteral("field %1 (\"%2\") is not a number")
                                                .arg(field + 1).arg(line.fields[field].left(40)));
    return value;
}

void requireFieldCount(const QString &path, const TextLine &line, int expected, const QString &what)
{
    if (line.fields.size() != expected)
        throw InputError(path, line.number, QStringLiteral("expected %1 fields (%2), found %3")
                                                .arg(expected).arg(what).arg(line.fields.size()));
}

} // namespace

RedLabelTable RedLabelTable::read(const QString &directory, const HyperparameterSchema &schema)
{
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir())
        throw InputError(directory, QStringLiteral("not a directory"));
    Texts texts;
    texts.architecture = readTableFile(dir.filePath(kArchitectureFile));
    texts.losses = readTableFile(dir.filePath(kLossFile));
    const QString testSetPath = dir.filePath(kTestSetFile);
    if (QFileInfo::exists(testSetPath))
        texts.testSets = readTableFile(testSetPath);
    return parse(texts, directory, schema);
}

RedLabelTable RedLabelTable::parse(const Texts &texts, const QString &directory, const HyperparameterSchema &schema)
{
    const QDir dir(directory);
    RedLabelTable table;
    table.parseModels(texts, dir, schema);
    if (texts.testSets)
        table.parseTestSets(*texts.testSets, dir.filePath(kTestSetFile));
    return table;
}

void RedLabelTable::parseModels(const Texts &texts, const QDir &dir, const HyperparameterSchema &schema)
{
    const QString architecturePath = dir.filePath(kArchitectureFile);
    const QString lossPath = dir.filePath(kLossFile);
    const std::vector<TextLine> architectureLines = parseTable(texts.architecture, architecturePath);
    const std::vector<TextLine> lossLines = parseTable(texts.losses, lossPath);
    if (architectureLines.size() != lossLines.size())
        throw InputError(lossPath, QStringLiteral("has %1 rows but %2 has %3: the files must list the same GMs")
                                       .arg(lossLines.size()).arg(kArchitectureFile).arg(architectureLines.size()));

    const int architectureColumns = schema.architectureColumns();
    const int lossColumns = schema.lossColumnCount();
    for (size_t row = 0; row < architectureLines.size(); ++row) {
        const TextLine &architectureLine = architectureLines[row];
        const TextLine &lossLine = lossLines[row];
        requireFieldCount(architecturePath, architectureLine, architectureColumns + 1,
                          QStringLiteral("a name and %1 values").arg(architectureColumns));
        requireFieldCount(lossPath, lossLine, lossColumns, QStringLiteral("one 0/1 value per loss function"));

        GmLabels gm;
        gm.name = architectureLine.fields[0];
        if (indexOf(gm.name) >= 0)
            throw InputError(architecturePath, architectureLine.number,
                             QStringLiteral("GM \"%1\" is listed twice").arg(gm.name));
        for (int field = 1; field <= architectureColumns; ++field)
            gm.architecture.push_back(parseNumber(architecturePath, architectureLine, field));
        for (int field = 0; field < lossColumns; ++field) {
            const double value = parseNumber(lossPath, lossLine, field);
            if (value != 0.0 && value != 1.0)
                throw InputError(lossPath, lossLine.number, QStringLiteral("field %1 must be 0 or 1, not %2")
                                                                .arg(field + 1).arg(lossLine.fields[field]));
            gm.losses.push_back(int(value));
        }
        try {
            gm.nodes = schema.encode(gm.architecture, gm.losses);
        } catch (const std::invalid_argument &error) {
            throw InputError(architecturePath, architectureLine.number,
                             QStringLiteral("GM \"%1\": %2").arg(gm.name, QString::fromStdString(error.what())));
        }
        m_models.push_back(std::move(gm));
    }
}

void RedLabelTable::parseTestSets(const QByteArray &text, const QString &path)
{
    for (const TextLine &line : parseTable(text, path)) {
        bool ok = false;
        const int setNumber = line.fields[0].toInt(&ok);
        if (!ok || setNumber < 1 || setNumber > 64)
            throw InputError(path, line.number,
                             QStringLiteral("a line must start with a set number (1, 2, ...), not \"%1\"")
                                 .arg(line.fields[0].left(40)));
        if (line.fields.size() < 2)
            throw InputError(path, line.number, QStringLiteral("set %1 lists no GM").arg(setNumber));
        if (size_t(setNumber) > m_testSets.size())
            m_testSets.resize(size_t(setNumber));
        std::vector<int> &members = m_testSets[size_t(setNumber - 1)];
        if (!members.empty())
            throw InputError(path, line.number, QStringLiteral("set %1 is listed twice").arg(setNumber));
        for (int field = 1; field < line.fields.size(); ++field)
            addTestSetMember(line.fields[field], members, path, line.number);
    }
    for (size_t set = 0; set < m_testSets.size(); ++set) {
        if (m_testSets[set].empty())
            throw InputError(path, QStringLiteral("set %1 is missing").arg(set + 1));
    }
}

void RedLabelTable::addTestSetMember(const QString &name, std::vector<int> &members, const QString &path, int line)
{
    const int index = indexOf(name);
    if (index < 0)
        throw InputError(path, line, QStringLiteral("GM \"%1\" is not in %2").arg(name.left(80), kArchitectureFile));
    for (const std::vector<int> &set : m_testSets) {
        if (std::find(set.begin(), set.end(), index) != set.end())
            throw InputError(path, line, QStringLiteral("GM \"%1\" is in more than one test set").arg(name.left(80)));
    }
    members.push_back(index);
}

int RedLabelTable::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_models.size(); ++i) {
        if (m_models[i].name == name)
            return int(i);
    }
    return -1;
}

std::vector<std::vector<float>> RedLabelTable::nodeVectors() const
{
    std::vector<std::vector<float>> vectors;
    vectors.reserve(m_models.size());
    for (const GmLabels &gm : m_models)
        vectors.push_back(gm.nodes);
    return vectors;
}

} // namespace lgpn
