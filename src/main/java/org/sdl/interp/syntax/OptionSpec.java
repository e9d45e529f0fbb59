package org.sdl.interp.syntax;

import java.util.Locale;

/**
 * One option of a syntax specification, in Stata's notation: capital letters give the minimum
 * abbreviation ({@code Detail} accepts d, de, ...; {@code noCONstant} accepts nocon...), and a
 * parenthesised type says what the argument is ({@code Level(cilevel)}, {@code reps(integer 50)}).
 */
public record OptionSpec(String name, int minLength, Kind kind, String defaultValue, boolean negatable) {

    /** What an option's argument is. FLAG options take none. */
    public enum Kind { FLAG, INTEGER, REAL, STRING, NAME, NAMELIST, VARNAME, VARLIST, NUMLIST, CILEVEL,
        PASSTHRU, ASIS, NEWVARNAME, NEWVARLIST }

    /** Parses e.g. "Detail", "noCONstant", "reps(integer 50)", "Level(cilevel)", "by(varlist)". */
    public static OptionSpec parse(String token) {
        String head = token;
        String type = null;
        int p = token.indexOf('(');
        if (p > 0) {
            head = token.substring(0, p);
            type = token.substring(p + 1, token.lastIndexOf(')')).strip();
        }
        boolean negatable = false;
        String body = head;
        if (head.startsWith("no") && head.length() > 2 && Character.isUpperCase(head.charAt(2))) {
            negatable = true;
        }
        int caps = 0;
        for (int i = negatable ? 2 : 0; i < body.length(); i++) {
            if (Character.isUpperCase(body.charAt(i))) {
                caps = i + 1;
            } else {
                break;
            }
        }
        String name = body.toLowerCase(Locale.ROOT);
        int min = caps == 0 ? name.length() : caps;
        if (negatable && caps == 0) {
            min = name.length();
        }
        Kind kind = Kind.FLAG;
        String def = null;
        if (type != null) {
            String[] parts = type.split("\\s+", 2);
            kind = kindOf(parts[0]);
            def = parts.length > 1 ? parts[1].strip() : null;
        }
        return new OptionSpec(name, Math.max(1, min), kind, def, negatable);
    }

    private static Kind kindOf(String t) {
        switch (t) {
            case "integer": case "int": return Kind.INTEGER;
            case "real": return Kind.REAL;
            case "name": return Kind.NAME;
            case "namelist": return Kind.NAMELIST;
            case "varname": return Kind.VARNAME;
            case "varlist": return Kind.VARLIST;
            case "numlist": return Kind.NUMLIST;
            case "cilevel": return Kind.CILEVEL;
            case "passthru": return Kind.PASSTHRU;
            case "asis": return Kind.ASIS;
            case "newvarname": return Kind.NEWVARNAME;
            case "newvarlist": return Kind.NEWVARLIST;
            default: return Kind.STRING;
        }
    }

    /** Whether the word the user typed names this option (full name or an allowed abbreviation). */
    public boolean matches(String given) {
        String g = given.toLowerCase(Locale.ROOT);
        return g.length() >= minLength && g.length() <= name.length() && name.startsWith(g);
    }

    /** The local macro name the syntax command sets: noCONstant sets `constant'. */
    public String localName() {
        if (negatable) {
            return name.substring(2);
        }
        return name;
    }
}
