package org.sdl.output;

/**
 * How many terminal columns a string takes: East Asian wide and fullwidth characters (CJK
 * ideographs, kana, hangul, fullwidth forms) take two, combining marks none, the rest one, as a
 * terminal draws them (the rule of wcwidth). Tables pad by this width, not by string length, so a
 * Chinese value label lines up with the Latin ones.
 */
public final class DisplayWidth {
    private DisplayWidth() {}

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += ofCodePoint(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    public static int ofCodePoint(int cp) {
        if (cp == 0) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
            || (cp >= 0x2E80 && cp <= 0x303E)
            || (cp >= 0x3041 && cp <= 0x33FF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0xA000 && cp <= 0xA4CF)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x1F300 && cp <= 0x1F64F)
            || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** s followed by spaces up to width columns (s unchanged when already as wide). */
    public static String padRight(String s, int width) {
        int pad = width - of(s);
        return pad > 0 ? s + " ".repeat(pad) : s;
    }

    /** Spaces up to width columns, then s. */
    public static String padLeft(String s, int width) {
        int pad = width - of(s);
        return pad > 0 ? " ".repeat(pad) + s : s;
    }
}
