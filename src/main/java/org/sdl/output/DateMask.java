package org.sdl.output;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The display codes after %td or %tc (as in %tdCCYY-NN-DD or %tcHH:MM): Stata's date and time
 * pieces, literal punctuation, "_" for a blank, "!c" for the character c, "+" for nothing.
 */
final class DateMask {
    private DateMask() {}

    /**
     * Codes, longest first so that "Month" is not read as "Mon" then "th". Each is Stata's: CC/cc
     * century, YY/yy two-digit year, JJJ/jjj day of year, Month/month/Mon/mon month names,
     * NN/nn month number, DD/dd day, DAYNAME/Dayname/Day/Da/day/da weekday names, q quarter,
     * h half, WW/ww week, HH/Hh/hH/hh hour (24 or 12, padded or not), MM/mm minute, SS/ss
     * second, .s/.ss/.sss fractions of a second, am/pm in four spellings.
     */
    private static final String[] CODES = {"DAYNAME", "Dayname", "Month", "month", "a.m.", "p.m.", "A.M.", "P.M.",
        "JJJ", "jjj", "Mon", "mon", "Day", "day", ".sss", ".ss", "CC", "cc", "YY", "yy", "NN", "nn", "DD", "dd",
        "Da", "da", "WW", "ww", "HH", "Hh", "hH", "hh", "MM", "mm", "SS", "ss", "am", "pm", "AM", "PM", ".s",
        "q", "h"};

    /** The date-time t (whole days or milliseconds since 1960, as given) written with mask. */
    static String format(LocalDateTime t, double millisOfSecond, String mask) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < mask.length()) {
            char c = mask.charAt(i);
            if (c == '!' && i + 1 < mask.length()) {
                out.append(mask.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '_') {
                out.append(' ');
                i++;
                continue;
            }
            if (c == '+') {
                i++;
                continue;
            }
            String code = null;
            for (String k : CODES) {
                if (mask.startsWith(k, i)) {
                    code = k;
                    break;
                }
            }
            if (code == null) {
                out.append(c); // punctuation and anything else stand for themselves
                i++;
                continue;
            }
            out.append(piece(code, t, millisOfSecond));
            i += code.length();
        }
        return out.toString();
    }

    private static String piece(String code, LocalDateTime t, double ms) {
        LocalDate d = t.toLocalDate();
        int hour = t.getHour();
        int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        DayOfWeek dow = d.getDayOfWeek();
        String dayName = dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String monthName = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        switch (code) {
            case "CC": return two(d.getYear() / 100);
            case "cc": return String.valueOf(d.getYear() / 100);
            case "YY": return two(d.getYear() % 100);
            case "yy": return String.valueOf(d.getYear() % 100);
            case "JJJ": return String.format(Locale.ROOT, "%03d", d.getDayOfYear());
            case "jjj": return String.valueOf(d.getDayOfYear());
            case "Month": return monthName;
            case "month": return monthName.toLowerCase(Locale.ROOT);
            case "Mon": return monthName.substring(0, 3);
            case "mon": return monthName.substring(0, 3).toLowerCase(Locale.ROOT);
            case "NN": return two(d.getMonthValue());
            case "nn": return String.valueOf(d.getMonthValue());
            case "DD": return two(d.getDayOfMonth());
            case "dd": return String.valueOf(d.getDayOfMonth());
            case "DAYNAME": return dayName;
            case "Dayname": return dayName;
            case "Day": return dayName.substring(0, 3);
            case "day": return dayName.substring(0, 3).toLowerCase(Locale.ROOT);
            case "Da": return dayName.substring(0, 2);
            case "da": return dayName.substring(0, 2).toLowerCase(Locale.ROOT);
            case "q": return String.valueOf((d.getMonthValue() - 1) / 3 + 1);
            case "h": return String.valueOf((d.getMonthValue() - 1) / 6 + 1);
            case "WW": return two(Math.min(52, (d.getDayOfYear() - 1) / 7 + 1));
            case "ww": return String.valueOf(Math.min(52, (d.getDayOfYear() - 1) / 7 + 1));
            case "HH": return two(hour);
            case "Hh": return two(hour12);
            case "hH": return String.valueOf(hour);
            case "hh": return String.valueOf(hour12);
            case "MM": return two(t.getMinute());
            case "mm": return String.valueOf(t.getMinute());
            case "SS": return two(t.getSecond());
            case "ss": return String.valueOf(t.getSecond());
            case ".s": return "." + (int) (ms / 100);
            case ".ss": return String.format(Locale.ROOT, ".%02d", (int) (ms / 10));
            case ".sss": return String.format(Locale.ROOT, ".%03d", (int) ms);
            case "am": case "pm": return hour < 12 ? "am" : "pm";
            case "AM": case "PM": return hour < 12 ? "AM" : "PM";
            case "a.m.": case "p.m.": return hour < 12 ? "a.m." : "p.m.";
            default: return hour < 12 ? "A.M." : "P.M.";
        }
    }

    private static String two(int v) {
        return String.format(Locale.ROOT, "%02d", v);
    }
}
