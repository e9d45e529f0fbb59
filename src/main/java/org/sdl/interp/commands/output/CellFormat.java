package org.sdl.interp.commands.output;

import org.sdl.data.Missing;
import org.sdl.interp.SdlError;
import org.sdl.output.StataFormat;

/**
 * estout's number formats: a Stata display format (%9.3f, %9.0g; "g" is %9.0g), an integer
 * n for n fixed decimals (3 is %12.3f), or the automatic a# (a is a3): integers with no
 * decimals, |x| &lt; 1 with # significant decimals, larger numbers with at least one decimal
 * and # + 1 significant digits in all. The result is trimmed, as estout prints it.
 */
final class CellFormat {
    private final String spec;
    private final StataFormat fixed;
    private final int autoDigits;

    private CellFormat(String spec, StataFormat fixed, int autoDigits) {
        this.spec = spec;
        this.fixed = fixed;
        this.autoDigits = autoDigits;
    }

    static CellFormat parse(String spec) {
        String s = spec.strip();
        if (s.matches("a\\d?")) {
            return new CellFormat(s, null, s.length() == 1 ? 3 : s.charAt(1) - '0');
        }
        if (s.matches("\\d+")) {
            int d = Integer.parseInt(s);
            return new CellFormat(s, StataFormat.parse("%" + (d + 9) + "." + d + "f"), 0);
        }
        if (s.equals("g") || s.equals("%g")) {
            return new CellFormat(s, StataFormat.parse("%9.0g"), 0);
        }
        StataFormat f = StataFormat.parse(s);
        if (f == null || f.isString()) {
            throw new SdlError(198, s + ": invalid format");
        }
        return new CellFormat(s, f, 0);
    }

    String spec() {
        return spec;
    }

    String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Missing.isMissing(v)) {
            return ".";
        }
        if (fixed != null) {
            return fixed.formatBare(v).strip();
        }
        return StataFormat.parse(auto(v, autoDigits)).formatBare(v).strip();
    }

    /** estout's SignificantDigits: the display format a# picks for one value. */
    static String auto(double v, int d) {
        if (v == Math.rint(v)) {
            return "%12.0f";
        }
        double a = Math.abs(v);
        if (a < 1) {
            int right = (int) -(long) Math.log10(a); // zeros after the point; Stata's int() truncates
            int dec = Math.max(1, d + right);
            return dec <= 9 ? "%12." + dec + "f" : "%12." + Math.min(9, d - 1) + "e";
        }
        int left = (int) (Math.log10(a) + 1);
        return left <= 9 ? "%12." + Math.max(1, d - left + 1) + "f" : "%12.0e";
    }
}
