package org.sdl.data.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.FloatColumn;
import org.sdl.data.IntColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/**
 * Writes .dta format 118 (Stata 14+; UTF-8, little-endian): storage types, variable and value
 * labels, formats, notes, sort order, dataset label, strL, extended missing values. The header
 * and the strL/label tail are built in memory (they are small, and the map of section offsets
 * must be known before the first byte goes out); the data rows are streamed in chunks straight
 * from the columns. Always atomic through {@link AtomicFiles}.
 */
public final class DtaWriter {
    private static final int CHUNK_BYTES = 1 << 20;

    private final Dataset data;
    private final List<Column> cols;
    private final int[] types;
    private final int[] offsets;
    private final int rowWidth;

    private DtaWriter(Dataset data) {
        this.data = data;
        this.cols = data.columns();
        int k = cols.size();
        if (k > 32767) {
            throw new DataException(900, "a .dta file of format 118 holds at most 32,767 variables");
        }
        types = new int[k];
        offsets = new int[k];
        int w = 0;
        for (int j = 0; j < k; j++) {
            types[j] = typeCode(cols.get(j));
            offsets[j] = w;
            w += DtaTypes.width(types[j]);
        }
        rowWidth = w;
    }

    public static void write(Dataset data, Path path, boolean replace) {
        write(data, path, replace, UnaryOperator.identity());
    }

    /** As {@link #write(Dataset, Path, boolean)}; tests wrap the content to simulate a failure midway. */
    public static void write(Dataset data, Path path, boolean replace, UnaryOperator<AtomicFiles.Content> wrap) {
        DtaWriter w = new DtaWriter(data);
        AtomicFiles.write(path, replace, wrap.apply(w::writeTo));
    }

    private void writeTo(OutputStream out) throws IOException {
        DtaStrls.Builder strls = new DtaStrls.Builder();
        long[][] strlCells = strlCells(strls);
        ByteArrayOutputStream head = new ByteArrayOutputStream(1 << 12);
        long[] map = new long[14];
        int mapPos = head(head, map);
        long dataBytes = (long) rowWidth * data.nObs();
        map[10] = map[9] + "<data>".length() + dataBytes + "</data>".length();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        DtaBytes.ascii(tail, "</data><strls>");
        tail.writeBytes(strls.bytes());
        DtaBytes.ascii(tail, "</strls>");
        map[11] = map[10] + tail.size() - "</data>".length();
        DtaBytes.ascii(tail, "<value_labels>");
        for (ValueLabelSet set : data.valueLabels().values()) {
            DtaValueLabels.write(tail, set);
        }
        DtaBytes.ascii(tail, "</value_labels>");
        map[12] = map[10] + tail.size() - "</data>".length();
        DtaBytes.ascii(tail, "</stata_dta>");
        map[13] = map[10] + tail.size() - "</data>".length();
        byte[] h = head.toByteArray();
        ByteBuffer hb = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 14; i++) {
            hb.putLong(mapPos + 8 * i, map[i]);
        }
        out.write(h);
        rows(out, strlCells);
        tail.writeTo(out);
    }

    /** Everything up to and including {@code <data>}; returns where the map's 14 offsets go. */
    private int head(ByteArrayOutputStream out, long[] map) {
        int k = cols.size();
        DtaBytes.ascii(out, "<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>");
        DtaBytes.i16(out, k);
        DtaBytes.ascii(out, "</K><N>");
        DtaBytes.i64(out, data.nObs());
        DtaBytes.ascii(out, "</N><label>");
        byte[] label = DtaBytes.utf8(data.label(), 80);
        DtaBytes.i16(out, label.length);
        out.writeBytes(label);
        DtaBytes.ascii(out, "</label><timestamp>");
        String ts = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH));
        out.write(ts.length());
        DtaBytes.ascii(out, ts);
        DtaBytes.ascii(out, "</timestamp></header>");
        map[1] = out.size();
        DtaBytes.ascii(out, "<map>");
        int mapPos = out.size();
        out.writeBytes(new byte[14 * 8]);
        DtaBytes.ascii(out, "</map>");
        map[2] = section(out, "<variable_types>");
        for (int t : types) {
            DtaBytes.i16(out, t);
        }
        map[3] = section(out, "</variable_types><varnames>");
        for (Column c : cols) {
            DtaBytes.fixed(out, c.name(), 129);
        }
        map[4] = section(out, "</varnames><sortlist>");
        List<String> sorted = data.sortedBy();
        boolean open = true;
        for (int j = 0; j <= k; j++) {
            int pos = open && j < sorted.size() ? data.position(sorted.get(j)) + 1 : 0;
            open = pos > 0;
            DtaBytes.i16(out, pos);
        }
        map[5] = section(out, "</sortlist><formats>");
        for (Column c : cols) {
            DtaBytes.fixed(out, c.format(), 57);
        }
        map[6] = section(out, "</formats><value_label_names>");
        for (Column c : cols) {
            String vl = c instanceof NumericColumn nc ? nc.valueLabel() : null;
            DtaBytes.fixed(out, vl == null ? "" : vl, 129);
        }
        map[7] = section(out, "</value_label_names><variable_labels>");
        for (Column c : cols) {
            DtaBytes.fixed(out, c.label(), 321);
        }
        map[8] = section(out, "</variable_labels><characteristics>");
        for (Map.Entry<String, List<String>> e : data.notes().entrySet()) {
            if (!e.getKey().equals("_dta") && !data.has(e.getKey()) || e.getValue().isEmpty()) {
                continue;
            }
            characteristic(out, e.getKey(), "note0", String.valueOf(e.getValue().size()));
            for (int i = 0; i < e.getValue().size(); i++) {
                characteristic(out, e.getKey(), "note" + (i + 1), e.getValue().get(i));
            }
        }
        map[9] = section(out, "</characteristics><data>");
        return mapPos;
    }

    /** Writes tags and returns the offset of the last opening tag among them. */
    private static long section(ByteArrayOutputStream out, String tags) {
        int open = tags.lastIndexOf('<');
        DtaBytes.ascii(out, tags);
        return out.size() - (tags.length() - open);
    }

    private static void characteristic(ByteArrayOutputStream out, String var, String name, String contents) {
        byte[] c = DtaBytes.utf8(contents, 67784);
        DtaBytes.ascii(out, "<ch>");
        DtaBytes.i32(out, 129 + 129 + c.length + 1);
        DtaBytes.fixed(out, var, 129);
        DtaBytes.fixed(out, name, 129);
        out.writeBytes(c);
        out.write(0);
        DtaBytes.ascii(out, "</ch>");
    }

    private long[][] strlCells(DtaStrls.Builder strls) {
        long[][] cells = new long[cols.size()][];
        for (int j = 0; j < cols.size(); j++) {
            if (types[j] == DtaTypes.STRL) {
                String[] v = ((StringColumn) cols.get(j)).raw();
                cells[j] = new long[v.length];
                strls.nextColumn();
                for (int i = 0; i < v.length; i++) {
                    cells[j][i] = strls.cell(j, i, v[i] == null ? "" : v[i]);
                }
            }
        }
        return cells;
    }

    /** The data rows, a chunk at a time, filled column by column. */
    private void rows(OutputStream out, long[][] strlCells) throws IOException {
        int n = data.nObs();
        int chunkRows = rowWidth == 0 ? Math.max(n, 1) : Math.max(1, CHUNK_BYTES / rowWidth);
        ByteBuffer b = ByteBuffer.allocate(Math.max(1, chunkRows * rowWidth)).order(ByteOrder.LITTLE_ENDIAN);
        for (int r0 = 0; r0 < n; r0 += chunkRows) {
            int m = Math.min(chunkRows, n - r0);
            for (int j = 0; j < cols.size(); j++) {
                fill(b, j, r0, m, strlCells[j]);
            }
            out.write(b.array(), 0, m * rowWidth);
        }
    }

    private void fill(ByteBuffer b, int j, int r0, int m, long[] strl) {
        Column c = cols.get(j);
        int w = rowWidth;
        int p = offsets[j];
        switch (types[j]) {
            case DtaTypes.BYTE: {
                byte[] a = ((ByteColumn) c).raw();
                for (int i = 0; i < m; i++) {
                    b.put(p + i * w, a[r0 + i]);
                }
                break;
            }
            case DtaTypes.INT: {
                short[] a = ((IntColumn) c).raw();
                for (int i = 0; i < m; i++) {
                    b.putShort(p + i * w, a[r0 + i]);
                }
                break;
            }
            case DtaTypes.LONG: {
                int[] a = ((LongColumn) c).raw();
                for (int i = 0; i < m; i++) {
                    b.putInt(p + i * w, a[r0 + i]);
                }
                break;
            }
            case DtaTypes.FLOAT: {
                float[] a = ((FloatColumn) c).raw();
                for (int i = 0; i < m; i++) {
                    float v = a[r0 + i];
                    b.putFloat(p + i * w, Float.isNaN(v) ? Missing.FLOAT_DOT : v);
                }
                break;
            }
            case DtaTypes.DOUBLE: {
                double[] a = ((DoubleColumn) c).raw();
                for (int i = 0; i < m; i++) {
                    double v = a[r0 + i];
                    b.putDouble(p + i * w, v < Missing.DOT && v > -Missing.DOT ? v : Missing.normalize(v));
                }
                break;
            }
            case DtaTypes.STRL: {
                for (int i = 0; i < m; i++) {
                    b.putLong(p + i * w, strl[r0 + i]);
                }
                break;
            }
            default: {
                String[] a = ((StringColumn) c).raw();
                int width = types[j];
                byte[] arr = b.array();
                for (int i = 0; i < m; i++) {
                    String s = a[r0 + i];
                    byte[] v = s == null || s.isEmpty() ? EMPTY : s.getBytes(StandardCharsets.UTF_8);
                    int at = p + i * w;
                    int len = Math.min(v.length, width);
                    System.arraycopy(v, 0, arr, at, len);
                    java.util.Arrays.fill(arr, at + len, at + width, (byte) 0);
                }
            }
        }
    }

    private static final byte[] EMPTY = new byte[0];

    /**
     * The file type of a column: numeric types as they are; str# as wide as its longest value in
     * UTF-8 bytes (at least its declared width, at most 2045); longer strings become strL.
     */
    private static int typeCode(Column c) {
        switch (c.type()) {
            case BYTE: return DtaTypes.BYTE;
            case INT: return DtaTypes.INT;
            case LONG: return DtaTypes.LONG;
            case FLOAT: return DtaTypes.FLOAT;
            case DOUBLE: return DtaTypes.DOUBLE;
            case STRL: return DtaTypes.STRL;
            default: {
                StringColumn s = (StringColumn) c;
                int w = 1;
                for (String v : s.raw()) {
                    if (v != null && v.length() * 3 > w) {
                        w = Math.max(w, StringColumn.byteLength(v));
                    }
                }
                return w > StringColumn.MAX_STR ? DtaTypes.STRL : Math.max(w, Math.min(s.width(), StringColumn.MAX_STR));
            }
        }
    }
}
