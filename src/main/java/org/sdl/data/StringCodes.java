package org.sdl.data;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Dense ranks of string values in Stata's order (UTF-8 byte order, "" first), over the rows of
 * one or more string columns laid end to end. Each row costs one probe of an open-addressing
 * table of distinct strings (String caches its hash), and only the distinct strings are sorted.
 */
final class StringCodes {
    /** UTF-8 byte order, which is code point order; differs from String.compareTo on surrogates. */
    static final Comparator<String> BYTE_ORDER = StringCodes::compareBytes;

    private StringCodes() {
    }

    /** Fills out with each row's rank among the distinct values; returns how many there are. */
    static int ranks(StringColumn[] parts, int[] out) {
        int cap = 1024;
        String[] table = new String[cap];
        int[] codeAt = new int[cap];
        String[] distinct = new String[16];
        int size = 0;
        int at = 0;
        for (StringColumn part : parts) {
            String[] v = part.raw();
            for (int i = 0, n = part.size(); i < n; i++) {
                String s = v[i];
                int h = slot(s, cap);
                String t;
                while ((t = table[h]) != null && !t.equals(s)) {
                    h = (h + 1) & (cap - 1);
                }
                if (t == null) {
                    table[h] = s;
                    codeAt[h] = size;
                    if (size == distinct.length) {
                        distinct = Arrays.copyOf(distinct, size * 2);
                    }
                    distinct[size++] = s;
                    if (size * 2 > cap) {
                        cap *= 2;
                        table = new String[cap];
                        codeAt = new int[cap];
                        for (int c = 0; c < size; c++) {
                            int g = slot(distinct[c], cap);
                            while (table[g] != null) {
                                g = (g + 1) & (cap - 1);
                            }
                            table[g] = distinct[c];
                            codeAt[g] = c;
                        }
                        out[at++] = size - 1;
                        continue;
                    }
                }
                out[at++] = codeAt[h];
            }
        }
        int[] rankOfCode = rankOfCode(Arrays.copyOf(distinct, size));
        for (int i = 0; i < at; i++) {
            out[i] = rankOfCode[out[i]];
        }
        return size;
    }

    private static int[] rankOfCode(String[] distinct) {
        Integer[] byValue = new Integer[distinct.length];
        Arrays.setAll(byValue, i -> i);
        Arrays.sort(byValue, (a, b) -> compareBytes(distinct[a], distinct[b]));
        int[] rank = new int[distinct.length];
        for (int r = 0; r < byValue.length; r++) {
            rank[byValue[r]] = r;
        }
        return rank;
    }

    private static int slot(String s, int cap) {
        int h = s.hashCode() * 0x9E3779B9;
        return (h >>> 16 ^ h) & (cap - 1);
    }

    static int compareBytes(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // a surrogate stands for a code point above U+FFFF, whose UTF-8 bytes are larger
                // than those of any char in the basic plane, including U+E000..U+FFFF
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                return sx == sy ? x - y : sx ? 1 : -1;
            }
        }
        return a.length() - b.length();
    }
}
