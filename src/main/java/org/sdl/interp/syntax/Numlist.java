package org.sdl.interp.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;

/** Stata numlists: {@code 1 2 3}, {@code 1/5}, {@code 10(5)30}, {@code 10(-1)1}, {@code 1 3 to 9}. */
public final class Numlist {
    private Numlist() {}

    public static List<Double> expand(String text) {
        List<Double> out = new ArrayList<>();
        List<String> parts = Words.split(text.replace(",", " ").replaceAll("\\s*\\(\\s*", "(")
            .replaceAll("\\s*\\)\\s*", ")").replaceAll("\\s*/\\s*", "/"));
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            try {
                int slash = p.indexOf('/');
                int paren = p.indexOf('(');
                if (slash > 0) {
                    range(out, num(p.substring(0, slash)), num(p.substring(slash + 1)), null);
                } else if (paren > 0 && p.endsWith(")") == false && p.indexOf(')') > paren) {
                    int close = p.indexOf(')');
                    range(out, num(p.substring(0, paren)), num(p.substring(close + 1)),
                        num(p.substring(paren + 1, close)));
                } else if (p.equals("to") && !out.isEmpty() && i + 1 < parts.size() && out.size() >= 2) {
                    double step = out.get(out.size() - 1) - out.get(out.size() - 2);
                    double from = out.get(out.size() - 1);
                    out.remove(out.size() - 1);
                    range(out, from, num(parts.get(++i)), step);
                } else {
                    out.add(num(p));
                }
            } catch (NumberFormatException e) {
                throw new SdlError(121, "invalid numlist: " + text);
            }
        }
        return out;
    }

    private static double num(String s) {
        String t = s.strip();
        if (t.equals(".")) {
            return org.sdl.data.Missing.DOT;
        }
        return Double.parseDouble(t);
    }

    private static void range(List<Double> out, double from, double to, Double step) {
        double st = step == null ? (to >= from ? 1 : -1) : step;
        if (st == 0) {
            throw new SdlError(121, "invalid numlist: step of zero");
        }
        // count steps with decimal arithmetic so 0(0.1)1 hits 1 exactly
        BigDecimal f = BigDecimal.valueOf(from);
        BigDecimal s = BigDecimal.valueOf(st);
        long n = (long) Math.floor((to - from) / st + 1e-9);
        if (n > 10_000_000) {
            throw new SdlError(121, "numlist too long");
        }
        for (long k = 0; k <= n; k++) {
            out.add(f.add(s.multiply(BigDecimal.valueOf(k))).doubleValue());
        }
    }
}
