package org.sdl.output.graph;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stata's named colours ({@code colorstyle}): the s2color palette names, the Stata 18 st colours,
 * gray scales {@code gs0}..{@code gs16}, RGB triples in quotes, and the {@code %opacity} and
 * {@code *intensity} suffixes. Unknown names return null so the caller can say r(198) naming it.
 */
public final class StataColors {
    private StataColors() {}

    private static final Map<String, Rgb> NAMED = new HashMap<>();

    static {
        put("black", 0, 0, 0);
        put("white", 255, 255, 255);
        put("navy", 26, 71, 111);
        put("maroon", 144, 53, 59);
        put("forest_green", 85, 117, 47);
        put("dkorange", 227, 126, 0);
        put("teal", 110, 142, 132);
        put("cranberry", 193, 5, 52);
        put("lavender", 147, 141, 210);
        put("khaki", 202, 194, 126);
        put("sienna", 160, 82, 45);
        put("emidblue", 123, 146, 168);
        put("emerald", 45, 109, 102);
        put("brown", 156, 136, 71);
        put("erose", 191, 161, 156);
        put("gold", 255, 210, 0);
        put("bluishgray", 217, 230, 235);
        put("ltbluishgray", 234, 242, 243);
        put("dknavy", 0, 32, 96);
        put("dkgreen", 0, 100, 0);
        put("blue", 0, 0, 255);
        put("red", 255, 0, 0);
        put("green", 0, 128, 0);
        put("yellow", 255, 255, 0);
        put("orange", 255, 165, 0);
        put("orange_red", 255, 69, 0);
        put("magenta", 255, 0, 255);
        put("cyan", 0, 255, 255);
        put("purple", 128, 0, 128);
        put("pink", 255, 192, 203);
        put("lime", 0, 255, 0);
        put("olive", 128, 128, 0);
        put("olive_teal", 136, 176, 150);
        put("ltblue", 173, 216, 230);
        put("midblue", 0, 102, 204);
        put("midgreen", 0, 153, 0);
        put("mint", 170, 240, 209);
        put("sand", 205, 187, 143);
        put("sandb", 226, 213, 176);
        put("stone", 203, 194, 170);
        put("eggshell", 240, 234, 214);
        put("ltkhaki", 240, 230, 140);
        put("ebg", 212, 226, 231);
        put("ebblue", 0, 139, 188);
        put("edkblue", 62, 91, 132);
        put("eltblue", 168, 200, 220);
        put("eltgreen", 195, 224, 189);
        put("dimgray", 105, 105, 105);
        put("gray", 128, 128, 128);
        put("grey", 128, 128, 128);
        // Stata 18's stcolor palette (as printed by Stata 18's palette color)
        int[][] st = {{26, 133, 255}, {212, 17, 89}, {0, 191, 127}, {255, 212, 0}, {79, 44, 153},
            {255, 99, 51}, {77, 183, 255}, {124, 0, 21}, {15, 239, 175}, {250, 163, 7},
            {117, 139, 253}, {254, 217, 183}, {8, 35, 76}, {248, 141, 173}, {15, 81, 86}};
        for (int i = 0; i < st.length; i++) {
            put("stc" + (i + 1), st[i][0], st[i][1], st[i][2]);
        }
        put("stblue", 26, 133, 255);
        put("stred", 212, 17, 89);
        put("stgreen", 0, 191, 127);
        put("styellow", 255, 212, 0);
        for (int i = 0; i <= 16; i++) {
            int v = (int) Math.round(255.0 * i / 16);
            put("gs" + i, v, v, v);
        }
    }

    private static void put(String name, int r, int g, int b) {
        NAMED.put(name, new Rgb(r, g, b));
    }

    /** A named colour without suffixes, or null. */
    public static Rgb named(String name) {
        return NAMED.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Parses a colorstyle: {@code navy}, {@code "255 0 0"}, {@code 255 0 0}, {@code navy%50},
     * {@code navy*.6}, {@code none}; null when it is not a colour.
     */
    public static Rgb parse(String spec) {
        String s = spec.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        double opacity = -1;
        double intensity = -1;
        int pct = s.indexOf('%');
        try {
            if (pct >= 0) {
                opacity = Double.parseDouble(s.substring(pct + 1).strip());
                s = s.substring(0, pct).strip();
            }
            int star = s.indexOf('*');
            if (star >= 0) {
                intensity = Double.parseDouble(s.substring(star + 1).strip());
                s = s.substring(0, star).strip();
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (s.startsWith("\"") && s.endsWith("\"") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        Rgb c;
        if (s.equalsIgnoreCase("none")) {
            return Rgb.NONE;
        } else if (s.matches("\\d+\\s+\\d+\\s+\\d+")) {
            String[] p = s.split("\\s+");
            int r = Integer.parseInt(p[0]);
            int g = Integer.parseInt(p[1]);
            int b = Integer.parseInt(p[2]);
            if (r > 255 || g > 255 || b > 255) {
                return null;
            }
            c = new Rgb(r, g, b);
        } else {
            c = named(s);
        }
        if (c == null) {
            return null;
        }
        if (intensity >= 0) {
            c = c.intensity(intensity);
        }
        if (opacity >= 0) {
            c = c.opacity(opacity);
        }
        return c;
    }
}
