// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "walk/WalkOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace wm::cli {

// The walk options every command that walks a folder offers (`wm audit`,
// `wm index`, `wm hexagram DIR`), written once so they are spelled, explained
// and applied the same everywhere.
class WalkCliOptions
{
public:
    // Basic: --hidden and --no-ignore only. Globs: --include, --exclude
    // and --ignore-case only (`wm archive create`, which stores every file
    // like tar, hidden or ignored, and never follows links).
    enum class Set
    {
        Full,
        Basic,
        Globs
    };
    // `helpPrefix` goes before each help text (hexagram: "With DIR: ").
    explicit WalkCliOptions(Set set = Set::Full, const QString &helpPrefix = {});

    void addTo(QCommandLineParser &parser) const;
    // Sets the fields of `walk` these options control (not the root).
    void applyTo(const QCommandLineParser &parser, WalkOptions &walk) const;
    // The options added, e.g. to refuse them where they do not apply.
    [[nodiscard]] const QList<QCommandLineOption> &options() const { return m_options; }

private:
    QList<QCommandLineOption> m_options;
    Set m_set;
};

// `--threads N|auto`, shared by every command with worker threads.
class ThreadsCliOption
{
public:
    explicit ThreadsCliOption(const QString &help);

    [[nodiscard]] const QCommandLineOption &option() const { return m_option; }
    // 0 for 'auto' or when not given; false with `error` set on a bad value.
    bool read(const QCommandLineParser &parser, int &threads, QString &error) const;

private:
    QCommandLineOption m_option;
};

} // namespace wm::cli
