package org.sdl.data.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.DoubleColumn;
import org.sdl.data.FloatColumn;
import org.sdl.data.IntColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.data.StringColumn;

/**
 * The data section: n rows of k fixed-width cells. Rows are read a chunk at a time and decoded
 * column by column with absolute gets (one type dispatch per column and chunk, not per cell).
 * The in-memory missing codes of byte/int/long/float are Stata's file codes, so those values are
 * copied as they are; doubles that are NaN or infinite (written by other software) become '.'.
 */
final class DtaData {
    private static final int CHUNK_BYTES = 1 << 20;

    private final DtaHeader h;
    private final int[] offsets;
    private final int rowWidth;
    final Column[] columns;
    /** strL references per strL column (v,o packed as v * 2^40 + o), resolved after the GSO table. */
    final long[][] strlRefs;

    /** Which columns to decode; the others are skipped in the row bytes (use varlist using). */
    private final boolean[] keep;

    DtaData(DtaHeader h, boolean[] keep) {
        this.h = h;
        this.keep = keep;
        offsets = new int[h.k];
        int w = 0;
        for (int j = 0; j < h.k; j++) {
            offsets[j] = w;
            w += DtaTypes.width(h.types[j]);
        }
        rowWidth = w;
        columns = new Column[h.k];
        strlRefs = new long[h.k][];
    }

    void read(DtaInput in) {
        int n = h.n;
        Object[] arrays = new Object[h.k];
        for (int j = 0; j < h.k; j++) {
            if (!keep[j]) {
                continue;
            }
            arrays[j] = allocate(h.types[j], n);
            if (h.types[j] == DtaTypes.STRL) {
                strlRefs[j] = new long[n];
            }
        }
        int chunkRows = rowWidth == 0 ? n : Math.max(1, CHUNK_BYTES / rowWidth);
        for (int r0 = 0; r0 < n; r0 += chunkRows) {
            int m = Math.min(chunkRows, n - r0);
            in.ensure(m * rowWidth);
            ByteBuffer b = in.window();
            int base = b.position();
            for (int j = 0; j < h.k; j++) {
                if (keep[j]) {
                    decode(b, base + offsets[j], m, r0, h.types[j], arrays[j], j);
                }
            }
            b.position(base + m * rowWidth);
        }
        for (int j = 0; j < h.k; j++) {
            if (keep[j]) {
                columns[j] = column(h.names.get(j), h.types[j], arrays[j]);
            }
        }
    }

    private static Object allocate(int t, int n) {
        switch (t) {
            case DtaTypes.BYTE: return new byte[n];
            case DtaTypes.INT: return new short[n];
            case DtaTypes.LONG: return new int[n];
            case DtaTypes.FLOAT: return new float[n];
            case DtaTypes.DOUBLE: return new double[n];
            default: return new String[n];
        }
    }

    private void decode(ByteBuffer b, int start, int m, int r0, int t, Object array, int j) {
        int w = rowWidth;
        switch (t) {
            case DtaTypes.BYTE: {
                byte[] a = (byte[]) array;
                for (int i = 0; i < m; i++) {
                    a[r0 + i] = b.get(start + i * w);
                }
                break;
            }
            case DtaTypes.INT: {
                short[] a = (short[]) array;
                for (int i = 0; i < m; i++) {
                    a[r0 + i] = b.getShort(start + i * w);
                }
                break;
            }
            case DtaTypes.LONG: {
                int[] a = (int[]) array;
                for (int i = 0; i < m; i++) {
                    a[r0 + i] = b.getInt(start + i * w);
                }
                break;
            }
            case DtaTypes.FLOAT: {
                float[] a = (float[]) array;
                for (int i = 0; i < m; i++) {
                    a[r0 + i] = b.getFloat(start + i * w);
                }
                break;
            }
            case DtaTypes.DOUBLE: {
                double[] a = (double[]) array;
                for (int i = 0; i < m; i++) {
                    double v = b.getDouble(start + i * w);
                    a[r0 + i] = v < Missing.DOT && v > -Missing.DOT ? v : Missing.normalize(v);
                }
                break;
            }
            case DtaTypes.STRL: {
                long[] refs = strlRefs[j];
                for (int i = 0; i < m; i++) {
                    refs[r0 + i] = strlRef(b, start + i * w);
                }
                break;
            }
            default: {
                String[] a = (String[]) array;
                byte[] raw = b.array();
                int off = b.arrayOffset();
                for (int i = 0; i < m; i++) {
                    int p = off + start + i * w;
                    a[r0 + i] = h.text.decode(raw, p, DtaText.cstrlen(raw, p, t));
                }
            }
        }
    }

    /**
     * A strL reference (v, o). 117 stores v and o as two 4-byte integers; 118 packs v into 2 bytes
     * and o into 6, 119 v into 3 and o into 5, in the file's byte order.
     */
    private long strlRef(ByteBuffer b, int p) {
        long v;
        long o;
        if (h.release == 117) {
            v = b.getInt(p) & 0xffffffffL;
            o = b.getInt(p + 4) & 0xffffffffL;
        } else {
            long raw = b.getLong(p);
            int vBytes = h.release == 118 ? 2 : 3;
            if (b.order() == ByteOrder.LITTLE_ENDIAN) {
                v = raw & ((1L << (8 * vBytes)) - 1);
                o = raw >>> (8 * vBytes);
            } else {
                v = raw >>> (64 - 8 * vBytes);
                o = raw & ((1L << (64 - 8 * vBytes)) - 1);
            }
        }
        return DtaStrls.key(v, o);
    }

    private static Column column(String name, int t, Object a) {
        switch (t) {
            case DtaTypes.BYTE: return new ByteColumn(name, (byte[]) a);
            case DtaTypes.INT: return new IntColumn(name, (short[]) a);
            case DtaTypes.LONG: return new LongColumn(name, (int[]) a);
            case DtaTypes.FLOAT: return new FloatColumn(name, (float[]) a);
            case DtaTypes.DOUBLE: return new DoubleColumn(name, (double[]) a);
            case DtaTypes.STRL: return new StringColumn(name, (String[]) a, true);
            default: {
                StringColumn s = new StringColumn(name, (String[]) a, false);
                s.setWidth(t);
                return s;
            }
        }
    }
}
