package org.sdl.output.graph;

import java.util.Locale;

/** Stata's marker symbols ({@code symbolstyle}); the one-letter codes are Stata's too. */
public enum Symbol {
    CIRCLE, DIAMOND, TRIANGLE, SQUARE, PLUS, X, POINT, SMCIRCLE, SMDIAMOND, SMSQUARE, SMTRIANGLE, SMPLUS, SMX,
    CIRCLE_HOLLOW, DIAMOND_HOLLOW, TRIANGLE_HOLLOW, SQUARE_HOLLOW, SMCIRCLE_HOLLOW, SMDIAMOND_HOLLOW,
    SMSQUARE_HOLLOW, SMTRIANGLE_HOLLOW, NONE;

    public boolean hollow() {
        return name().endsWith("_HOLLOW");
    }

    public boolean small() {
        return name().startsWith("SM");
    }

    /** The outline shape without the small/hollow variations. */
    public Symbol shape() {
        String n = name().replace("_HOLLOW", "");
        if (n.startsWith("SM")) {
            n = n.substring(2);
        }
        return valueOf(n);
    }

    /** Parses {@code circle}, {@code O}, {@code Oh}, {@code smcircle_hollow}, {@code i} ...; null if unknown. */
    public static Symbol parse(String s) {
        String t = s.strip();
        switch (t) {
            case "O": return CIRCLE;
            case "D": return DIAMOND;
            case "T": return TRIANGLE;
            case "S": return SQUARE;
            case "+": return PLUS;
            case "X": return X;
            case "p": return POINT;
            case "o": return SMCIRCLE;
            case "d": return SMDIAMOND;
            case "s": return SMSQUARE;
            case "t": return SMTRIANGLE;
            case "x": return SMX;
            case "Oh": return CIRCLE_HOLLOW;
            case "Dh": return DIAMOND_HOLLOW;
            case "Th": return TRIANGLE_HOLLOW;
            case "Sh": return SQUARE_HOLLOW;
            case "oh": return SMCIRCLE_HOLLOW;
            case "dh": return SMDIAMOND_HOLLOW;
            case "sh": return SMSQUARE_HOLLOW;
            case "th": return SMTRIANGLE_HOLLOW;
            case "i": return NONE;
            default:
        }
        try {
            return valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
