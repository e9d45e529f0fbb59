package org.sdl.interp.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A command's declared syntax, written as Stata's {@code syntax} statement, e.g.
 * {@code [varlist(numeric)] [if] [in] [aweight fweight] [, Detail MEANonly SEParator(integer 5)]}.
 * Built-in commands and user programs share this one notation and one {@link Binder}.
 */
public final class SyntaxSpec {
    /** What precedes the qualifiers. */
    public enum ArgKind { NONE, VARLIST, VARNAME, NEWVARLIST, NEWVARNAME, NAMELIST, NAME, ANYTHING }

    private ArgKind argKind = ArgKind.NONE;
    private boolean argOptional = true;
    private boolean numeric;
    private boolean string;
    private boolean factorVariables;
    private boolean timeSeries;
    private int minVars = 0;
    private int maxVars = Integer.MAX_VALUE;
    private boolean defaultNone;
    private String anythingName;
    private boolean expAllowed;
    private boolean expRequired;
    private boolean ifAllowed;
    private boolean inAllowed;
    private Set<String> weights = Set.of();
    private boolean usingAllowed;
    private boolean usingRequired;
    private final List<OptionSpec> options = new ArrayList<>();
    private boolean starOption;
    private final String text;

    private SyntaxSpec(String text) {
        this.text = text;
    }

    public String text() { return text; }
    public ArgKind argKind() { return argKind; }
    public boolean argOptional() { return argOptional; }
    public boolean numeric() { return numeric; }
    public boolean stringOnly() { return string; }
    public boolean factorVariables() { return factorVariables; }
    public boolean timeSeries() { return timeSeries; }
    public int minVars() { return minVars; }
    public int maxVars() { return maxVars; }
    public boolean defaultNone() { return defaultNone; }
    public String anythingName() { return anythingName; }
    public boolean expAllowed() { return expAllowed; }
    public boolean expRequired() { return expRequired; }
    public boolean ifAllowed() { return ifAllowed; }
    public boolean inAllowed() { return inAllowed; }
    public Set<String> weights() { return weights; }
    public boolean usingAllowed() { return usingAllowed; }
    public boolean usingRequired() { return usingRequired; }
    public List<OptionSpec> options() { return options; }
    public boolean starOption() { return starOption; }

    /** Parses a syntax specification; malformed specs are programming errors (r(197)). */
    public static SyntaxSpec parse(String spec) {
        SyntaxSpec s = new SyntaxSpec(spec);
        String body = spec.strip();
        int comma = topLevelComma(body);
        String head = comma < 0 ? body : body.substring(0, comma);
        String opts = comma < 0 ? "" : body.substring(comma + 1);
        if (head.endsWith("[")) {
            head = head.substring(0, head.length() - 1);
            opts = opts.endsWith("]") ? opts.substring(0, opts.length() - 1) : opts;
        } else if (opts.strip().endsWith("]") && head.strip().endsWith("[")) {
            opts = opts.substring(0, opts.lastIndexOf(']'));
        }
        for (String el : elements(head)) {
            s.headElement(el);
        }
        for (String el : elements(opts.replace("[", " ").replace("]", " ").strip())) {
            if (el.equals("*")) {
                s.starOption = true;
            } else if (!el.isBlank()) {
                s.options.add(OptionSpec.parse(el));
            }
        }
        return s;
    }

    private void headElement(String raw) {
        boolean optional = raw.startsWith("[");
        String el = optional ? raw.substring(1, raw.length() - 1).strip() : raw;
        String lower = el.toLowerCase(Locale.ROOT);
        if (lower.equals("if")) {
            ifAllowed = true;
        } else if (lower.equals("in")) {
            inAllowed = true;
        } else if (lower.startsWith("using")) {
            usingAllowed = true;
            usingRequired = !optional;
        } else if (lower.startsWith("=")) {
            expAllowed = true;
            expRequired = !optional;
        } else if (lower.matches("(fweight|aweight|pweight|iweight|fw|aw|pw|iw)(\\s.*)?")) {
            List<String> w = new ArrayList<>();
            for (String t : lower.split("\\s+")) {
                w.add(t.length() == 2 ? expandWeight(t) : t);
            }
            weights = Set.copyOf(w);
        } else {
            argument(el, optional);
        }
    }

    private static String expandWeight(String t) {
        return t.charAt(0) + "weight";
    }

    private void argument(String el, boolean optional) {
        int p = el.indexOf('(');
        String kind = p < 0 ? el : el.substring(0, p);
        String mods = p < 0 ? "" : el.substring(p + 1, el.lastIndexOf(')'));
        switch (kind) {
            case "varlist": argKind = ArgKind.VARLIST; break;
            case "varname": argKind = ArgKind.VARNAME; maxVars = 1; minVars = 1; break;
            case "newvarlist": argKind = ArgKind.NEWVARLIST; break;
            case "newvarname": argKind = ArgKind.NEWVARNAME; maxVars = 1; minVars = 1; break;
            case "namelist": argKind = ArgKind.NAMELIST; break;
            case "name": argKind = ArgKind.NAME; maxVars = 1; break;
            case "anything": argKind = ArgKind.ANYTHING; break;
            default: throw new IllegalArgumentException("bad syntax element: " + el);
        }
        argOptional = optional;
        if (!optional && minVars == 0) {
            minVars = 1;
        }
        for (String m : mods.split("\\s+")) {
            if (m.equals("numeric")) {
                numeric = true;
            } else if (m.equals("string") || m.equals("str")) {
                string = true;
            } else if (m.equals("fv")) {
                factorVariables = true;
            } else if (m.equals("ts")) {
                timeSeries = true;
            } else if (m.startsWith("min=")) {
                minVars = Integer.parseInt(m.substring(4));
            } else if (m.startsWith("max=")) {
                maxVars = Integer.parseInt(m.substring(4));
            } else if (m.equals("default=none")) {
                defaultNone = true;
            } else if (m.startsWith("name=")) {
                anythingName = m.substring(5);
            }
        }
    }

    /** Splits on blanks outside brackets and parentheses. */
    static List<String> elements(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '[' || c == '(') {
                if (c == '[' && depth == 0 && cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                depth++;
            } else if (c == ']' || c == ')') {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
            if (c == ']' && depth == 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        // "[fweight aweight]" arrives as one element; so does "[, ...]" handled by the caller
        return out;
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    public OptionSpec option(String name) {
        for (OptionSpec o : options) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }
}
