package org.sdl.data.io;

import java.util.Locale;
import java.util.Set;

/**
 * Variable names from header cells (import delimited, import excel firstrow): letters, digits and
 * underscores, not starting with a digit, at most 32 characters, not a reserved word. A header
 * that cannot be a name becomes v# (the column number), as in Stata, and the caller keeps the
 * original text as the variable label.
 */
final class CsvNames {
    private CsvNames() {}

    private static final Set<String> RESERVED = Set.of("_all", "_b", "byte", "_coef", "_cons", "double", "float",
        "if", "in", "int", "long", "_n", "_N", "_pi", "_pred", "_rc", "_skip", "strL", "using", "with");

    static String validName(String raw, int j, String nameCase) {
        String s = raw.strip();
        if ("lower".equals(nameCase)) {
            s = s.toLowerCase(Locale.ROOT);
        } else if ("upper".equals(nameCase)) {
            s = s.toUpperCase(Locale.ROOT);
        }
        s = s.replaceAll("[^\\p{L}\\p{Nd}_]", "_"); // Stata 14+ names may hold Unicode letters
        if (s.isEmpty() || Character.isDigit(s.charAt(0)) || s.replace("_", "").isEmpty() || RESERVED.contains(s)) {
            s = "v" + (j + 1);
        }
        return s.length() > 32 ? s.substring(0, 32) : s;
    }
}
