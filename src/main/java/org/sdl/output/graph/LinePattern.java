package org.sdl.output.graph;

import java.util.Locale;

/** Stata's line patterns ({@code linepatternstyle}); {@link #dashes()} gives the dash array in line widths. */
public enum LinePattern {
    SOLID, DASH, DOT, DASH_DOT, SHORTDASH, SHORTDASH_DOT, LONGDASH, LONGDASH_DOT, BLANK;

    /** On/off lengths in multiples of the line width (null = solid). */
    public float[] dashes() {
        return switch (this) {
            case SOLID, BLANK -> null;
            case DASH -> new float[] {6, 4};
            case DOT -> new float[] {1, 3};
            case DASH_DOT -> new float[] {6, 3, 1, 3};
            case SHORTDASH -> new float[] {3, 3};
            case SHORTDASH_DOT -> new float[] {3, 3, 1, 3};
            case LONGDASH -> new float[] {12, 4};
            case LONGDASH_DOT -> new float[] {12, 3, 1, 3};
        };
    }

    /** Parses Stata's names and the formula codes ({@code l}, {@code -}, {@code _}, {@code .}); null if unknown. */
    public static LinePattern parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "solid", "l" -> SOLID;
            case "dash", "-" -> DASH;
            case "dot", "." -> DOT;
            case "dash_dot", "-." -> DASH_DOT;
            case "shortdash", "--" -> SHORTDASH;
            case "shortdash_dot", "--." -> SHORTDASH_DOT;
            case "longdash", "_" -> LONGDASH;
            case "longdash_dot", "_." -> LONGDASH_DOT;
            case "blank", "none" -> BLANK;
            default -> null;
        };
    }
}
