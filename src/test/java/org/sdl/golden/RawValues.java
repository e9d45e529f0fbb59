package org.sdl.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14: nothing Java-internal ever reaches a user. Every golden script's output (and, in
 * ExportsAreJsonTest, every JSON export) is searched for NaN, Infinity, Java class names
 * ("java.") and Map.toString() dumps ("{coef=..."); a statistic that cannot be computed is ".".
 */
public final class RawValues {
    private static final Pattern RAW = Pattern.compile("\\bNaN\\b|\\bInfinity\\b|\\bjava\\.[a-z]|\\{[A-Za-z_]\\w*=");

    private RawValues() {}

    public static void assertNone(String where, String text) {
        Matcher m = RAW.matcher(text);
        if (m.find()) {
            int from = Math.max(0, text.lastIndexOf('\n', m.start()) + 1);
            int to = text.indexOf('\n', m.end());
            fail(where + ": raw value '" + m.group() + "' in output: "
                + text.substring(from, to < 0 ? text.length() : to));
        }
    }
}
