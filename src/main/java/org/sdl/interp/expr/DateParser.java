package org.sdl.interp.expr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Missing;

/**
 * date(s, mask) and clock(s, mask): Stata's parsing of dates ("DMY", "MDY", "YMD", "DM20Y") and
 * date-times ("YMDhms", "MDYhm", "DMYhms"): the text is cut into runs of digits and of letters
 * (month names), each run takes the next role of the mask, and a run after the seconds is their
 * decimal fraction.
 */
final class DateParser {
    private DateParser() {}

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec"};

    /** clock(s, mask): milliseconds since 01jan1960 00:00:00, or missing. */
    static double clock(String s, String mask) {
        String roles = mask.replaceAll("[0-9]", "");
        List<String> parts = split(s.toLowerCase(Locale.ROOT));
        if (parts.size() < roles.length() || parts.size() > roles.length() + 1) {
            return Missing.DOT;
        }
        int y = -1;
        int mo = -1;
        int d = -1;
        long h = 0;
        long mi = 0;
        double sec = 0;
        for (int i = 0; i < roles.length(); i++) {
            String p = parts.get(i);
            char role = roles.charAt(i);
            int v = digits(p) ? Integer.parseInt(p) : role == 'M' ? month(p) : -1;
            if (v < 0) {
                return Missing.DOT;
            }
            switch (role) {
                case 'D': d = v; break;
                case 'M': mo = v; break;
                case 'Y': y = year(p, v, mask); break;
                case 'h': h = v; break;
                case 'm': mi = v; break;
                case 's': sec = v; break;
                default: return Missing.DOT;
            }
        }
        if (parts.size() == roles.length() + 1) {
            String f = parts.get(roles.length());
            if (!roles.endsWith("s") || !f.chars().allMatch(Character::isDigit)) {
                return Missing.DOT;
            }
            sec += Double.parseDouble("0." + f);
        }
        if (h > 23 || mi > 59 || sec >= 60) {
            return Missing.DOT;
        }
        try {
            long days = LocalDate.of(y, mo, d).toEpochDay() - LocalDate.of(1960, 1, 1).toEpochDay();
            return days * 86_400_000d + h * 3_600_000d + mi * 60_000d + Math.round(sec * 1000);
        } catch (java.time.DateTimeException e) {
            return Missing.DOT;
        }
    }

    /** A run of at most nine digits (longer runs are no date part, and would overflow an int). */
    private static boolean digits(String p) {
        return p.length() <= 9 && p.chars().allMatch(Character::isDigit);
    }

    /** A two-digit year under a mask such as "DM20Y" takes the mask's century. */
    private static int year(String p, int v, String mask) {
        return p.length() <= 2 && mask.matches(".*\\d\\dY.*") ? Integer.parseInt(mask.replaceAll("\\D", "")) * 100 + v : v;
    }

    static double parse(String s, String mask) {
        List<String> parts = split(s.toLowerCase(Locale.ROOT));
        String order = mask.replaceAll("[0-9]", "").toUpperCase(Locale.ROOT);
        if (parts.size() == 1 && order.length() == 3 && parts.get(0).matches("\\d{8}")) {
            parts = compact(parts.get(0), order); // 20200115 under YMD, 15012020 under DMY
        }
        if (parts.size() != 3 || order.length() != 3) {
            return Missing.DOT;
        }
        int d = -1;
        int m = -1;
        int y = -1;
        for (int i = 0; i < 3; i++) {
            String p = parts.get(i);
            char role = order.charAt(i);
            int v = digits(p) ? Integer.parseInt(p) : month(p);
            if (v < 0) {
                return Missing.DOT;
            }
            if (role == 'D') {
                d = v;
            } else if (role == 'M') {
                m = v;
            } else {
                y = year(p, v, mask);
            }
        }
        try {
            return LocalDate.of(y, m, d).toEpochDay() - LocalDate.of(1960, 1, 1).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Missing.DOT;
        }
    }

    /** An 8-digit date cut in the mask's order: four digits for the year, two for the others. */
    private static List<String> compact(String t, String order) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (char role : order.toCharArray()) {
            int w = role == 'Y' ? 4 : 2;
            out.add(t.substring(at, at + w));
            at += w;
        }
        return out;
    }

    private static int month(String p) {
        for (int i = 0; i < 12; i++) {
            if (p.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Splits "15jan2020", "2020-01-15", "1/15/2020", "15 January 2020 10:30" into runs of digits
     * and of letters.
     */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int kind = 0;
        for (char c : s.toCharArray()) {
            int k = Character.isDigit(c) ? 1 : Character.isLetter(c) ? 2 : 0;
            if (k == 0 || (kind != 0 && k != kind)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            }
            if (k != 0) {
                cur.append(c);
            }
            kind = k;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
