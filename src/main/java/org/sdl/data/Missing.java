package org.sdl.data;

/**
 * Stata's missing values, defined once. Numeric values are carried as doubles in which every
 * missing value is a very large number: {@code .} is 2^1023 and {@code .a}..{@code .z} follow it in
 * steps of 2^1011, exactly as in Stata. Ordinary double comparison therefore gives Stata's order
 * (all numbers &lt; . &lt; .a &lt; ... &lt; .z) without special cases; only arithmetic and
 * functions need {@link #isMissing} checks.
 */
public final class Missing {
    private Missing() {}

    private static final long DOT_BITS = 0x7fe0000000000000L;
    private static final long STEP_BITS = 0x0000010000000000L;

    /** The system missing value {@code .}. */
    public static final double DOT = Double.longBitsToDouble(DOT_BITS);
    /** The largest missing value, {@code .z}. */
    public static final double Z = extended('z');

    /** Extended missing value {@code .a}..{@code .z}. */
    public static double extended(char letter) {
        if (letter < 'a' || letter > 'z') {
            throw new IllegalArgumentException("extended missing value must be .a-.z: ." + letter);
        }
        return Double.longBitsToDouble(DOT_BITS + STEP_BITS * (letter - 'a' + 1));
    }

    /** True for {@code .}, {@code .a}..{@code .z}, and for anything not a finite ordinary number. */
    public static boolean isMissing(double v) {
        return !(v < DOT) ;
    }

    /** Maps a computed double to Stata's value: NaN, infinities and overflow become {@code .}. */
    public static double normalize(double v) {
        return (v < DOT && v > -DOT) ? v : (v >= DOT && v <= Z && isCode(v) ? v : DOT);
    }

    private static boolean isCode(double v) {
        long bits = Double.doubleToRawLongBits(v);
        long off = bits - DOT_BITS;
        return off >= 0 && off % STEP_BITS == 0 && off / STEP_BITS <= 26;
    }

    /** 0 for {@code .}, 1..26 for {@code .a}..{@code .z}; -1 for non-missing values. */
    public static int code(double v) {
        if (!isMissing(v)) {
            return -1;
        }
        if (!isCode(v)) {
            return 0;
        }
        return (int) ((Double.doubleToRawLongBits(v) - DOT_BITS) / STEP_BITS);
    }

    /** The missing value for a code 0..26. */
    public static double fromCode(int code) {
        return code == 0 ? DOT : extended((char) ('a' + code - 1));
    }

    /** "." or ".a".. ".z". */
    public static String text(double v) {
        int c = code(v);
        return c <= 0 ? "." : "." + (char) ('a' + c - 1);
    }

    // Stata's in-file encodings for the smaller storage types (dta format 113+). The base value
    // is '.', and .a.. .z follow at +1 each.
    public static final byte BYTE_DOT = 101;
    public static final short INT_DOT = 32741;
    public static final int LONG_DOT = 2147483621;
    public static final float FLOAT_DOT = Float.intBitsToFloat(0x7f000000);
    private static final int FLOAT_STEP = 0x00000800;

    public static double fromFloatBits(float f) {
        int bits = Float.floatToRawIntBits(f);
        if (f >= FLOAT_DOT || Float.isNaN(f)) {
            int off = bits - 0x7f000000;
            int c = off >= 0 && off % FLOAT_STEP == 0 ? off / FLOAT_STEP : 0;
            return fromCode(Math.min(Math.max(c, 0), 26));
        }
        return f;
    }

    public static float toFloatStorage(double v) {
        if (isMissing(v)) {
            return Float.intBitsToFloat(0x7f000000 + FLOAT_STEP * code(v));
        }
        return (float) v;
    }
}
