package org.sdl.output.excel;

import java.util.Locale;
import java.util.Map;
import org.sdl.data.DataException;

/**
 * The colours putexcel accepts: a name from the common web colour names below, or an RGB triple
 * "255 0 0" (Stata's form), or "#FF0000". Anything else is r(198) naming it.
 */
public final class ExcelColor {
    private ExcelColor() {}

    private static final Map<String, Integer> NAMES = Map.ofEntries(
        Map.entry("black", 0x000000), Map.entry("white", 0xFFFFFF), Map.entry("red", 0xFF0000),
        Map.entry("green", 0x008000), Map.entry("lime", 0x00FF00), Map.entry("blue", 0x0000FF),
        Map.entry("yellow", 0xFFFF00), Map.entry("orange", 0xFFA500), Map.entry("purple", 0x800080),
        Map.entry("magenta", 0xFF00FF), Map.entry("fuchsia", 0xFF00FF), Map.entry("cyan", 0x00FFFF),
        Map.entry("aqua", 0x00FFFF), Map.entry("gray", 0x808080), Map.entry("grey", 0x808080),
        Map.entry("silver", 0xC0C0C0), Map.entry("lightgray", 0xD3D3D3), Map.entry("lightgrey", 0xD3D3D3),
        Map.entry("darkgray", 0xA9A9A9), Map.entry("darkgrey", 0xA9A9A9), Map.entry("dimgray", 0x696969),
        Map.entry("navy", 0x000080), Map.entry("maroon", 0x800000), Map.entry("olive", 0x808000),
        Map.entry("teal", 0x008080), Map.entry("brown", 0xA52A2A), Map.entry("pink", 0xFFC0CB),
        Map.entry("gold", 0xFFD700), Map.entry("darkblue", 0x00008B), Map.entry("darkred", 0x8B0000),
        Map.entry("darkgreen", 0x006400), Map.entry("lightblue", 0xADD8E6), Map.entry("lightgreen", 0x90EE90),
        Map.entry("lightyellow", 0xFFFFE0), Map.entry("skyblue", 0x87CEEB), Map.entry("steelblue", 0x4682B4),
        Map.entry("indigo", 0x4B0082), Map.entry("violet", 0xEE82EE), Map.entry("tan", 0xD2B48C),
        Map.entry("beige", 0xF5F5DC), Map.entry("ivory", 0xFFFFF0), Map.entry("lavender", 0xE6E6FA),
        Map.entry("salmon", 0xFA8072), Map.entry("coral", 0xFF7F50), Map.entry("khaki", 0xF0E68C),
        Map.entry("crimson", 0xDC143C), Map.entry("turquoise", 0x40E0D0), Map.entry("whitesmoke", 0xF5F5F5),
        Map.entry("gainsboro", 0xDCDCDC), Map.entry("aliceblue", 0xF0F8FF), Map.entry("honeydew", 0xF0FFF0));

    /** The colour as 3 RGB bytes. */
    public static byte[] parse(String spec) {
        String s = spec.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Integer rgb = NAMES.get(s.toLowerCase(Locale.ROOT));
        if (rgb == null && s.matches("#[0-9A-Fa-f]{6}")) {
            rgb = Integer.parseInt(s.substring(1), 16);
        }
        if (rgb == null && s.matches("\\d{1,3}\\s+\\d{1,3}\\s+\\d{1,3}")) {
            String[] p = s.split("\\s+");
            int r = Integer.parseInt(p[0]);
            int g = Integer.parseInt(p[1]);
            int b = Integer.parseInt(p[2]);
            if (r <= 255 && g <= 255 && b <= 255) {
                rgb = r << 16 | g << 8 | b;
            }
        }
        if (rgb == null) {
            throw new DataException(198, "color " + spec.strip() + " not recognized; use a colour name (red, "
                + "lightgray, ...), \"R G B\" or \"#RRGGBB\"");
        }
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) (int) rgb};
    }
}
