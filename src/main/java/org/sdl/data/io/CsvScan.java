package org.sdl.data.io;

import org.sdl.data.Parallelism;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses a delimited file into {@link CsvChunk}s: as byte ranges on several threads when that is
 * safe, else as one range.
 *
 * Why parallel ranges give the same records as one pass: each range starts just after a '\n'. The
 * first range starts at a record start. If a range that starts at a record start ends outside
 * quotes, its last '\n' ended a record, so the next range starts at a record start too. A range
 * that ends inside a quoted field (its cut fell inside a field with a line break) makes FastCSV
 * fail with "unclosed quote", as the reader asks it to; then, and on any other parse error, the
 * whole file is parsed again in one pass, which gives the one-pass answer or the one-pass error.
 * Rows are numbered per range; a row range (rowrange()) is therefore read in one pass.
 */
final class CsvScan {
    /** Smallest range worth a task of its own (unless forced). */
    private static final long MIN_PIECE_BYTES = 1 << 22;

    private final Path path;
    private final CsvReader.Options opt;
    private final CsvHeader header;
    private final boolean[] textCols;
    private final boolean[] numericOnly;
    private long[] cuts;
    private double bytesPerLine;

    CsvScan(Path path, CsvReader.Options opt, CsvHeader header, boolean[] textCols, boolean[] numericOnly) {
        this.path = path;
        this.opt = opt;
        this.header = header;
        this.textCols = textCols;
        this.numericOnly = numericOnly;
    }

    /** Parses the file in up to pieces ranges, of at least 4 MB each unless forced. */
    List<CsvChunk> run(int pieces, boolean force) throws IOException {
        long size = Files.size(path);
        bytesPerLine = CsvSplit.bytesPerLine(path);
        boolean rowRange = opt.firstRow() > 1 || opt.lastRow() < Integer.MAX_VALUE;
        if (!force) {
            pieces = (int) Math.min(pieces, size / MIN_PIECE_BYTES);
        }
        if (pieces > 1 && !rowRange && CsvSplit.splittable(opt.charset())) {
            long[] c = CsvSplit.cuts(path, size, pieces);
            if (c.length > 2) {
                cuts = c;
                List<Callable<CsvChunk>> jobs = new ArrayList<>();
                for (int i = 0; i < c.length - 1; i++) {
                    int piece = i;
                    jobs.add(() -> parse(piece, textCols, null, Integer.MAX_VALUE));
                }
                try {
                    return runAll(jobs);
                } catch (CsvParseException e) {
                    // a cut inside a quoted field, or a real error that one pass will report
                }
            }
        }
        cuts = new long[] {0, size};
        return List.of(parse(0, textCols, null, Integer.MAX_VALUE));
    }

    /** Number of ranges the last run used. */
    int pieces() {
        return cuts.length - 1;
    }

    /** The text of columns cols in the first upTo kept rows of range piece, read again. */
    String[][] text(int piece, boolean[] cols, int upTo) throws IOException {
        boolean[] skip = new boolean[cols.length];
        for (int j = 0; j < cols.length; j++) {
            skip[j] = !cols[j];
        }
        CsvChunk c = parse(piece, cols, skip, upTo);
        String[][] out = new String[cols.length][];
        for (int j = 0; j < cols.length; j++) {
            out[j] = cols[j] ? c.text(j) : null;
        }
        return out;
    }

    /** Range piece parsed with the given text columns (skip: columns not stored; null for none). */
    private CsvChunk parse(int piece, boolean[] text, boolean[] skip, int upTo) throws IOException {
        boolean single = cuts.length == 2;
        long first = single ? opt.firstRow() : 1;
        long last = single ? opt.lastRow() : Long.MAX_VALUE;
        if (upTo < Integer.MAX_VALUE) {
            last = Math.min(last, first - 1 + upTo);
        }
        long bytes = cuts[piece + 1] - cuts[piece];
        int guess = upTo < Integer.MAX_VALUE ? upTo : CsvSplit.rowsGuess(bytes, bytesPerLine);
        if (single && opt.lastRow() < Integer.MAX_VALUE) {
            guess = (int) Math.min(guess, opt.lastRow() - first + 1);
        }
        CsvChunk c = new CsvChunk(text.length, text, numericOnly, skip == null ? new boolean[text.length] : skip,
            piece == 0 && header.present(), first, last, guess);
        if (upTo > 0) {
            CsvInput.parse(path, cuts[piece], cuts[piece + 1], opt.delimiter(), opt.charset(), c);
        }
        return c;
    }

    /** Runs the jobs on up to as many threads as there are processors, results in job order. */
    static <T> List<T> runAll(List<Callable<T>> jobs) throws IOException {
        if (jobs.size() == 1) {
            try {
                return java.util.Collections.singletonList(jobs.get(0).call());
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        int threads = Math.min(jobs.size(), Parallelism.threads());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "csv-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> j : jobs) {
                futures.add(pool.submit(j));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("import interrupted"));
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
