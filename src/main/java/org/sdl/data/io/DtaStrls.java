package org.sdl.data.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.sdl.data.Column;
import org.sdl.data.StringColumn;

/**
 * The strL table (formats 117+): GSO entries keyed by (v, o), the variable and observation that
 * first held the string. Data cells hold the key; (0, 0) is the empty string.
 */
final class DtaStrls {
    private DtaStrls() {}

    /** (v, o) as one long: o has at most 40 bits in 119 and v at most 24 (v < 2^23 here). */
    static long key(long v, long o) {
        return (v << 40) | o;
    }

    /** Reads the GSO entries up to the closing tag and fills the strL columns. */
    static void read(DtaInput in, DtaHeader h, DtaData data) {
        Map<Long, String> table = new HashMap<>();
        while (in.peek("GSO")) {
            in.expect("GSO");
            long v = in.u32();
            long o = h.release == 117 ? in.u32() : in.i64();
            int t = in.u8();
            int len = in.i32();
            byte[] b = in.bytes(len);
            String s;
            if (t == 129) {
                // binary strL: kept byte for byte (ISO-8859-1 maps each byte to one char)
                s = new String(b, StandardCharsets.ISO_8859_1);
            } else {
                int end = len > 0 && b[len - 1] == 0 ? len - 1 : len;
                s = h.text.decode(b, 0, end);
            }
            table.put(key(v, o), s);
        }
        for (int j = 0; j < h.k; j++) {
            long[] refs = data.strlRefs[j];
            if (refs == null) {
                continue;
            }
            String[] raw = ((StringColumn) data.columns[j]).raw();
            for (int i = 0; i < raw.length; i++) {
                raw[i] = refs[i] == 0 ? "" : table.getOrDefault(refs[i], "");
            }
        }
    }

    /** Writer side: assigns keys, sharing one GSO among equal strings of a variable, and renders the table. */
    static final class Builder {
        private final ByteArrayOutputStream gso = new ByteArrayOutputStream();
        private final Map<String, Long> seen = new HashMap<>();

        /** The 8-byte cell value of format 118 for column j (0-based), observation i (0-based). */
        long cell(int j, int i, String value) {
            if (value.isEmpty()) {
                return 0;
            }
            Long existing = seen.get(value);
            if (existing != null) {
                return existing;
            }
            long v = j + 1;
            long o = i + 1;
            long packed = (o << 16) | v; // 118, little-endian: v in the low 2 bytes, o in the high 6
            seen.put(value, packed);
            byte[] b = value.getBytes(StandardCharsets.UTF_8);
            DtaBytes.ascii(gso, "GSO");
            DtaBytes.i32(gso, (int) v);
            DtaBytes.i64(gso, o);
            gso.write(130); // ASCII/UTF-8 text, stored with a trailing NUL
            DtaBytes.i32(gso, b.length + 1);
            gso.writeBytes(b);
            gso.write(0);
            return packed;
        }

        /** Starts a new variable: strings are shared only within one variable, as Stata does. */
        void nextColumn() {
            seen.clear();
        }

        byte[] bytes() {
            return gso.toByteArray();
        }

        static boolean any(Iterable<Column> cols) {
            for (Column c : cols) {
                if (c instanceof StringColumn s && s.isStrL()) {
                    return true;
                }
            }
            return false;
        }
    }
}
