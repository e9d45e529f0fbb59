package org.sdl.interp.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Node;
import org.sdl.lang.ast.CommandCall;
import org.sdl.lang.ast.Expr;

/**
 * A command's arguments after binding against its {@link SyntaxSpec}: expanded varlist, the
 * observation mask from if/in, weight, using file and typed option values.
 */
public final class BoundArgs {
    final List<String> words = new ArrayList<>();
    final List<String> varlist = new ArrayList<>();
    String anything = "";
    Expr exp;
    String expText;
    boolean[] touse;
    String ifText;
    String inText;
    String weightKind;
    Expr weightExp;
    String weightText;
    String using;
    final Map<String, String> options = new LinkedHashMap<>();
    /** Options the user typed (full names), as opposed to spec defaults. */
    final Set<String> given = new LinkedHashSet<>();
    /** Options the command has looked at; a given option never looked at was silently ignored. */
    private final Set<String> consulted = new HashSet<>();
    private final Set<String> compatibility = new HashSet<>();
    String rest = "";
    CommandCall call;

    /** The parsed command this binding came from. */
    public CommandCall call() { return call; }

    /** Argument words as typed (quotes kept). */
    public List<String> words() { return words; }

    /** Variable names after abbreviation/wildcard expansion (or fv tokens under fv). */
    public List<String> varlist() { return varlist; }

    public String anything() { return anything; }
    public Expr exp() { return exp; }
    public String expText() { return expText; }

    /** Rows selected by if/in (all rows when neither was given). */
    public boolean[] touse() { return touse; }

    public boolean hasIf() { return ifText != null; }
    public boolean hasIn() { return inText != null; }
    public String ifText() { return ifText; }
    public String inText() { return inText; }

    /** fweight, aweight, pweight or iweight; null without weights. */
    public String weightKind() { return weightKind; }
    public Expr weightExp() { return weightExp; }
    public String weightText() { return weightText; }

    /**
     * The weight expression's value on every row ([fw=pop], [aw=1/se^2], [iw=1]), or null without
     * weights; a string expression is r(109).
     */
    public double[] weightValues(Session s) {
        if (weightExp == null) {
            return null;
        }
        int n = s.data().nObs();
        Node node = ExprCompiler.compile(weightExp, s, EvalContext.whole(n));
        if (node.isString()) {
            throw new SdlError(109, "type mismatch: weights must be numeric");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = node.num(i);
        }
        return out;
    }
    public String using() { return using; }

    /** Text of options matched by {@code *} in the spec (passed on untouched). */
    public String rest() { return rest; }

    public boolean has(String option) {
        consulted.add(option);
        return options.containsKey(option);
    }

    /** A flag option (or a negatable one: {@code flag("noconstant")}). */
    public boolean flag(String option) {
        consulted.add(option);
        return options.containsKey(option);
    }

    /** The option's argument text, or null when not given. */
    public String string(String option) {
        consulted.add(option);
        return options.get(option);
    }

    public String string(String option, String dflt) {
        consulted.add(option);
        String v = options.get(option);
        return v == null ? dflt : v;
    }

    public int integer(String option, int dflt) {
        consulted.add(option);
        String v = options.get(option);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new SdlError(198, "option " + option + "() requires an integer: " + v);
        }
    }

    public double real(String option, double dflt) {
        consulted.add(option);
        String v = options.get(option);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new SdlError(198, "option " + option + "() requires a number: " + v);
        }
    }

    /** All options with their values; the caller takes responsibility for every one of them. */
    public Map<String, String> options() {
        consulted.addAll(options.keySet());
        return options;
    }

    /**
     * Options accepted for compatibility with Stata do-files that have no effect in sdl (each
     * listed as such in the command's doc page): marked as handled, and remembered as
     * compatibility-only for the option contract test.
     */
    public void compatibilityOnly(String... names) {
        for (String n : names) {
            consulted.add(n);
            compatibility.add(n);
        }
    }

    /**
     * For commands whose subcommands read different options (import delimited / excel): any
     * given option outside names is r(198), naming the subcommand.
     */
    public void allowOnly(String subcommand, String... names) {
        java.util.Set<String> ok = java.util.Set.of(names);
        for (String g : given) {
            if (!ok.contains(g)) {
                throw new SdlError(198, "option " + g + " not allowed with " + subcommand);
            }
        }
    }

    /** The options the user gave that the command never looked at (silently ignored ones). */
    public List<String> unconsulted() {
        List<String> out = new ArrayList<>();
        for (String g : given) {
            if (!consulted.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /** The options the user gave that the command looked at. */
    public boolean consulted(String option) {
        return consulted.contains(option);
    }

    /** Whether the option was declared compatibility-only by the command. */
    public boolean compatibility(String option) {
        return compatibility.contains(option);
    }

    /** Keeps only rows in [from, to) selected (one by-group). */
    public void restrictTo(int from, int to) {
        for (int i = 0; i < touse.length; i++) {
            if (i < from || i >= to) {
                touse[i] = false;
            }
        }
    }

    /** Number of selected observations. */
    public int countSelected() {
        int c = 0;
        for (boolean b : touse) {
            if (b) {
                c++;
            }
        }
        return c;
    }
}
