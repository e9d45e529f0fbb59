package org.sdl.data.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.DoubleColumn;
import org.sdl.data.FloatColumn;
import org.sdl.data.IntColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;
import org.sdl.data.StringColumn;

/**
 * Joins the chunks of a parsed file into the variables of the dataset. A column is a string when
 * some chunk found text in it (or stringcols() asked for it); rows whose text was not kept because
 * the column still looked numeric there are read again, for those columns and rows only. Any
 * other column is numeric, in the narrowest type that holds all its values (see {@link CsvCells}).
 */
final class CsvAssembly {
    private CsvAssembly() {}

    /** Reads again the text of some columns in the first rows of one chunk. */
    interface Reread {
        String[][] text(int chunk, boolean[] cols, int upTo) throws IOException;
    }

    static List<Column> columns(List<CsvChunk> chunks, CsvHeader h, boolean asFloat, boolean[] forcedText,
                                Reread reread) throws IOException {
        int k = h.columns();
        int n = 0;
        for (CsvChunk c : chunks) {
            n += c.rows();
        }
        boolean[] isText = forcedText.clone();
        for (int j = 0; j < k; j++) {
            for (CsvChunk c : chunks) {
                isText[j] |= c.textFrom(j) >= 0;
            }
        }
        String[][][] again = rereads(chunks, isText, reread);
        List<Callable<Column>> jobs = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            int col = j;
            int rows = n;
            jobs.add(() -> {
                Column c = isText[col] ? text(h.names().get(col), chunks, again, col, rows)
                    : numeric(h.names().get(col), chunks, col, rows, asFloat);
                c.setLabel(h.labels().get(col));
                for (int i = 0; i < chunks.size(); i++) {
                    chunks.get(i).release(col); // less live data for the collector to copy
                    if (again[i] != null) {
                        again[i][col] = null;
                    }
                }
                return c;
            });
        }
        return CsvScan.runAll(jobs); // columns are independent: building them uses every core too
    }

    private static StringColumn text(String name, List<CsvChunk> chunks, String[][][] again, int j, int n) {
        String[] s = new String[n];
        int at = 0;
        for (int i = 0; i < chunks.size(); i++) {
            CsvChunk c = chunks.get(i);
            int from = from(c, j);
            if (from > 0) {
                System.arraycopy(again[i][j], 0, s, at, from);
            }
            if (from < c.rows()) {
                System.arraycopy(c.text(j), from, s, at + from, c.rows() - from);
            }
            at += c.rows();
        }
        return new StringColumn(name, s, false);
    }

    /** First row of chunk c whose text for column j was kept (rows() when none was). */
    private static int from(CsvChunk c, int j) {
        return c.textFrom(j) < 0 ? c.rows() : c.textFrom(j);
    }

    /** For each chunk, the text read again for the string columns whose first rows were not kept. */
    private static String[][][] rereads(List<CsvChunk> chunks, boolean[] isText, Reread reread) throws IOException {
        String[][][] again = new String[chunks.size()][][];
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            CsvChunk c = chunks.get(i);
            boolean[] cols = new boolean[isText.length];
            int upTo = 0;
            for (int j = 0; j < isText.length; j++) {
                if (isText[j] && from(c, j) > 0) {
                    cols[j] = true;
                    upTo = Math.max(upTo, from(c, j));
                }
            }
            if (upTo > 0) {
                int chunk = i;
                int rows = upTo;
                jobs.add(() -> {
                    again[chunk] = reread.text(chunk, cols, rows);
                    return null;
                });
            }
        }
        if (!jobs.isEmpty()) {
            CsvScan.runAll(jobs);
        }
        return again;
    }

    /**
     * Column j of every chunk as one numeric variable: the widest of the chunks' types (float for
     * double with asfloat), the chunks' stored values copied one after the other.
     */
    private static NumericColumn numeric(String name, List<CsvChunk> chunks, int j, int n, boolean asFloat) {
        StorageType t = StorageType.BYTE;
        for (CsvChunk c : chunks) {
            NumericColumn col = c.numbers(j);
            if (col != null && col.type().compareTo(t) > 0) {
                t = col.type();
            }
        }
        if (t == StorageType.DOUBLE && asFloat) {
            t = StorageType.FLOAT;
        }
        NumericColumn out = allocate(t, name, n);
        int at = 0;
        for (CsvChunk c : chunks) {
            NumericColumn col = c.numbers(j);
            if (c.rows() > 0) {
                if (col.type() != t) {
                    col = col.convertTo(t); // a chunk whose values all fit a narrower type
                }
                System.arraycopy(raw(col), 0, raw(out), at, c.rows());
            }
            at += c.rows();
        }
        return out;
    }

    /** A column of n rows whose every row the caller fills (not prefilled with missing values). */
    static NumericColumn allocate(StorageType t, String name, int n) {
        switch (t) {
            case BYTE: return new ByteColumn(name, new byte[n]);
            case INT: return new IntColumn(name, new short[n]);
            case LONG: return new LongColumn(name, new int[n]);
            case FLOAT: return new FloatColumn(name, new float[n]);
            default: return new DoubleColumn(name, new double[n]);
        }
    }

    /** The primitive array behind a column (values in the type's own missing-value encoding). */
    private static Object raw(NumericColumn c) {
        if (c instanceof ByteColumn b) {
            return b.raw();
        }
        if (c instanceof IntColumn i) {
            return i.raw();
        }
        if (c instanceof LongColumn l) {
            return l.raw();
        }
        if (c instanceof FloatColumn f) {
            return f.raw();
        }
        return ((DoubleColumn) c).raw();
    }
}
