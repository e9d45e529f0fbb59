package org.sdl.interp.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits argument text into words as Stata's tokenizer does: blanks separate words except
 * inside double quotes, compound quotes and parentheses, so {@code (1 2 = 1)}, {@code "a b"}
 * and {@code i.(a b)} are single words.
 */
public final class Words {
    private Words() {}

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean quote = false;
        int compound = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (compound > 0) {
                if (c == '"' && next == '\'') {
                    compound--;
                    cur.append("\"'");
                    i++;
                    continue;
                }
                if (c == '`' && next == '"') {
                    compound++;
                }
                cur.append(c);
                continue;
            }
            if (quote) {
                cur.append(c);
                if (c == '"') {
                    quote = false;
                }
                continue;
            }
            if (c == '`' && next == '"') {
                compound++;
                cur.append("`\"");
                i++;
                continue;
            }
            if (c == '"') {
                quote = true;
                cur.append(c);
                continue;
            }
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Where a command's options begin: the first comma outside quotes and parentheses, or -1. */
    public static int optionsComma(String s) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
            } else if (!quoted && depth == 0 && ch == ',') {
                return i;
            }
        }
        return -1;
    }

    /** Removes one level of "..." or `"..."' quotes. */
    public static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1);
        }
        if (s.length() >= 4 && s.startsWith("`\"") && s.endsWith("\"'")) {
            return s.substring(2, s.length() - 2);
        }
        return s;
    }

    /** Splits on blanks outside quotes, removing the quotes (tokenize, foreach ... in). */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : splitQuotesOnly(text)) {
            out.add(unquote(w));
        }
        return out;
    }

    /** Like split, but parentheses do not group (macro lists). */
    public static List<String> splitQuotesOnly(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quote = false;
        int compound = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (compound > 0 && c == '"' && next == '\'') {
                compound--;
                cur.append("\"'");
                i++;
                continue;
            }
            if (!quote && c == '`' && next == '"') {
                compound++;
                cur.append("`\"");
                i++;
                continue;
            }
            if (compound == 0 && c == '"') {
                quote = !quote;
            }
            if (Character.isWhitespace(c) && !quote && compound == 0) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
