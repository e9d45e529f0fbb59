package org.sdl.stats.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.sdl.data.DataException;

/**
 * Parses factor-variable notation into terms: {@code i.x}, {@code ib2.x}, {@code ib(last).x},
 * {@code ib(freq).x}, {@code c.x}, {@code o.x}, {@code x#z}, {@code x##z} (main effects and all
 * interactions), {@code i.(a b)}. Variable names are resolved through the given function (which
 * handles abbreviations and reports unknown names).
 */
public final class TermParser {
    private final UnaryOperator<String> resolve;

    public TermParser(UnaryOperator<String> resolve) {
        this.resolve = resolve;
    }

    public List<Term> parse(List<String> tokens) {
        List<Term> out = new ArrayList<>();
        for (String t : tokens) {
            out.addAll(token(t));
        }
        return out;
    }

    private List<Term> token(String tok) {
        List<Term> out = new ArrayList<>();
        if (tok.contains("##")) {
            String[] parts = tok.split("##");
            List<List<Term.Component>> factors = new ArrayList<>();
            for (String p : parts) {
                factors.add(components(p, true));
            }
            // all non-empty subsets, in Stata's order: a, b, a#b (for a##b##c: a b c a#b a#c b#c a#b#c)
            int m = parts.length;
            for (int size = 1; size <= m; size++) {
                subsets(factors, size, 0, new ArrayList<>(), out);
            }
            return out;
        }
        if (tok.contains("#")) {
            List<List<Term.Component>> factors = new ArrayList<>();
            for (String p : tok.split("#")) {
                factors.add(components(p, true));
            }
            cross(factors, 0, new ArrayList<>(), out);
            return out;
        }
        for (Term.Component c : components(tok, false)) {
            out.add(new Term(List.of(c)));
        }
        return out;
    }

    private void subsets(List<List<Term.Component>> f, int size, int from, List<List<Term.Component>> cur,
                         List<Term> out) {
        if (cur.size() == size) {
            cross(cur, 0, new ArrayList<>(), out);
            return;
        }
        for (int i = from; i < f.size(); i++) {
            cur.add(f.get(i));
            subsets(f, size, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    private void cross(List<List<Term.Component>> f, int i, List<Term.Component> cur, List<Term> out) {
        if (i == f.size()) {
            out.add(new Term(List.copyOf(cur)));
            return;
        }
        for (Term.Component c : f.get(i)) {
            cur.add(c);
            cross(f, i + 1, cur, out);
            cur.remove(cur.size() - 1);
        }
    }

    /** "i.x", "c.x", "ib2.x", "i.(a b)", "x"; inInteraction makes bare names categorical. */
    private List<Term.Component> components(String s, boolean inInteraction) {
        List<Term.Component> out = new ArrayList<>();
        int dot = prefixEnd(s);
        String prefix = dot < 0 ? "" : s.substring(0, dot);
        String rest = dot < 0 ? s : s.substring(dot + 1);
        List<String> vars = new ArrayList<>();
        if (rest.startsWith("(") && rest.endsWith(")")) {
            for (String v : rest.substring(1, rest.length() - 1).trim().split("\\s+")) {
                vars.add(v);
            }
        } else {
            vars.add(rest);
        }
        boolean omit = false;
        String p = prefix;
        if (p.startsWith("o")) {
            omit = true;
            p = p.substring(1);
        }
        boolean factor;
        String base = "";
        if (p.isEmpty()) {
            factor = inInteraction && !omit;
        } else if (p.equals("c")) {
            factor = false;
        } else if (p.equals("i")) {
            factor = true;
        } else if (p.startsWith("ib")) {
            factor = true;
            base = p.substring(2).replace("(", "").replace(")", "");
            if (base.equals("n")) {
                base = "last";
            }
        } else if (p.matches("b\\d+|b\\(.*\\)")) {
            factor = true;
            base = p.substring(1).replace("(", "").replace(")", "");
        } else if (p.matches("\\d+")) {
            factor = true;
            base = "only:" + p;
        } else if (p.matches("[LFDSlfds]\\d*") && vars.size() == 1) {
            // L.x and friends: a continuous variable under that name, which the caller has made
            // (interp's TimeSeriesVariables), so that its coefficient is called L.x as in Stata
            out.add(new Term.Component(resolve.apply(s), false, "", omit));
            return out;
        } else {
            throw new DataException(198, "invalid factor-variable operator " + prefix + ". in " + s);
        }
        for (String v : vars) {
            out.add(new Term.Component(resolve.apply(v), factor, base, omit));
        }
        return out;
    }

    /** Position of the dot ending an operator prefix (i., ib(last)., c.), or -1. */
    private static int prefixEnd(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
                if (i > 0 && s.charAt(i - 1) == '.') {
                    return -1;
                }
            } else if (c == ')') {
                depth--;
            } else if (c == '.' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
