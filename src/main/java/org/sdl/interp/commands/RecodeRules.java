package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * recode's old rule form without parentheses: {@code recode x 1=0 2=1} or {@code recode x 1 2 = 0
 * 3/5 = 1, gen(y)} is rewritten to {@code recode x (1=0) (2=1)}. Text that already uses
 * parentheses, or has no top-level {@code =} before its options, is returned unchanged.
 */
final class RecodeRules {
    private RecodeRules() {}

    static String parenthesize(String text) {
        int end = argumentsEnd(text);
        String args = text.substring(0, end);
        if (args.indexOf('(') >= 0 || args.indexOf('=') < 0) {
            return text;
        }
        List<String> tokens = new ArrayList<>();
        for (String t : args.replace("=", " = ").strip().split("\\s+")) {
            tokens.add(t);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        // the varlist: words up to the first that can only start a rule
        while (i < tokens.size() && !startsRule(tokens.get(i))) {
            out.append(tokens.get(i)).append(' ');
            i++;
        }
        List<String> lhs = new ArrayList<>();
        for (; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("=") && !lhs.isEmpty() && i + 1 < tokens.size()) {
                out.append('(').append(String.join(" ", lhs)).append(" = ").append(tokens.get(i + 1)).append(") ");
                lhs.clear();
                i++;
            } else {
                lhs.add(t);
            }
        }
        if (!lhs.isEmpty()) {
            out.append(String.join(" ", lhs)).append(' ');   // left for recode to report
        }
        return out.toString() + text.substring(end);
    }

    private static boolean startsRule(String t) {
        return t.equals("=") || t.matches("[-.0-9].*|min\\b.*|max\\b.*|else|missing|nonmissing|\\*");
    }

    /** Where the arguments end: at a top-level comma, or at a word if or in, outside quotes. */
    private static int argumentsEnd(String s) {
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted) {
                continue;
            }
            if (c == ',') {
                return i;
            }
            boolean wordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            if (wordStart && (s.startsWith("if ", i) || s.startsWith("in ", i))) {
                return i;
            }
        }
        return s.length();
    }
}
