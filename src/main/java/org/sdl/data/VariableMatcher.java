package org.sdl.data;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one varlist token into variable names, as Stata does: exact names, unique-prefix
 * abbreviations (varabbrev on), wildcards {@code * ? ~}, and ranges {@code a-b} in dataset order.
 */
public final class VariableMatcher {
    private final Dataset data;

    public VariableMatcher(Dataset data) {
        this.data = data;
    }

    /** Resolves a single name (exact or unique abbreviation); 111 when none or ambiguous. */
    public String one(String token) {
        if (data.has(token)) {
            return token;
        }
        List<String> cands = new ArrayList<>();
        for (String n : data.names()) {
            if (n.startsWith(token)) {
                cands.add(n);
            }
        }
        if (cands.size() == 1) {
            return cands.get(0);
        }
        if (cands.size() > 1) {
            throw new DataException(111, token + " ambiguous abbreviation (matches "
                + String.join(" ", cands.subList(0, Math.min(6, cands.size())))
                + (cands.size() > 6 ? " ..." : "") + ")");
        }
        throw new DataException(111, "variable " + token + " not found" + suggestion(token));
    }

    /** Resolves a token that may hold wildcards or a range; never empty (111 otherwise). */
    public List<String> expand(String token) {
        List<String> names = data.names();
        if (token.equals("_all") || token.equals("*")) {
            if (names.isEmpty()) {
                throw new DataException(111, "no variables defined");
            }
            return new ArrayList<>(names);
        }
        int dash = token.indexOf('-');
        if (dash > 0 && dash < token.length() - 1) {
            String a = one(token.substring(0, dash));
            String b = one(token.substring(dash + 1));
            int i = names.indexOf(a);
            int j = names.indexOf(b);
            if (j < i) {
                throw new DataException(198, token + ": variables out of order");
            }
            return new ArrayList<>(names.subList(i, j + 1));
        }
        if (token.indexOf('*') >= 0 || token.indexOf('?') >= 0 || token.indexOf('~') >= 0) {
            Pattern p = wildcard(token);
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (p.matcher(n).matches()) {
                    out.add(n);
                }
            }
            if (out.isEmpty()) {
                throw new DataException(111, "variable " + token + " not found");
            }
            if (token.indexOf('~') >= 0 && out.size() > 1) {
                throw new DataException(111, token + " ambiguous abbreviation");
            }
            return out;
        }
        List<String> one = new ArrayList<>();
        one.add(one(token));
        return one;
    }

    public static Pattern wildcard(String token) {
        StringBuilder re = new StringBuilder();
        for (char ch : token.toCharArray()) {
            if (ch == '*' || ch == '~') {
                re.append(".*");
            } else if (ch == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    /** "; did you mean educ?" for the nearest name by edit distance, or "". */
    public String suggestion(String token) {
        String best = Nearest.of(token, data.names());
        return best == null ? "" : "; did you mean " + best + "?";
    }
}
