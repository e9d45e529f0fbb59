package org.sdl.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.Missing;

/**
 * Stata display formats: %w.dg (general), %w.df (fixed), %w.de (exponential), a trailing c
 * for comma separators, %-... for left justification, %ws for strings and %td for daily dates.
 * One parsed format renders many values.
 */
public final class StataFormat {
    private static final Pattern SPEC =
        Pattern.compile("%(-)?(0)?(\\d*)(?:\\.(\\d+))?([gfes])(c?)|%(-)?(\\d*)(t[dcCwmqhy])(.*)");
    private static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
        "aug", "sep", "oct", "nov", "dec"};

    private final boolean left;
    private final int width;
    private final int digits;
    private final char kind;
    private final boolean commas;
    private final boolean zeroPad;
    /** Display codes after %td or %tc (%tdCCYY-NN-DD), or "" for the default rendering. */
    private final String mask;

    private StataFormat(boolean left, int width, int digits, char kind, boolean commas, boolean zeroPad) {
        this(left, width, digits, kind, commas, zeroPad, "");
    }

    private StataFormat(boolean left, int width, int digits, char kind, boolean commas, boolean zeroPad, String mask) {
        this.mask = mask;
        this.left = left;
        this.width = width;
        this.digits = digits;
        this.kind = kind;
        this.commas = commas;
        this.zeroPad = zeroPad;
    }

    /** The format for a spec like %9.2f, or null when the text is not a valid format. */
    public static StataFormat parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group(9) != null) {
            int w = m.group(8).isEmpty() ? 9 : Integer.parseInt(m.group(8));
            // %td daily, %tm monthly, %tq quarterly, %th half-yearly, %tw weekly, %ty yearly, %tc datetime
            char unit = m.group(9).charAt(1);
            char kind = switch (unit) {
                case 'm' -> 'M';
                case 'q' -> 'Q';
                case 'h' -> 'H';
                case 'w' -> 'W';
                case 'y' -> 'Y';
                case 'c', 'C' -> 'T';
                default -> 'd';
            };
            String mask = kind == 'd' || kind == 'T' ? m.group(10) : "";
            return new StataFormat(m.group(7) != null, w, 0, kind, false, false, mask);
        }
        int w = m.group(3).isEmpty() ? 9 : Integer.parseInt(m.group(3));
        int d = m.group(4) == null ? (m.group(5).equals("g") ? 0 : 2) : Integer.parseInt(m.group(4));
        return new StataFormat(m.group(1) != null, w, d, m.group(5).charAt(0), !m.group(6).isEmpty(),
            m.group(2) != null);
    }

    public static boolean isValid(String spec) {
        return parse(spec) != null;
    }

    public int width() {
        return width;
    }

    public boolean isString() {
        return kind == 's';
    }

    /** Formats a number, padded to the width. */
    public String format(double v) {
        return pad(formatBare(v));
    }

    /** Formats a string with %ws (or any format: strings are padded to the width). */
    public String format(String s) {
        return pad(s);
    }

    private String pad(String s) {
        if (s.length() >= width) {
            return s;
        }
        String fill = " ".repeat(width - s.length());
        return left ? s + fill : fill + s;
    }

    /** The number without padding (what display prints after dropping leading blanks). */
    public String formatBare(double v) {
        // NaN and +Infinity are Stata missing already; -Infinity is not a number Stata can show
        // either: a statistic that cannot be computed is "."
        if (Missing.isMissing(v) || v == Double.NEGATIVE_INFINITY) {
            if (v == Double.NEGATIVE_INFINITY) {
                return ".";
            }
            return Missing.text(v);
        }
        String s;
        switch (kind) {
            case 'f': s = fixed(v, digits); break;
            case 'e': s = exponential(v, digits); break;
            case 'd': s = mask.isEmpty() ? date(v) : masked(v * 86_400_000d); break;
            case 'M': s = period(v, 12, "m"); break;
            case 'Q': s = period(v, 4, "q"); break;
            case 'H': s = period(v, 2, "h"); break;
            case 'W': s = period(v, 52, "w"); break;
            case 'Y': s = String.valueOf((long) Math.floor(v)); break;
            case 'T': s = mask.isEmpty() ? datetime(v) : masked(v); break;
            case 's': s = general(v, width, 0); break;
            default: s = general(v, width, digits); break;
        }
        if (commas && kind == 'f' || commas && kind == 'g') {
            s = addCommas(s);
        }
        if (zeroPad && s.length() < width) {
            boolean neg = s.startsWith("-");
            String body = neg ? s.substring(1) : s;
            s = (neg ? "-" : "") + "0".repeat(width - s.length()) + body;
        }
        return s;
    }

    static String fixed(double v, int d) {
        BigDecimal b = new BigDecimal(v).setScale(d, RoundingMode.HALF_UP);
        String s = b.toPlainString();
        if (s.startsWith("-") && b.signum() == 0) {
            s = s.substring(1);
        }
        return s;
    }

    static String exponential(double v, int d) {
        String s = String.format(Locale.ROOT, "%." + d + "e", v);
        return s;
    }

    /**
     * %w.dg: as many significant digits as fit in w (two positions kept for sign and point),
     * at most d when d &gt; 0; fixed notation unless exponential notation shows more digits.
     */
    static String general(double v, int w, int d) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int avail = Math.max(1, w - 2);
        int maxSig = d > 0 ? Math.min(d, 17) : 17;
        int mag = (int) Math.floor(Math.log10(a));
        // e-notation: d.ddde+XX (mantissa digits s, 4 or 5 chars exponent)
        int expChars = Math.abs(mag) >= 100 ? 5 : 4;
        int eSig = Math.max(1, Math.min(maxSig, w - 2 - expChars));
        if (v == Math.rint(v) && a < 1e17) {
            String plain = String.format(Locale.ROOT, "%.0f", v);
            int nd = plain.replace("-", "").length();
            if (nd <= w - 1 && nd <= maxSig) {
                return plain;
            }
        }
        // fixed: digits before the point + decimals within avail
        int intDigits = mag >= 0 ? mag + 1 : 0;
        int decimals = avail - intDigits;
        int fixedSig;
        if (decimals < 0) {
            fixedSig = -1;
        } else {
            fixedSig = mag >= 0 ? intDigits + decimals : decimals + mag + 1;
            if (fixedSig > maxSig) {
                decimals -= fixedSig - maxSig;
                fixedSig = maxSig;
            }
        }
        if (fixedSig >= eSig || (fixedSig > 0 && fixedSig >= 15)) {
            String s = fixed(v, Math.max(0, decimals));
            s = stripZeros(s);
            // rounding may add a digit (9.99999999 -> 10.0000000): recompute once
            if (s.replace("-", "").replace(".", "").length() > avail + 1 && decimals > 0) {
                s = stripZeros(fixed(v, decimals - 1));
            }
            if (s.startsWith("0.")) {
                s = s.substring(1);
            } else if (s.startsWith("-0.")) {
                s = "-" + s.substring(2);
            }
            if (s.equals("-0") || s.equals(".") || s.isEmpty()) {
                return "0";
            }
            return s;
        }
        String s = String.format(Locale.ROOT, "%." + (eSig - 1) + "e", v);
        return s;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String addCommas(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int dot = s.indexOf('.');
        int end = dot < 0 ? s.length() : dot;
        StringBuilder b = new StringBuilder(s.substring(0, start));
        String intPart = s.substring(start, end);
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(intPart.charAt(i));
        }
        return b + s.substring(end);
    }

    /** %td: days since 01jan1960 as ddmonyyyy. */
    static String date(double v) {
        LocalDate d = EPOCH.plusDays((long) Math.floor(v));
        return String.format(Locale.ROOT, "%02d%s%d", d.getDayOfMonth(),
            MONTHS[d.getMonthValue() - 1], d.getYear());
    }

    /** A date-time given in milliseconds since 01jan1960, written with this format's mask. */
    private String masked(double ms) {
        long whole = (long) Math.floor(ms);
        long days = Math.floorDiv(whole, 86_400_000L);
        long rest = Math.floorMod(whole, 86_400_000L);
        LocalDateTime t = EPOCH.plusDays(days).atStartOfDay().plusSeconds(rest / 1000);
        return DateMask.format(t, rest % 1000, mask);
    }

    /** %tm, %tq, %th, %tw: periods since 1960 as 2020m1, 2020q1, 2020h1, 2020w1. */
    static String period(double v, int perYear, String letter) {
        long t = (long) Math.floor(v);
        long year = 1960 + Math.floorDiv(t, perYear);
        long within = Math.floorMod(t, perYear) + 1;
        return year + letter + within;
    }

    /** %tc: milliseconds since 01jan1960 00:00:00 as 01jan2020 10:30:00. */
    static String datetime(double v) {
        long ms = (long) Math.floor(v);
        long days = Math.floorDiv(ms, 86_400_000L);
        long rest = Math.floorMod(ms, 86_400_000L) / 1000;
        return date(days) + String.format(Locale.ROOT, " %02d:%02d:%02d", rest / 3600, rest / 60 % 60, rest % 60);
    }

    /** display's default: %10.0g without leading blanks. */
    public static String displayDefault(double v) {
        return general10.formatBare(v);
    }

    private static final StataFormat general10 = parse("%10.0g");
}
