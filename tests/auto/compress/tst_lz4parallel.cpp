// SPDX-FileCopyrightText: 2026 WhiteMagic contributors
// SPDX-License-Identifier: MIT
//
// Lz4FileCompressor: many files on worker threads, results and progress on
// the caller's thread in batches, cancellation without partial output.
#include "CompressTestSupport.h"
#include "compress/Lz4FileCompressor.h"
#include "concurrency/CancelToken.h"

#include <QTest>
#include <QThread>

using namespace wm;

namespace {
#ifdef WM_SANITIZED
constexpr int kFiles = 12; // sanitizers: fewer files, the same interleavings
#else
constexpr int kFiles = 40;
#endif
} // namespace

class TestLz4Parallel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_contents;
    QList<CompressJob> m_jobs;

    void makeInputs(const QString &sub, int count)
    {
        const QString d = m_dir.filePath(sub);
        QDir().mkpath(d);
        m_contents.clear();
        m_jobs.clear();
        for (int i = 0; i < count; ++i) {
            m_contents << cts::textBytes(100000 + 7919 * i, quint32(100 + i));
            const QString name = QStringLiteral("in%1").arg(i);
            QVERIFY(wmtest::writeFile(d, name, m_contents.last()));
            m_jobs.append({d + QLatin1Char('/') + name,
                           d + QLatin1Char('/') + name + QStringLiteral(".lz4")});
        }
    }

private Q_SLOTS:
    void compressManyOnThreads_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("4") << 4;
        QTest::newRow("auto") << 0;
    }

    void compressManyOnThreads()
    {
        QFETCH(int, threads);
        makeInputs(QStringLiteral("t%1").arg(threads), kFiles);
        Lz4FileCompressor::Options o;
        o.threads = threads;
        o.progressIntervalMs = 5;
        QThread *const caller = QThread::currentThread();
        int batches = 0;
        qsizetype reported = 0;
        bool wrongThread = false;
        CompressProgress last;
        Lz4FileCompressor::Callbacks cb;
        cb.onResults = [&](std::span<const CompressJobResult> rs) {
            wrongThread |= QThread::currentThread() != caller;
            ++batches;
            reported += qsizetype(rs.size());
        };
        cb.onProgress = [&](const CompressProgress &p) {
            wrongThread |= QThread::currentThread() != caller;
            QVERIFY(!last.finished);
            QVERIFY(p.filesDone >= last.filesDone && p.bytesDone >= last.bytesDone);
            last = p;
        };
        const QList<CompressJobResult> results = Lz4FileCompressor::run(m_jobs, o, nullptr, cb);
        QVERIFY(!wrongThread);
        QCOMPARE(results.size(), m_jobs.size());
        QCOMPARE(reported, m_jobs.size());
        QVERIFY(batches >= 1 && batches <= m_jobs.size());
        QVERIFY(last.finished);
        QCOMPARE(last.filesDone, m_jobs.size());
        qint64 total = 0;
        for (const QByteArray &c : m_contents)
            total += c.size();
        QCOMPARE(last.bytesTotal, total);
        QCOMPARE(last.bytesDone, total);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].index, qsizetype(i));
            QVERIFY2(results[i].result.ok, qPrintable(results[i].result.error));
            const cts::Decoded d = cts::decompress(wmtest::readFile(m_jobs[i].output));
            QVERIFY(d.ok);
            QVERIFY(d.data == m_contents[i]);
        }
        // And back, as a test run and as a real decompression.
        QList<CompressJob> back;
        for (const CompressJob &j : m_jobs)
            back.append({j.output, j.input + QStringLiteral(".out")});
        o.mode = Lz4FileCompressor::Mode::Test;
        for (const CompressJobResult &r : Lz4FileCompressor::run(back, o))
            QVERIFY(r.result.ok);
        o.mode = Lz4FileCompressor::Mode::Decompress;
        for (const CompressJobResult &r : Lz4FileCompressor::run(back, o)) {
            QVERIFY(r.result.ok);
            QVERIFY(wmtest::readFile(r.output) == m_contents[r.index]);
        }
    }

    void failuresStayPerFile()
    {
        makeInputs(QStringLiteral("fail"), 10);
        m_jobs[3].input += QStringLiteral(".missing");
        Lz4FileCompressor::Options o;
        o.threads = 3;
        const auto results = Lz4FileCompressor::run(m_jobs, o);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results[i].result.ok, i != 3);
            QCOMPARE(QFile::exists(m_jobs[i].output), i != 3);
        }
        QVERIFY(results[3].result.error.contains(QLatin1String("No such file")));
    }

    // A cancel from the progress callback stops the workers; every output
    // is then either complete and valid, or absent, and no temporary remains.
    void cancelLeavesNoPartialOutput()
    {
        makeInputs(QStringLiteral("cancel"), kFiles * 3 / 2);
        CancelToken token;
        Lz4FileCompressor::Options o;
        o.threads = 2;
        o.progressIntervalMs = 1;
        o.codec.lz4.level = 9; // slow enough to be mid-way when cancelled
        Lz4FileCompressor::Callbacks cb;
        cb.onResults = [&](std::span<const CompressJobResult>) { token.cancel(); };
        const auto results = Lz4FileCompressor::run(m_jobs, o, &token, cb);
        int cancelled = 0;
        for (const CompressJobResult &r : results) {
            if (r.result.ok) {
                const cts::Decoded d = cts::decompress(wmtest::readFile(r.output));
                QVERIFY(d.ok && d.data == m_contents[r.index]);
            } else {
                QCOMPARE(r.result.error, QStringLiteral("cancelled"));
                QVERIFY(!QFile::exists(r.output));
                ++cancelled;
            }
        }
        QVERIFY(cancelled > 0);
        QVERIFY(cts::leftovers(m_dir.filePath(QStringLiteral("cancel"))).isEmpty());
    }

    void emptyJobList() { QVERIFY(Lz4FileCompressor::run({}, {}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestLz4Parallel)
#include "tst_lz4parallel.moc"
