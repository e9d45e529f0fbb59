package org.sdl.data.io;

import com.fasterxml.jackson.core.io.NumberInput;
import org.sdl.data.DoubleColumn;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.StorageType;

/**
 * Cells of delimited files as Stata's import delimited sees them: which text is a number, which
 * is missing, and the storage type a column of numbers gets.
 */
final class CsvCells {
    private CsvCells() {}

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** The cell as a number; see {@link #number(char[], int, int)}. */
    static double number(String cell) {
        return number(cell.toCharArray(), 0, cell.length());
    }

    /**
     * The cell buf[off, off+len) as a number; '.' for "", ".", "NA"; .a-.z for ".a".. ".z"; NaN when
     * not a number. Leading and trailing blanks are ignored. Works on the reader's char buffer so
     * that numeric cells never become Strings. Plain decimals of up to 15 digits (nearly every
     * cell of survey data) and most of 16 are converted without a general parser: the digits form
     * an exact long and dividing by an exact power of ten rounds correctly, so the result is the
     * same double; anything else goes to FastDoubleParser.
     */
    static double number(char[] buf, int off, int len) {
        int s = off;
        int e = off + len;
        while (s < e && buf[s] <= ' ') {
            s++;
        }
        while (e > s && buf[e - 1] <= ' ') {
            e--;
        }
        int n = e - s;
        if (n == 0) {
            return Missing.DOT;
        }
        char f = buf[s];
        if (n <= 2) {
            if (f == '.') {
                if (n == 1) {
                    return Missing.DOT;
                }
                char c = buf[s + 1];
                if (c >= 'a' && c <= 'z') {
                    return Missing.extended(c);
                }
            } else if (f == 'N' && n == 2 && buf[s + 1] == 'A') {
                return Missing.DOT;
            }
        }
        // a cell of more than 17 characters has more digits than the exact path takes (2^53 has
        // 16): scanning it first would only be thrown away
        if (n <= 17) {
            double fast = plainDecimal(buf, s, e);
            if (fast == fast) {
                return fast;
            }
        }
        if (!(f >= '0' && f <= '9' || f == '-' || f == '+' || f == '.')) {
            return Double.NaN; // also refuses "Infinity" and "NaN", which parseDouble accepts
        }
        char last = buf[e - 1];
        if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
            return Double.NaN; // Java's "1d"/"2f" suffixes are not numbers in Stata
        }
        try {
            // jackson-core's bundled FastDoubleParser: correctly rounded like parseDouble, but
            // without its BigInteger path, which made 17-digit cells (what %21.0g and R write)
            // cost ~10 s per 20M cells
            boolean neg = f == '-';
            int p = f == '-' || f == '+' ? s + 1 : s;
            if (p < e && (buf[p] == '-' || buf[p] == '+')) {
                return Double.NaN; // "--1", "+-1"
            }
            // FastDoubleParser counts the 0 of "0.0123…" as a digit: with 17 significant digits
            // after the point that makes 20, which sends the cell to its slow path (~4x slower).
            // Zeros before the point do not change the value, so they are skipped.
            while (p + 1 < e && buf[p] == '0' && (buf[p + 1] >= '0' && buf[p + 1] <= '9' || buf[p + 1] == '.')) {
                p++;
            }
            double v = NumberInput.parseDouble(buf, p, e - p, true);
            return Double.isInfinite(v) ? Double.NaN : neg ? -v : v;
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** Above this the digits of a decimal may not be exactly a double. */
    private static final long EXACT = 1L << 53;

    /**
     * [+-]digits[.digits] whose digits, read as one integer, are at most 2^53, exactly; NaN for
     * anything else. Both that integer and 10^frac (frac <= 22) are exact doubles, so one division
     * is correctly rounded: all 15-digit and most 16-digit decimals take this path.
     */
    private static double plainDecimal(char[] c, int s, int e) {
        boolean neg = false;
        char f = c[s];
        if (f == '-' || f == '+') {
            neg = f == '-';
            s++;
        }
        long mant = 0;
        int digits = 0;
        int frac = -1;
        for (int i = s; i < e; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                mant = mant * 10 + (ch - '0');
                if (++digits > 18) {
                    return Double.NaN; // 18 digits cannot overflow a long; more go to the parser
                }
                if (frac >= 0) {
                    frac++;
                }
            } else if (ch == '.' && frac < 0) {
                frac = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || mant > EXACT || frac >= POW10.length) {
            return Double.NaN;
        }
        double v = frac > 0 ? mant / POW10[frac] : mant;
        return neg ? -v : v;
    }

    /**
     * The narrowest of byte/int/long that holds every value exactly; otherwise double, or float
     * when asked (Stata's asfloat). sdl defaults to double where Stata defaults to float: float
     * keeps only about 7 digits, so 0.1 would become 0.100000001 and results computed from imported
     * data would differ from the file's values (docs/formats.md).
     */
    static NumericColumn narrow(String name, double[] v, boolean asFloat) {
        StorageType t = StorageType.BYTE;
        for (int i = 0; i < v.length && t != StorageType.DOUBLE; i++) {
            t = widen(t, v[i]);
        }
        if (t == StorageType.DOUBLE && asFloat) {
            t = StorageType.FLOAT;
        }
        DoubleColumn d = new DoubleColumn(name, v);
        return t == StorageType.DOUBLE ? d : d.convertTo(t);
    }

    /** The narrowest of byte/int/long/double, at least as wide as t, that holds x (t for missing). */
    static StorageType widen(StorageType t, double x) {
        while (t != StorageType.DOUBLE && !t.holds(x)) {
            t = t == StorageType.BYTE ? StorageType.INT : t == StorageType.INT ? StorageType.LONG : StorageType.DOUBLE;
        }
        return t;
    }
}
