package org.sdl.interp.commands.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.sdl.data.Missing;

/**
 * outreg2's number formats: auto(#) (its default, auto(3)) shows # significant digits, with
 * decimals = # - int(log10|x|) (int truncating toward zero, never fewer than 0), so 5.0738 is
 * 5.074, 0.00984 stays 0.00984, 281.49 is 281.5 and -15318.4 is -15,318; a fixed number of
 * decimals (dec(), bdec(), sdec()) is #; both with thousands separators (outreg2's fc format).
 */
final class OutregNumber {
    private final int auto;
    private final int decimals;

    private OutregNumber(int auto, int decimals) {
        this.auto = auto;
        this.decimals = decimals;
    }

    static OutregNumber auto(int digits) {
        return new OutregNumber(digits, -1);
    }

    static OutregNumber fixed(int decimals) {
        return new OutregNumber(0, decimals);
    }

    String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Missing.isMissing(v)) {
            return ".";
        }
        int d = decimals;
        if (d < 0) {
            d = v == 0 ? 0 : Math.max(0, Math.min(11, auto - (int) Math.log10(Math.abs(v))));
        }
        BigDecimal x = new BigDecimal(v).setScale(d, RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
        String s = f.format(x);
        return s.equals("-0") || s.matches("-0\\.0*") ? s.substring(1) : s;
    }

    /** An observation count: an integer with thousands separators. */
    static String count(double n) {
        return fixed(0).format(n);
    }
}
