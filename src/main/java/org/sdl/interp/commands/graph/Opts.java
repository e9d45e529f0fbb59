package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.ast.CommandCall.OptionNode;

/**
 * Options of a graph command as typed, matched against names with Stata's minimum abbreviations
 * (capital letters in the spelling, as in syntax specs: {@code TItle} accepts ti, tit, title).
 * Each option is taken once; {@link #rejectRest} then names any option nobody took, r(198).
 */
public final class Opts {
    private final List<OptionNode> nodes;
    private final boolean[] taken;

    public Opts(List<OptionNode> nodes) {
        this.nodes = new ArrayList<>(nodes);
        this.taken = new boolean[this.nodes.size()];
    }

    /** The options not yet taken, as a fresh set (to apply the same options to several layers). */
    public Opts copy() {
        return new Opts(rest());
    }

    public static boolean matches(String typed, String spelling) {
        String full = spelling.toLowerCase(Locale.ROOT);
        int min = 0;
        while (min < spelling.length() && Character.isUpperCase(spelling.charAt(min))) {
            min++;
        }
        if (min == 0) {
            min = full.length();
        }
        String t = typed.toLowerCase(Locale.ROOT);
        return t.length() >= min && t.length() <= full.length() && full.startsWith(t);
    }

    /** All arguments of an option given (possibly several times, e.g. xline() twice), marking them taken. */
    public List<String> all(String spelling) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!taken[i] && matches(nodes.get(i).name(), spelling)) {
                taken[i] = true;
                out.add(nodes.get(i).argument() == null ? "" : nodes.get(i).argument());
            }
        }
        return out;
    }

    /** The last argument given for an option ("" for a bare flag), or null when absent. */
    public String get(String spelling) {
        List<String> a = all(spelling);
        return a.isEmpty() ? null : a.get(a.size() - 1);
    }

    public boolean flag(String spelling) {
        return get(spelling) != null;
    }

    /** Options not taken, in the order typed. */
    public List<OptionNode> rest() {
        List<OptionNode> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!taken[i]) {
                out.add(nodes.get(i));
            }
        }
        return out;
    }

    public void rejectRest(String where) {
        List<OptionNode> r = rest();
        if (!r.isEmpty()) {
            throw new SdlError(198, "option " + r.get(0).name() + "() not allowed" + (where == null ? "" : " with " + where));
        }
    }

    /** Options parsed from text like {@code a(1) b c(x, y)} (suboption lists). */
    public static List<OptionNode> parse(String text) {
        List<OptionNode> out = new ArrayList<>();
        for (String w : Words.split(text == null ? "" : text)) {
            int p = w.indexOf('(');
            if (p > 0 && w.endsWith(")")) {
                out.add(new OptionNode(w.substring(0, p), w.substring(p + 1, w.length() - 1)));
            } else {
                out.add(new OptionNode(w, null));
            }
        }
        return out;
    }

    /** Splits {@code main, sub} at the first top-level comma: [main, sub ("" if none)]. */
    public static String[] splitComma(String arg) {
        int c = Words.optionsComma(arg == null ? "" : arg);
        return c < 0 ? new String[] {arg == null ? "" : arg.strip(), ""}
            : new String[] {arg.substring(0, c).strip(), arg.substring(c + 1).strip()};
    }

    public static double number(String option, String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new SdlError(198, "option " + option + "() requires a number: " + v);
        }
    }

    public static int integer(String option, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new SdlError(198, "option " + option + "() requires an integer: " + v);
        }
    }

    /** Quoted strings of a text as lines: {@code "a" "b"} -> [a, b]; unquoted text is one line. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        String t = text.strip();
        if (t.isEmpty()) {
            return out;
        }
        if (!t.startsWith("\"") && !t.startsWith("`\"")) {
            out.add(t);
            return out;
        }
        for (String w : Words.split(t)) {
            out.add(Words.unquote(w));
        }
        return out;
    }
}
