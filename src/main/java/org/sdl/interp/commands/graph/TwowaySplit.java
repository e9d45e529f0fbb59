package org.sdl.interp.commands.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits twoway's text into plots: {@code (scatter y x) (line y x), opts} and
 * {@code scatter y x || line y x, opts} (both may mix). A trailing part that begins with a comma
 * holds the graph's own options.
 */
final class TwowaySplit {
    final List<String> plots = new ArrayList<>();
    String globalOptions = "";

    static TwowaySplit of(String text) {
        TwowaySplit s = new TwowaySplit();
        StringBuilder bare = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' || (c == '`' && i + 1 < n && text.charAt(i + 1) == '"')) {
                int end = quoteEnd(text, i);
                bare.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '(' && bare.toString().isBlank()) {
                int end = closing(text, i);
                s.plots.add(text.substring(i + 1, end - 1).strip());
                i = end;
                continue;
            }
            if (c == '(') {
                int end = closing(text, i);
                bare.append(text, i, end);
                i = end;
                continue;
            }
            if (c == '|' && i + 1 < n && text.charAt(i + 1) == '|') {
                s.addBare(bare.toString());
                bare.setLength(0);
                i += 2;
                continue;
            }
            bare.append(c);
            i++;
        }
        s.addBare(bare.toString());
        return s;
    }

    private void addBare(String b) {
        String t = b.strip();
        if (t.isEmpty()) {
            return;
        }
        if (t.startsWith(",")) {
            globalOptions = (globalOptions + " " + t.substring(1)).strip();
        } else {
            plots.add(t);
        }
    }

    private static int quoteEnd(String t, int i) {
        if (t.charAt(i) == '"') {
            int j = t.indexOf('"', i + 1);
            return j < 0 ? t.length() : j + 1;
        }
        int depth = 0;
        for (int j = i; j < t.length() - 1; j++) {
            if (t.charAt(j) == '`' && t.charAt(j + 1) == '"') {
                depth++;
                j++;
            } else if (t.charAt(j) == '"' && t.charAt(j + 1) == '\'') {
                depth--;
                j++;
                if (depth == 0) {
                    return j + 1;
                }
            }
        }
        return t.length();
    }

    /** Index just past the parenthesis matching the one at i (quotes respected). */
    private static int closing(String t, int i) {
        int depth = 0;
        for (int j = i; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '"' || (c == '`' && j + 1 < t.length() && t.charAt(j + 1) == '"')) {
                j = quoteEnd(t, j) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
        }
        throw new org.sdl.interp.SdlError(198, "unmatched parenthesis in twoway: " + t.substring(i));
    }
}
