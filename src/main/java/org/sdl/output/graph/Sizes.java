package org.sdl.output.graph;

import java.util.Locale;

/**
 * Stata's size words in the scene's one unit: percent of the smaller side of the graph (Stata's
 * "relative size"), so a picture scales with its pixel size. Text, marker and line sizes each have
 * their own word table, as in Stata; a plain number is taken as is and {@code *k} multiplies the default.
 */
public final class Sizes {
    private Sizes() {}

    /** Text sizes ({@code textsizestyle}). */
    public static double text(String s, double dflt) {
        return word(s, dflt, new String[] {"zero", "minuscule", "quarter_tiny", "third_tiny", "half_tiny",
            "tiny", "vsmall", "small", "medsmall", "medium", "medlarge", "large", "vlarge", "huge", "vhuge"},
            new double[] {0, 0.5, 0.5, 0.7, 1, 2, 2.6, 3, 3.4, 3.8, 4.2, 4.8, 5.6, 7, 8.5});
    }

    /** Marker sizes ({@code markersizestyle}). */
    public static double marker(String s, double dflt) {
        return word(s, dflt, new String[] {"vtiny", "tiny", "vsmall", "small", "medsmall", "medium", "medlarge",
            "large", "vlarge", "huge", "vhuge", "ehuge"},
            new double[] {0.4, 0.6, 1.0, 1.3, 1.6, 1.9, 2.2, 2.6, 3.2, 4.2, 5.0, 6.0});
    }

    /** Line widths ({@code linewidthstyle}). */
    public static double line(String s, double dflt) {
        return word(s, dflt, new String[] {"none", "vvvthin", "vvthin", "vthin", "thin", "medthin", "medium",
            "medthick", "thick", "vthick", "vvthick", "vvvthick"},
            new double[] {0, 0.03, 0.06, 0.1, 0.15, 0.2, 0.25, 0.35, 0.45, 0.6, 0.8, 1.1});
    }

    private static double word(String s, double dflt, String[] names, double[] values) {
        if (s == null) {
            return dflt;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("*")) {
            return dflt * Double.parseDouble(t.substring(1));
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(t)) {
                return values[i];
            }
        }
        try {
            double v = Double.parseDouble(t);
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException(s);
    }
}
