package org.sdl.data.io;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.data.Missing;
import org.sdl.data.ValueLabelSet;

/**
 * Value-label tables: after the data (and strLs) in every format. A table is n entries, the text
 * length, n text offsets, n values (4-byte integers; .a-.z are the long missing codes) and the
 * NUL-separated texts. Sets are shared: variables name them in value_label_names.
 */
final class DtaValueLabels {
    private DtaValueLabels() {}

    /** Tagged formats: {@code <lbl>} entries up to {@code </value_labels>}. */
    static List<ValueLabelSet> readTagged(DtaInput in, DtaHeader h) {
        List<ValueLabelSet> sets = new ArrayList<>();
        while (in.peek("<lbl>")) {
            in.expect("<lbl>");
            in.i32(); // table length, implied by its contents
            String name = in.fixed(h.nameWidth(), h.text);
            in.skip(3);
            sets.add(table(in, h, name));
            in.expect("</lbl>");
        }
        return sets;
    }

    /** Formats 113-115: tables run to the end of the file. */
    static List<ValueLabelSet> readOld(DtaInput in, DtaHeader h) {
        List<ValueLabelSet> sets = new ArrayList<>();
        while (!in.atEnd()) {
            in.i32();
            String name = in.fixed(33, h.text);
            in.skip(3);
            sets.add(table(in, h, name));
        }
        return sets;
    }

    private static ValueLabelSet table(DtaInput in, DtaHeader h, String name) {
        int entries = in.i32();
        int txtlen = in.i32();
        if (entries < 0 || txtlen < 0 || entries > (1 << 26)) {
            throw in.corrupt("value label " + name);
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
            if (off[i] < 0 || off[i] >= txtlen) {
                throw in.corrupt("value label " + name);
            }
            double v = val[i] >= Missing.LONG_DOT ? Missing.fromCode(Math.min(26, val[i] - Missing.LONG_DOT)) : val[i];
            set.put(v, h.text.decode(txt, off[i], DtaText.cstrlen(txt, off[i], txtlen - off[i])));
        }
        return set;
    }

    /**
     * One {@code <lbl>} entry of format 118. Stata labels only integers and .a-.z; other keys
     * (a non-integer value or '.') cannot be stored and are skipped.
     */
    static void write(ByteArrayOutputStream out, ValueLabelSet set) {
        ByteArrayOutputStream txt = new ByteArrayOutputStream();
        List<int[]> entries = new ArrayList<>();
        for (Map.Entry<Double, String> e : set.entries().entrySet()) {
            double v = e.getKey();
            int code;
            if (Missing.isMissing(v)) {
                if (Missing.code(v) == 0) {
                    continue;
                }
                code = Missing.LONG_DOT + Missing.code(v);
            } else if (v == Math.rint(v) && Math.abs(v) <= 2147483620) {
                code = (int) v;
            } else {
                continue;
            }
            entries.add(new int[] {txt.size(), code});
            txt.writeBytes(DtaBytes.utf8(e.getValue(), 32000));
            txt.write(0);
        }
        DtaBytes.ascii(out, "<lbl>");
        DtaBytes.i32(out, 8 + 8 * entries.size() + txt.size());
        DtaBytes.fixed(out, set.name(), 129);
        out.writeBytes(new byte[3]);
        DtaBytes.i32(out, entries.size());
        DtaBytes.i32(out, txt.size());
        for (int[] e : entries) {
            DtaBytes.i32(out, e[0]);
        }
        for (int[] e : entries) {
            DtaBytes.i32(out, e[1]);
        }
        out.writeBytes(txt.toByteArray());
        DtaBytes.ascii(out, "</lbl>");
    }

}
