package org.sdl.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stata's date pseudo-functions, which take literal text rather than an expression and stand for
 * a number: {@code td(8may2016)} or {@code d(8 May 2016)} (days since 01jan1960), {@code tm(2004m1)}
 * or {@code m()} (months since 1960m1), {@code tq(2010q1)}/{@code q()}, {@code th(2010h2)}/{@code h()},
 * {@code tw(2010w5)}/{@code w()} and {@code ty(2010)}/{@code y()}. The value is computed when the
 * expression is parsed, as Stata does. Clock literals (tc(), tC()) are not supported.
 */
final class DateLiterals {
    private DateLiterals() {}

    private static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*([a-z]+)\\s*(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*([mqhw])\\s*(\\d{1,2})");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec"};

    /** Whether name is one of the date pseudo-functions. */
    static boolean isDateFunction(String name) {
        return name.matches("t?[dmqhwy]");
    }

    /** The value of name(text), or null when the text is no date of that kind. */
    static Double value(String name, String text) {
        String unit = name.substring(name.length() - 1);
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!isDateFunction(name) || t.contains("__sdlnum")) {
            return null;
        }
        if (unit.equals("y")) {
            return t.matches("\\d{4}") ? Double.valueOf(Integer.parseInt(t)) : null;
        }
        if (unit.equals("d")) {
            Matcher m = DAY.matcher(t);
            if (!m.matches()) {
                return null;
            }
            int month = month(m.group(2));
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
                return (double) (day.toEpochDay() - EPOCH.toEpochDay());
            } catch (DateTimeException e) {
                return null;
            }
        }
        Matcher m = PERIOD.matcher(t);
        if (!m.matches() || !m.group(2).equals(unit)) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int k = Integer.parseInt(m.group(3));
        int perYear = switch (unit) {
            case "m" -> 12;
            case "q" -> 4;
            case "h" -> 2;
            default -> 52;
        };
        if (k < 1 || k > perYear) {
            return null;
        }
        return (double) ((year - 1960) * perYear + k - 1);
    }

    /** 1-12 for a month name or its first three letters; 0 when it is none. */
    private static int month(String word) {
        if (word.length() < 3) {
            return 0;
        }
        for (int i = 0; i < MONTHS.length; i++) {
            if (word.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return 0;
    }
}
