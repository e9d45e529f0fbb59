package org.sdl.output.graph;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts graphs are drawn with: a Helvetica/Arial-like sans serif for Latin text (Stata's
 * look), and for text it cannot show (Chinese, Japanese, Korean labels) a font with those glyphs
 * when one is installed (Noto Sans CJK, Source Han, WenQuanYi, ...). Without one, such text is
 * drawn with the Latin font (boxes) and {@link #missingGlyphsNote} says so.
 */
public final class Fonts {
    private Fonts() {}

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final List<String> LATIN = List.of("Liberation Sans", "Arial", "Helvetica", "DejaVu Sans");
    private static final List<String> CJK = List.of("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP",
        "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback",
        "AR PL UMing CN", "Noto Serif CJK SC");

    private static volatile String latin;
    private static volatile String cjk;

    private static synchronized void load() {
        if (latin != null) {
            return;
        }
        Set<String> have = new HashSet<>(Arrays.asList(
            GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        latin = LATIN.stream().filter(have::contains).findFirst().orElse(Font.SANS_SERIF);
        cjk = CJK.stream().filter(have::contains).findFirst().orElse("");
    }

    /** A font at a pixel size that can show the text when any installed font can. */
    public static Font forText(String text, float sizePx) {
        load();
        Font f = new Font(latin, Font.PLAIN, 1).deriveFont(sizePx);
        if (f.canDisplayUpTo(text) == -1 || cjk.isEmpty()) {
            return f;
        }
        return new Font(cjk, Font.PLAIN, 1).deriveFont(sizePx);
    }

    /** A note when the text has characters no installed font shows, else null. */
    public static String missingGlyphsNote(String text) {
        load();
        Font f = new Font(latin, Font.PLAIN, 12);
        if (f.canDisplayUpTo(text) == -1) {
            return null;
        }
        if (!cjk.isEmpty() && new Font(cjk, Font.PLAIN, 12).canDisplayUpTo(text) == -1) {
            return null;
        }
        return "note: no installed font has all characters of \"" + text
            + "\"; install fonts-noto-cjk (Chinese, Japanese, Korean) to draw them";
    }

    /** The family used for Latin text (for the docs and tests). */
    public static String latinFamily() {
        load();
        return latin;
    }

    /** The family used for CJK text, or "" when none is installed. */
    public static String cjkFamily() {
        load();
        return cjk;
    }
}
