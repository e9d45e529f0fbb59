package org.sdl.interp.postest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Numlist;

/**
 * One at() option: variables held at values or numlists ({@code age=(30(10)70)}), or at a
 * statistic of the sample ({@code (mean) age educ}, {@code (p25) x}, {@code (asobserved) z};
 * a statistic applies to the names after it, {@code _all} to every covariate).
 */
final class AtSpec {
    static final List<String> STATS = List.of("mean", "median", "min", "max", "asobserved", "asbalanced", "zero",
        "base");

    /** One variable's setting: values (one at point each, crossed with the other entries) or a statistic. */
    record Entry(String var, double[] values, String stat) {}

    final List<Entry> entries = new ArrayList<>();

    static AtSpec parse(String text) {
        AtSpec s = new AtSpec();
        String t = text.replaceAll("\\s*=\\s*", "=").strip();
        String stat = null;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '(') {
                int close = t.indexOf(')', i);
                if (close < 0) {
                    throw new SdlError(198, "at(): unmatched parenthesis in " + text);
                }
                stat = t.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
                if (!STATS.contains(stat) && !stat.matches("p\\d{1,2}")) {
                    throw new SdlError(198, "at(): unknown statistic (" + stat + ")");
                }
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '=') {
                end++;
            }
            String var = t.substring(i, end);
            if (end < t.length() && t.charAt(end) == '=') {
                int vs = end + 1;
                String valueText;
                if (vs < t.length() && t.charAt(vs) == '(') {
                    int depth = 0;
                    int j = vs;
                    for (; j < t.length(); j++) {
                        if (t.charAt(j) == '(') {
                            depth++;
                        } else if (t.charAt(j) == ')' && --depth == 0) {
                            break;
                        }
                    }
                    if (j >= t.length()) {
                        throw new SdlError(198, "at(): unmatched parenthesis in " + text);
                    }
                    valueText = t.substring(vs + 1, j);
                    i = j + 1;
                } else {
                    int j = vs;
                    while (j < t.length() && !Character.isWhitespace(t.charAt(j))) {
                        j++;
                    }
                    valueText = t.substring(vs, j);
                    i = j;
                }
                String v = valueText.strip();
                if (v.startsWith("(") || STATS.contains(v.toLowerCase(Locale.ROOT))) {
                    throw new SdlError(198, "at(): " + var + "=" + v + " is not a number list");
                }
                List<Double> vals = Numlist.expand(v);
                if (vals.isEmpty()) {
                    throw new SdlError(198, "at(): no values for " + var);
                }
                s.entries.add(new Entry(var, vals.stream().mapToDouble(Double::doubleValue).toArray(), null));
                continue;
            }
            if (stat == null) {
                throw new SdlError(198, "at(): " + var + " needs =value or a preceding (statistic)");
            }
            s.entries.add(new Entry(var, null, stat));
            i = end;
        }
        return s;
    }
}
