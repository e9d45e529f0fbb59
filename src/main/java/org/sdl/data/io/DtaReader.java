package org.sdl.data.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.DoubleColumn;
import org.sdl.data.FloatColumn;
import org.sdl.data.IntColumn;
import org.sdl.data.LongColumn;
import org.sdl.data.NumericColumn;
import org.sdl.data.StringColumn;
import org.sdl.data.ValueLabelSet;

/**
 * Reads Stata .dta files: formats 114 and 115 (Stata 10-12 binary layout) and 117, 118, 119
 * (the tagged layout of Stata 13+), either byte order, with variable and value labels, formats,
 * notes, strL and extended missing values. Numbers keep their storage type; the in-memory
 * missing codes are Stata's own, so values are copied without translation.
 */
public final class DtaReader {
    private final ByteReader in;
    private final String file;
    private int release;
    private int k;
    private long n;
    private int[] types;
    private final List<String> names = new ArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final List<String> labelNames = new ArrayList<>();
    private final List<String> varLabels = new ArrayList<>();
    private final List<String> sortVars = new ArrayList<>();
    private final Map<String, List<String>> notes = new HashMap<>();
    private String dataLabel = "";

    private DtaReader(byte[] bytes, String file) {
        this.in = new ByteReader(bytes, file);
        this.file = file;
    }

    public static Dataset read(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DataException(601, "file " + path + " not found");
        } catch (IOException e) {
            throw new DataException(603, "file " + path + " could not be opened: " + e.getMessage());
        }
        return new DtaReader(bytes, path.toString()).read();
    }

    private Dataset read() {
        if (in.remaining() < 4) {
            throw in.truncated();
        }
        if (in.peek("<stata_dta>")) {
            return readTagged();
        }
        int first = in.u8();
        if (first == 114 || first == 115 || first == 113) {
            release = first;
            return readOld();
        }
        throw new DataException(610, "file " + file + " not Stata format");
    }

    private Dataset readTagged() {
        in.expect("<stata_dta><header><release>");
        release = Integer.parseInt(new String(in.bytes(3), StandardCharsets.US_ASCII));
        if (release < 117 || release > 119) {
            throw new DataException(610, "file " + file + " is .dta format " + release + ", which sdl does not read");
        }
        in.expect("</release><byteorder>");
        String bo = new String(in.bytes(3), StandardCharsets.US_ASCII);
        in.order(bo.equals("MSF") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        in.expect("</byteorder><K>");
        k = release == 119 ? in.i32() : in.u16();
        in.expect("</K><N>");
        n = release == 117 ? in.u32() : in.i64();
        if (n > Integer.MAX_VALUE - 8 || n < 0) {
            throw new DataException(900, "file " + file + " has too many observations");
        }
        in.expect("</N><label>");
        int ll = release == 117 ? in.u8() : in.u16();
        dataLabel = decode(in.bytes(ll));
        in.expect("</label><timestamp>");
        int tl = in.u8();
        in.bytes(tl);
        in.expect("</timestamp></header><map>");
        long[] map = new long[14];
        for (int i = 0; i < 14; i++) {
            map[i] = in.i64();
        }
        in.expect("</map><variable_types>");
        types = new int[k];
        for (int j = 0; j < k; j++) {
            types[j] = in.u16();
        }
        int nameLen = release == 117 ? 33 : 129;
        in.expect("</variable_types><varnames>");
        for (int j = 0; j < k; j++) {
            names.add(in.fixed(nameLen));
        }
        in.expect("</varnames><sortlist>");
        for (int j = 0; j <= k; j++) {
            int s = release == 119 ? in.i32() : in.u16();
            if (s > 0 && s <= k) {
                sortVars.add(String.valueOf(s));
            }
        }
        in.expect("</sortlist><formats>");
        for (int j = 0; j < k; j++) {
            formats.add(in.fixed(release == 117 ? 49 : 57));
        }
        in.expect("</formats><value_label_names>");
        for (int j = 0; j < k; j++) {
            labelNames.add(in.fixed(nameLen));
        }
        in.expect("</value_label_names><variable_labels>");
        for (int j = 0; j < k; j++) {
            varLabels.add(in.fixed(release == 117 ? 81 : 321));
        }
        in.expect("</variable_labels><characteristics>");
        while (in.peek("<ch>")) {
            in.expect("<ch>");
            int len = in.i32();
            String var = in.fixed(nameLen);
            String ch = in.fixed(nameLen);
            String contents = decode(trimNul(in.bytes(len - 2 * nameLen)));
            in.expect("</ch>");
            if (ch.startsWith("note") && !ch.equals("note0")) {
                notes.computeIfAbsent(var, x -> new ArrayList<>()).add(contents);
            }
        }
        in.expect("</characteristics><data>");
        Column[] cols = new Column[k];
        long[][] strlRefs = new long[k][];
        readRows(cols, strlRefs);
        in.expect("</data><strls>");
        Map<Long, String> strls = new HashMap<>();
        while (in.peek("GSO")) {
            in.expect("GSO");
            long v = in.u32();
            long o = release == 117 ? in.u32() : in.i64();
            int t = in.u8();
            int len = in.i32();
            byte[] b = in.bytes(len);
            if (t == 130 && len > 0 && b[len - 1] == 0) {
                b = java.util.Arrays.copyOf(b, len - 1);
            }
            strls.put(v * 1_000_000_007L + o, t == 129 ? new String(b, StandardCharsets.ISO_8859_1) : decode(b));
        }
        in.expect("</strls><value_labels>");
        Map<String, ValueLabelSet> labels = new HashMap<>();
        while (in.peek("<lbl>")) {
            in.expect("<lbl>");
            in.i32();
            String name = in.fixed(nameLen);
            in.bytes(3);
            labels.put(name, labelTable(name));
            in.expect("</lbl>");
        }
        in.expect("</value_labels></stata_dta>");
        resolveStrls(cols, strlRefs, strls);
        return assemble(cols, labels);
    }

    private Dataset readOld() {
        int order = in.u8();
        in.order(order == 1 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        in.u8();
        in.u8();
        k = in.u16();
        n = in.u32();
        dataLabel = decode(trimNul(in.bytes(81)));
        in.bytes(18);
        types = new int[k];
        for (int j = 0; j < k; j++) {
            int t = in.u8();
            types[j] = t <= 244 ? t : switch (t) {
                case 251 -> 65530;
                case 252 -> 65529;
                case 253 -> 65528;
                case 254 -> 65527;
                case 255 -> 65526;
                default -> throw new DataException(610, "file " + file + " has an unknown variable type " + t);
            };
        }
        for (int j = 0; j < k; j++) {
            names.add(in.fixed(33));
        }
        for (int j = 0; j <= k; j++) {
            int s = in.u16();
            if (s > 0 && s <= k) {
                sortVars.add(String.valueOf(s));
            }
        }
        for (int j = 0; j < k; j++) {
            formats.add(in.fixed(49));
        }
        for (int j = 0; j < k; j++) {
            labelNames.add(in.fixed(33));
        }
        for (int j = 0; j < k; j++) {
            varLabels.add(in.fixed(81));
        }
        while (true) {
            int type = in.u8();
            int len = in.i32();
            if (type == 0 && len == 0) {
                break;
            }
            byte[] b = in.bytes(len);
            if (len > 66) {
                String var = new String(b, 0, 33, StandardCharsets.ISO_8859_1).split("\0")[0];
                String ch = new String(b, 33, 33, StandardCharsets.ISO_8859_1).split("\0")[0];
                if (ch.startsWith("note") && !ch.equals("note0")) {
                    notes.computeIfAbsent(var, x -> new ArrayList<>()).add(decode(trimNul(java.util.Arrays.copyOfRange(b, 66, len))));
                }
            }
        }
        Column[] cols = new Column[k];
        readRows(cols, new long[k][]);
        Map<String, ValueLabelSet> labels = new HashMap<>();
        while (in.remaining() >= 4) {
            in.i32();
            String name = in.fixed(33);
            in.bytes(3);
            labels.put(name, labelTable(name));
        }
        return assemble(cols, labels);
    }

    private void readRows(Column[] cols, long[][] strlRefs) {
        int rows = (int) n;
        byte[][] b = new byte[k][];
        short[][] s = new short[k][];
        int[][] l = new int[k][];
        float[][] f = new float[k][];
        double[][] d = new double[k][];
        String[][] str = new String[k][];
        for (int j = 0; j < k; j++) {
            int t = types[j];
            switch (t) {
                case 65530: b[j] = new byte[rows]; break;
                case 65529: s[j] = new short[rows]; break;
                case 65528: l[j] = new int[rows]; break;
                case 65527: f[j] = new float[rows]; break;
                case 65526: d[j] = new double[rows]; break;
                case 32768: strlRefs[j] = new long[rows]; str[j] = new String[rows]; break;
                default:
                    if (t < 1 || t > 2045) {
                        throw new DataException(610, "file " + file + " has an unknown variable type " + t);
                    }
                    str[j] = new String[rows];
            }
        }
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < k; j++) {
                int t = types[j];
                switch (t) {
                    case 65530: b[j][i] = in.i8(); break;
                    case 65529: s[j][i] = in.i16(); break;
                    case 65528: l[j][i] = in.i32(); break;
                    case 65527: f[j][i] = in.f32(); break;
                    case 65526: d[j][i] = in.f64(); break;
                    case 32768:
                        if (release == 117) {
                            strlRefs[j][i] = in.u32() * 1_000_000_007L + in.u32();
                        } else if (release == 118) {
                            long raw = in.i64();
                            long v = in.peekOrder() == ByteOrder.LITTLE_ENDIAN ? raw & 0xffff : raw >>> 48;
                            long o = in.peekOrder() == ByteOrder.LITTLE_ENDIAN ? raw >>> 16 : raw & 0xffffffffffffL;
                            strlRefs[j][i] = v * 1_000_000_007L + o;
                        } else {
                            long raw = in.i64();
                            long v = in.peekOrder() == ByteOrder.LITTLE_ENDIAN ? raw & 0xffffff : raw >>> 40;
                            long o = in.peekOrder() == ByteOrder.LITTLE_ENDIAN ? raw >>> 24 : raw & 0xffffffffffL;
                            strlRefs[j][i] = v * 1_000_000_007L + o;
                        }
                        break;
                    default:
                        str[j][i] = decode(trimNul(in.bytes(t)));
                }
            }
        }
        for (int j = 0; j < k; j++) {
            String name = names.get(j);
            int t = types[j];
            switch (t) {
                case 65530: cols[j] = new ByteColumn(name, b[j]); break;
                case 65529: cols[j] = new IntColumn(name, s[j]); break;
                case 65528: cols[j] = new LongColumn(name, l[j]); break;
                case 65527: cols[j] = new FloatColumn(name, f[j]); break;
                case 65526: cols[j] = new DoubleColumn(name, d[j]); break;
                case 32768: cols[j] = null; break;
                default:
                    StringColumn sc = new StringColumn(name, str[j], false);
                    sc.setWidth(t);
                    cols[j] = sc;
            }
        }
        for (int j = 0; j < k; j++) {
            if (types[j] == 32768) {
                cols[j] = new StringColumn(names.get(j), str[j], true);
            }
        }
    }

    private void resolveStrls(Column[] cols, long[][] refs, Map<Long, String> strls) {
        for (int j = 0; j < k; j++) {
            if (refs[j] == null) {
                continue;
            }
            StringColumn c = (StringColumn) cols[j];
            String[] raw = c.raw();
            for (int i = 0; i < raw.length; i++) {
                raw[i] = refs[j][i] == 0 ? "" : strls.getOrDefault(refs[j][i], "");
            }
        }
    }

    private ValueLabelSet labelTable(String name) {
        int entries = in.i32();
        int txtlen = in.i32();
        if (entries < 0 || txtlen < 0) {
            throw in.truncated();
        }
        int[] off = new int[entries];
        int[] val = new int[entries];
        for (int i = 0; i < entries; i++) {
            off[i] = in.i32();
        }
        for (int i = 0; i < entries; i++) {
            val[i] = in.i32();
        }
        byte[] txt = in.bytes(txtlen);
        ValueLabelSet set = new ValueLabelSet(name);
        for (int i = 0; i < entries; i++) {
            int end = off[i];
            while (end < txtlen && txt[end] != 0) {
                end++;
            }
            double v = val[i] >= org.sdl.data.Missing.LONG_DOT
                ? org.sdl.data.Missing.fromCode(val[i] - org.sdl.data.Missing.LONG_DOT) : val[i];
            set.put(v, decode(java.util.Arrays.copyOfRange(txt, Math.min(off[i], txtlen), end)));
        }
        return set;
    }

    private Dataset assemble(Column[] cols, Map<String, ValueLabelSet> labels) {
        Dataset ds = new Dataset();
        ds.setObs((int) n);
        for (int j = 0; j < k; j++) {
            Column c = cols[j];
            if (!formats.get(j).isEmpty()) {
                c.setFormat(formats.get(j));
            }
            c.setLabel(varLabels.get(j));
            if (c instanceof NumericColumn nc && !labelNames.get(j).isEmpty()) {
                nc.setValueLabel(labelNames.get(j));
            }
            ds.add(c);
        }
        ds.valueLabels().putAll(labels);
        ds.setLabel(dataLabel);
        List<String> sort = new ArrayList<>();
        for (String s : sortVars) {
            sort.add(names.get(Integer.parseInt(s) - 1));
        }
        ds.setSortedBy(sort);
        notes.forEach((var, list) -> ds.notes().put(var, list));
        ds.markSaved();
        return ds;
    }

    private String decode(byte[] b) {
        if (release >= 118) {
            return new String(b, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] trimNul(byte[] b) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return end == b.length ? b : java.util.Arrays.copyOf(b, end);
    }
}
