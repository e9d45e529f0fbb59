package org.sdl.data.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sdl.data.Column;
import org.sdl.data.DoubleColumn;
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

    /** Column j of every chunk as one numeric variable of the narrowest type that holds it. */
    private static NumericColumn numeric(String name, List<CsvChunk> chunks, int j, int n, boolean asFloat) {
        StorageType t = StorageType.BYTE;
        for (CsvChunk c : chunks) {
            if (c.widest(j).compareTo(t) > 0) {
                t = c.widest(j);
            }
        }
        if (t == StorageType.DOUBLE && asFloat) {
            t = StorageType.FLOAT;
        }
        if (t == StorageType.DOUBLE) {
            double[] all;
            if (chunks.size() == 1 && chunks.get(0).values(j).length == n) {
                all = chunks.get(0).values(j);
            } else {
                all = new double[n];
                int at = 0;
                for (CsvChunk c : chunks) {
                    System.arraycopy(c.values(j), 0, all, at, c.rows());
                    at += c.rows();
                }
            }
            return new DoubleColumn(name, all);
        }
        NumericColumn col = NumericColumn.create(t, name, n);
        int at = 0;
        for (CsvChunk c : chunks) {
            double[] v = c.values(j);
            for (int i = 0, r = c.rows(); i < r; i++) {
                col.set(at + i, v[i]);
            }
            at += c.rows();
        }
        return col;
    }
}
