// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// FrontMatter (yaml-cpp) against Python's yaml.safe_load on the same bytes:
// the same keys, values, title and tags, and malformed blocks rejected by
// both (with a reason on our side, never a crash).

#include "TestSupport.h"
#include "text/FrontMatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace wm;

namespace {

// Python finds the block itself (first line "---", closed by "---" or
// "..."), so the fence rules are checked too. Values are printed as YAML
// wrote them where the two agree on a string form; nested maps are left
// out, as FrontMatter does.
const char *const kPython = R"PY(
import base64, json, sys, yaml

def front_matter(data):
    lines = data.decode('utf-8').split('\n')
    out = {'block': False}
    if not lines or lines[0].strip() != '---':
        return out
    for i in range(1, len(lines)):
        if lines[i].strip() not in ('---', '...'):
            continue
        out['block'] = True
        body = '\n'.join(lines[1:i]) + '\n'
        try:
            doc = yaml.safe_load(body)
        except Exception as e:
            out['error'] = type(e).__name__
            return out
        if doc is None:
            doc = {}
        if not isinstance(doc, dict):
            out['error'] = 'not a mapping'
            return out
        def s(v):
            if v is None: return ''
            if isinstance(v, bool): return 'true' if v else 'false'
            return str(v)
        fields, keys = {}, []
        for k, v in doc.items():
            if isinstance(v, dict): continue
            keys.append(str(k))
            fields[str(k)] = [s(x) for x in v if not isinstance(x, (dict, list))] \
                if isinstance(v, list) else s(v)
        out['keys'], out['fields'] = keys, fields
        return out
    return out

print(json.dumps([front_matter(base64.b64decode(x)) for x in json.load(sys.stdin)]))
)PY";

QByteArray fm(const char *body)
{
    return QByteArray("---\n") + body + "---\n# Heading\nText.\n";
}

// The cases, named. One Python process answers all of them (a Python start
// with yaml costs more than everything else this suite does).
const std::vector<std::pair<const char *, QByteArray>> &cases()
{
    static const std::vector<std::pair<const char *, QByteArray>> all = {
        {"quoted", fm("title: \"Memory: the plan\"\ntags: ['a', \"b c\"]\n")},
        {"escapes", fm("title: \"Tab\\there \\u00e9 \\\"q\\\"\"\n")},
        {"single quotes", fm("title: 'it''s here'\n")},
        {"folded", fm("title: >\n  folded\n  title\n\n  next\ndate: 2024\n")},
        {"literal", fm("title: x\ndescription: |\n  line one\n  line two\n")},
        {"multi-line plain", fm("title: a long\n  title over\n  lines\n")},
        {"block list", fm("tags:\n  - one\n  - \"two\"\ntitle: t\n")},
        {"comma list", fm("tags: x, y\nkeywords: k\nTag: [z, x]\n")},
        {"comments", fm("# top\ntitle: x # trailing\n")},
        {"nested map", fm("author:\n  name: A\ntitle: After nest\n")},
        {"empty value", fm("title:\ntags:\n")},
        {"unicode", fm("title: Über café ✓\n")},
        {"dots close", QByteArray("---\ntitle: Dots\n...\nbody\n")},
        {"empty block", QByteArray("---\n---\nbody\n")},
        {"crlf", QByteArray("---\r\ntitle: Windows\r\n---\r\nbody\r\n")},
        {"no front matter", QByteArray("# Just a heading\n")},
        {"unterminated", QByteArray("---\ntitle: never closed\n")},
        // Malformed: Python refuses them; so must we, with a reason.
        {"bad: open quote", fm("title: \"unterminated\nother: x\n")},
        {"bad: open flow", fm("tags: [a, b\ntitle: x\n")},
        {"bad: indentation", fm("title: x\n  - y\n")},
        {"bad: tab indent", fm("tags:\n\t- a\n")},
        {"bad: not a map", fm("just a sentence\n")},
        {"bad: a list", fm("- a\n- b\n")},
        {"bad: deep nesting", fm((QByteArray(3000, '[') + "\n").constData())},
    };
    return all;
}

// Python's answer for every case, in order; empty with `error` set when
// Python fails.
QJsonArray python(QByteArray *error)
{
    QJsonArray inputs;
    for (const auto &c : cases())
        inputs.append(QString::fromLatin1(c.second.toBase64()));
    const wmtest::ProcessResult r =
        wmtest::run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(kPython)},
                    {}, QJsonDocument(inputs).toJson(QJsonDocument::Compact));
    if (r.exitCode != 0) {
        *error = r.err;
        return {};
    }
    return QJsonDocument::fromJson(r.out).array();
}

QStringList expectedTags(const QJsonObject &fields, const QStringList &keys)
{
    QStringList out;
    for (const QString &key : keys) {
        const QString k = key.toLower();
        if (k != QLatin1String("tags") && k != QLatin1String("tag") &&
            k != QLatin1String("keywords"))
            continue;
        const QJsonValue v = fields.value(key);
        const QStringList parts =
            v.isArray() ? v.toVariant().toStringList() : v.toString().split(QLatin1Char(','));
        for (const QString &p : parts)
            if (!p.trimmed().isEmpty()) out << p.trimmed();
    }
    out.removeDuplicates();
    return out;
}

} // namespace

class TestFrontMatter : public QObject
{
    Q_OBJECT
    QJsonArray m_python; // Python's answers, in the order of cases()

private Q_SLOTS:
    void initTestCase()
    {
        if (!wmtest::hasTool(QStringLiteral("python3")))
            QSKIP("python3 (with python3-yaml) is the reference");
        QByteArray error;
        m_python = python(&error);
        if (error.contains("No module named 'yaml'"))
            QSKIP("Python's yaml module (python3-yaml) is the reference");
        QVERIFY2(error.isEmpty(), error.constData());
        QCOMPARE(m_python.size(), qsizetype(cases().size()));
    }

    void matchesPython_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].first) << int(i);
    }

    void matchesPython()
    {
        QFETCH(int, index);
        const QByteArray &head = cases()[size_t(index)].second;
        const QJsonObject ref = m_python.at(index).toObject();
        QVERIFY2(ref.contains(QStringLiteral("block")), "the Python reference printed nothing");
        const FrontMatter got = FrontMatter::read(std::string_view(head.constData(), head.size()));

        const bool block = ref.value(QStringLiteral("block")).toBool();
        QCOMPARE(got.format != FrontMatter::Format::None, block);
        if (ref.contains(QStringLiteral("error"))) {
            QVERIFY2(!got.error.isEmpty(), "Python rejects this front matter; we accepted it");
            QVERIFY(got.fields.isEmpty());
            QCOMPARE(got.title(), QString());
            return;
        }
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        const QStringList keys = ref.value(QStringLiteral("keys")).toVariant().toStringList();
        const QJsonObject fields = ref.value(QStringLiteral("fields")).toObject();
        QCOMPARE(got.keys, keys);
        for (const QString &key : keys) {
            const QJsonValue want = fields.value(key);
            if (want.isArray())
                QCOMPARE(got.fields.value(key).toStringList(), want.toVariant().toStringList());
            else
                QCOMPARE(got.fields.value(key).toString(), want.toString());
        }
        QCOMPARE(got.title(), fields.value(QStringLiteral("title")).toString().trimmed());
        QCOMPARE(got.tags(), expectedTags(fields, keys));
    }

    void malformedSaysWhere()
    {
        const QByteArray head = fm("title: ok\ntags: [a, b\nmore: x\n");
        const FrontMatter got = FrontMatter::read(std::string_view(head.constData(), head.size()));
        QVERIFY(got.error.startsWith(QStringLiteral("line ")));
        QCOMPARE(got.bodyLine, size_t(5)); // the body still starts after the fence
    }

    void toml()
    {
        const QByteArray head("+++\ntitle = 'Toml title'\ntags = [\"p\", \"q\"]\n[extra]\n"
                              "title = 'not this'\n+++\nbody\n");
        const FrontMatter got = FrontMatter::read(std::string_view(head.constData(), head.size()));
        QCOMPARE(got.format, FrontMatter::Format::Toml);
        QCOMPARE(got.title(), QStringLiteral("Toml title"));
        QCOMPARE(got.tags(), (QStringList{QStringLiteral("p"), QStringLiteral("q")}));
        QCOMPARE(got.bodyLine, size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
