// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#include "TextNormalizer.h"

#include "WordScanner.h"

#include <QSet>

namespace wm {
namespace {

// Common English function words (articles, pronouns, auxiliaries,
// prepositions, conjunctions), case-folded, apostrophes already removed as
// the normaliser removes them ("dont", "its").
const char *const kStopWords[] = {
    "a",        "about",      "above",   "after",  "again",   "against",    "all",     "am",
    "an",       "and",        "any",     "are",    "arent",   "as",         "at",      "be",
    "because",  "been",       "before",  "being",  "below",   "between",    "both",    "but",
    "by",       "can",        "cannot",  "could",  "couldnt", "did",        "didnt",   "do",
    "does",     "doesnt",     "doing",   "dont",   "down",    "during",     "each",    "few",
    "for",      "from",       "further", "had",    "hadnt",   "has",        "hasnt",   "have",
    "havent",   "having",     "he",      "her",    "here",    "hers",       "herself", "him",
    "himself",  "his",        "how",     "i",      "if",      "in",         "into",    "is",
    "isnt",     "it",         "its",     "itself", "me",      "more",       "most",    "my",
    "myself",   "no",         "nor",     "not",    "of",      "off",        "on",      "once",
    "only",     "or",         "other",   "our",    "ours",    "ourselves",  "out",     "over",
    "own",      "same",       "she",     "should", "so",      "some",       "such",    "than",
    "that",     "the",        "their",   "theirs", "them",    "themselves", "then",    "there",
    "these",    "they",       "this",    "those",  "through", "to",         "too",     "under",
    "until",    "up",         "very",    "was",    "wasnt",   "we",         "were",    "werent",
    "what",     "when",       "where",   "which",  "while",   "who",        "whom",    "why",
    "will",     "with",       "wont",    "would",  "wouldnt", "you",        "your",    "yours",
    "yourself", "yourselves",
};

struct StopWordTable
{
    QStringList list;
    QSet<QString> set;
    StopWordTable()
    {
        for (const char *w : kStopWords)
            list << QString::fromLatin1(w);
        set = QSet<QString>(list.begin(), list.end());
    }
};

const StopWordTable &table()
{
    static const StopWordTable t;
    return t;
}

} // namespace

QStringList TextNormalizer::words(QStringView text, const NormalizeOptions &options)
{
    QStringList out;
    WordScanner::scan(text, options, [&](QStringView w) { out << w.toString(); });
    return out;
}

QString TextNormalizer::normalized(QStringView text, const NormalizeOptions &options)
{
    QString out;
    WordScanner::scan(text, options, [&](QStringView w) {
        if (!out.isEmpty()) out += QLatin1Char(' ');
        out += w;
    });
    return out;
}

bool TextNormalizer::isStopWord(QStringView foldedWord)
{
    // QSet<QString>::contains needs a QString; the lookup only happens when
    // stop words are dropped.
    return table().set.contains(foldedWord.toString());
}

const QStringList &TextNormalizer::stopWords()
{
    return table().list;
}

} // namespace wm
