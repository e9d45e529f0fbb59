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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/**
 * Writes .dta format 118 (Stata 14+; UTF-8, little-endian): storage types, variable and value
 * labels, formats, notes, sort order, strL, extended missing values. Always atomic.
 */
public final class DtaWriter {
    private final Dataset data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    private final long[] map = new long[14];

    private DtaWriter(Dataset data) {
        this.data = data;
    }

    public static void write(Dataset data, Path path, boolean replace) {
        DtaWriter w = new DtaWriter(data);
        byte[] bytes = w.render();
        AtomicFiles.write(path, replace, o -> o.write(bytes));
    }

    /** For tests that simulate a failure midway: writes through the given content wrapper. */
    public static void write(Dataset data, Path path, boolean replace, java.util.function.UnaryOperator<AtomicFiles.Content> wrap) {
        DtaWriter w = new DtaWriter(data);
        byte[] bytes = w.render();
        AtomicFiles.write(path, replace, wrap.apply(o -> o.write(bytes)));
    }

    private byte[] render() {
        int k = data.nVars();
        int n = data.nObs();
        List<Column> cols = data.columns();
        ascii("<stata_dta><header><release>118</release><byteorder>LSF</byteorder><K>");
        i16(k);
        ascii("</K><N>");
        i64(n);
        ascii("</N><label>");
        byte[] label = utf8(data.label(), 80);
        i16(label.length);
        out.writeBytes(label);
        ascii("</label><timestamp>");
        String ts = LocalDateTime.now().format(DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", Locale.ENGLISH));
        out.write(ts.length());
        ascii(ts);
        ascii("</timestamp></header>");
        map[0] = 0;
        map[1] = out.size();
        ascii("<map>");
        int mapPos = out.size();
        for (int i = 0; i < 14; i++) {
            i64(0);
        }
        ascii("</map>");
        map[2] = out.size();
        ascii("<variable_types>");
        int[] types = new int[k];
        for (int j = 0; j < k; j++) {
            types[j] = typeCode(cols.get(j));
            i16(types[j]);
        }
        ascii("</variable_types>");
        map[3] = out.size();
        ascii("<varnames>");
        for (Column c : cols) {
            fixed(c.name(), 129);
        }
        ascii("</varnames>");
        map[4] = out.size();
        ascii("<sortlist>");
        List<String> sorted = data.sortedBy();
        for (int j = 0; j <= k; j++) {
            i16(j < sorted.size() ? data.position(sorted.get(j)) + 1 : 0);
        }
        ascii("</sortlist>");
        map[5] = out.size();
        ascii("<formats>");
        for (Column c : cols) {
            fixed(c.format(), 57);
        }
        ascii("</formats>");
        map[6] = out.size();
        ascii("<value_label_names>");
        for (Column c : cols) {
            fixed(c instanceof NumericColumn nc && nc.valueLabel() != null ? nc.valueLabel() : "", 129);
        }
        ascii("</value_label_names>");
        map[7] = out.size();
        ascii("<variable_labels>");
        for (Column c : cols) {
            fixed(c.label(), 321);
        }
        ascii("</variable_labels>");
        map[8] = out.size();
        ascii("<characteristics>");
        for (Map.Entry<String, List<String>> e : data.notes().entrySet()) {
            characteristic(e.getKey(), "note0", String.valueOf(e.getValue().size()));
            for (int i = 0; i < e.getValue().size(); i++) {
                characteristic(e.getKey(), "note" + (i + 1), e.getValue().get(i));
            }
        }
        ascii("</characteristics>");
        map[9] = out.size();
        ascii("<data>");
        List<byte[]> strls = new ArrayList<>();
        List<long[]> strlKeys = new ArrayList<>();
        rows(cols, types, strls, strlKeys);
        ascii("</data>");
        map[10] = out.size();
        ascii("<strls>");
        for (int s = 0; s < strls.size(); s++) {
            ascii("GSO");
            i32((int) strlKeys.get(s)[0]);
            i64(strlKeys.get(s)[1]);
            out.write(130);
            byte[] b = strls.get(s);
            i32(b.length + 1);
            out.writeBytes(b);
            out.write(0);
        }
        ascii("</strls>");
        map[11] = out.size();
        ascii("<value_labels>");
        for (ValueLabelSet set : data.valueLabels().values()) {
            valueLabels(set);
        }
        ascii("</value_labels>");
        map[12] = out.size();
        ascii("</stata_dta>");
        map[13] = out.size();
        byte[] bytes = out.toByteArray();
        ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 14; i++) {
            bb.putLong(mapPos + 8 * i, map[i]);
        }
        return bytes;
    }

    private static int typeCode(Column c) {
        switch (c.type()) {
            case BYTE: return 65530;
            case INT: return 65529;
            case LONG: return 65528;
            case FLOAT: return 65527;
            case DOUBLE: return 65526;
            case STRL: return 32768;
            default: {
                StringColumn s = (StringColumn) c;
                int w = 1;
                for (String v : s.raw()) {
                    w = Math.max(w, v.getBytes(StandardCharsets.UTF_8).length);
                }
                return w > StringColumn.MAX_STR ? 32768 : Math.max(w, Math.min(s.width(), StringColumn.MAX_STR));
            }
        }
    }

    private void rows(List<Column> cols, int[] types, List<byte[]> strls, List<long[]> keys) {
        int n = data.nObs();
        ByteBuffer cell = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols.size(); j++) {
                Column c = cols.get(j);
                int t = types[j];
                cell.clear();
                switch (t) {
                    case 65530: out.write(((org.sdl.data.ByteColumn) c).raw()[i]); break;
                    case 65529: cell.putShort(((org.sdl.data.IntColumn) c).raw()[i]); out.write(cell.array(), 0, 2); break;
                    case 65528: cell.putInt(((org.sdl.data.LongColumn) c).raw()[i]); out.write(cell.array(), 0, 4); break;
                    case 65527: cell.putFloat(((org.sdl.data.FloatColumn) c).raw()[i]); out.write(cell.array(), 0, 4); break;
                    case 65526: {
                        double v = ((NumericColumn) c).get(i);
                        cell.putDouble(Missing.isMissing(v) ? Missing.normalize(v) : v);
                        out.write(cell.array(), 0, 8);
                        break;
                    }
                    case 32768: {
                        String v = ((StringColumn) c).get(i);
                        if (v.isEmpty()) {
                            i64(0);
                        } else {
                            long vv = j + 1;
                            long oo = i + 1;
                            strls.add(v.getBytes(StandardCharsets.UTF_8));
                            keys.add(new long[] {vv, oo});
                            i64((oo << 16) | vv);
                        }
                        break;
                    }
                    default: {
                        byte[] b = ((StringColumn) c).get(i).getBytes(StandardCharsets.UTF_8);
                        out.write(b, 0, Math.min(b.length, t));
                        for (int p = b.length; p < t; p++) {
                            out.write(0);
                        }
                    }
                }
            }
        }
    }

    private void valueLabels(ValueLabelSet set) {
        ByteArrayOutputStream txt = new ByteArrayOutputStream();
        List<Integer> offs = new ArrayList<>();
        List<Integer> vals = new ArrayList<>();
        for (Map.Entry<Double, String> e : set.entries().entrySet()) {
            double v = e.getKey();
            int code = Missing.isMissing(v) ? Missing.LONG_DOT + Missing.code(v) : (int) v;
            offs.add(txt.size());
            vals.add(code);
            txt.writeBytes(e.getValue().getBytes(StandardCharsets.UTF_8));
            txt.write(0);
        }
        int entries = offs.size();
        int len = 8 + 8 * entries + txt.size();
        ascii("<lbl>");
        i32(len);
        fixed(set.name(), 129);
        out.writeBytes(new byte[3]);
        i32(entries);
        i32(txt.size());
        offs.forEach(this::i32);
        vals.forEach(this::i32);
        out.writeBytes(txt.toByteArray());
        ascii("</lbl>");
    }

    private void characteristic(String var, String name, String contents) {
        byte[] c = contents.getBytes(StandardCharsets.UTF_8);
        ascii("<ch>");
        i32(129 + 129 + c.length + 1);
        fixed(var, 129);
        fixed(name, 129);
        out.writeBytes(c);
        out.write(0);
        ascii("</ch>");
    }

    private void ascii(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private void fixed(String s, int width) {
        byte[] b = utf8(s, width - 1);
        out.writeBytes(b);
        for (int i = b.length; i < width; i++) {
            out.write(0);
        }
    }

    /** UTF-8 bytes cut at a character boundary to at most max bytes. */
    private static byte[] utf8(String s, int max) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        if (b.length <= max) {
            return b;
        }
        int end = max;
        while (end > 0 && (b[end] & 0xC0) == 0x80) {
            end--;
        }
        return java.util.Arrays.copyOf(b, end);
    }

    private void i16(int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
    }

    private void i32(int v) {
        for (int s = 0; s < 32; s += 8) {
            out.write((v >>> s) & 0xff);
        }
    }

    private void i64(long v) {
        for (int s = 0; s < 64; s += 8) {
            out.write((int) ((v >>> s) & 0xff));
        }
    }

}
