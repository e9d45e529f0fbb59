package org.sdl.interp.expr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.Missing;

/** date(s, mask): Stata's daily-date parsing with masks such as "DMY", "MDY", "YMD", "DM20Y". */
final class DateParser {
    private DateParser() {}

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec"};

    static double parse(String s, String mask) {
        List<String> parts = split(s.toLowerCase(Locale.ROOT));
        String order = mask.replaceAll("[0-9]", "").toUpperCase(Locale.ROOT);
        if (parts.size() != 3 || order.length() != 3) {
            return Missing.DOT;
        }
        int d = -1;
        int m = -1;
        int y = -1;
        for (int i = 0; i < 3; i++) {
            String p = parts.get(i);
            char role = order.charAt(i);
            int v = p.chars().allMatch(Character::isDigit) ? Integer.parseInt(p) : month(p);
            if (v < 0) {
                return Missing.DOT;
            }
            if (role == 'D') {
                d = v;
            } else if (role == 'M') {
                m = v;
            } else {
                y = p.length() <= 2 && mask.matches(".*\\d\\dY.*")
                    ? Integer.parseInt(mask.replaceAll("\\D", "")) * 100 + v : v;
            }
        }
        try {
            return LocalDate.of(y, m, d).toEpochDay() - LocalDate.of(1960, 1, 1).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Missing.DOT;
        }
    }

    private static int month(String p) {
        for (int i = 0; i < 12; i++) {
            if (p.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Splits "15jan2020", "2020-01-15", "1/15/2020", "15 January 2020" into three parts. */
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
        if (out.size() == 1 && out.get(0).length() == 8) {
            String t = out.get(0);
            return List.of(t.substring(0, 4), t.substring(4, 6), t.substring(6));
        }
        return out;
    }
}
