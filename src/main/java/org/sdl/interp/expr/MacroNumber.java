package org.sdl.interp.expr;

import org.sdl.data.Missing;

/**
 * How {@code local x = exp} stores a number as text: like Stata's %18.0g-ish full precision,
 * so that round trips through macros do not lose digits, with integers printed plainly.
 */
public final class MacroNumber {
    private MacroNumber() {}

    public static String format(double v) {
        if (Missing.isMissing(v)) {
            return Missing.text(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        String s = Double.toString(v);
        if (s.contains("E")) {
            String[] p = s.split("E");
            int exp = Integer.parseInt(p[1]);
            s = p[0] + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (s.startsWith("0.")) {
            s = s.substring(1);
        } else if (s.startsWith("-0.")) {
            s = "-" + s.substring(2);
        }
        return s;
    }
}
