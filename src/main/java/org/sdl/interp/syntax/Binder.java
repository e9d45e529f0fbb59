package org.sdl.interp.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.Missing;
import org.sdl.data.Nearest;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.expr.EvalContext;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.ExprEnv;
import org.sdl.interp.expr.Node;
import org.sdl.lang.ast.CommandCall;

/**
 * Checks a parsed command against its syntax spec and produces typed arguments, with one set
 * of messages for every command: unknown options (with the nearest valid name), weights not
 * allowed, too few/many variables, string variables where numbers are needed.
 */
public final class Binder {
    private final ExprEnv env;

    public Binder(ExprEnv env) {
        this.env = env;
    }

    public BoundArgs bind(CommandCall call, SyntaxSpec spec, String commandName) {
        BoundArgs b = new BoundArgs();
        b.call = call;
        Dataset data = env.data();
        b.words.addAll(Words.split(call.arguments()));
        arguments(b, spec, commandName, data);
        if (call.assigned() != null) {
            if (!spec.expAllowed()) {
                throw new SdlError(101, commandName + ": = exp not allowed");
            }
            b.exp = call.assigned();
            b.expText = call.assignedText();
        } else if (spec.expRequired()) {
            throw new SdlError(100, commandName + ": = exp required");
        }
        if (call.ifCondition() != null && !spec.ifAllowed()) {
            throw new SdlError(101, commandName + ": if not allowed");
        }
        if (call.in() != null && !spec.inAllowed()) {
            throw new SdlError(101, commandName + ": in range not allowed");
        }
        b.touse = mask(call, data, b);
        weight(call, spec, b, commandName);
        if (call.using() != null) {
            if (!spec.usingAllowed()) {
                throw new SdlError(101, commandName + ": using not allowed");
            }
            b.using = call.using();
        } else if (spec.usingRequired()) {
            throw new SdlError(100, commandName + ": using required");
        }
        options(call, spec, b, commandName);
        return b;
    }

    private void arguments(BoundArgs b, SyntaxSpec spec, String cmd, Dataset data) {
        List<String> words = b.words;
        switch (spec.argKind()) {
            case NONE:
                if (!words.isEmpty()) {
                    throw new SdlError(198, cmd + ": unexpected '" + words.get(0) + "'");
                }
                return;
            case ANYTHING:
                b.anything = b.call.arguments().strip();
                if (b.anything.isEmpty() && !spec.argOptional()) {
                    throw new SdlError(100, cmd + ": something required");
                }
                return;
            case NAMELIST: case NAME: case NEWVARLIST: case NEWVARNAME:
                for (String w : words) {
                    if (!w.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        throw new SdlError(198, w + " invalid name");
                    }
                    if ((spec.argKind() == SyntaxSpec.ArgKind.NEWVARLIST
                        || spec.argKind() == SyntaxSpec.ArgKind.NEWVARNAME) && data.has(w)) {
                        throw new SdlError(110, "variable " + w + " already defined");
                    }
                    b.varlist.add(w);
                }
                break;
            default:
                if (words.isEmpty() && !spec.defaultNone() && spec.argOptional()
                    && spec.argKind() == SyntaxSpec.ArgKind.VARLIST) {
                    b.varlist.addAll(data.names());
                    if (spec.numeric()) {
                        b.varlist.removeIf(n -> data.column(n).isString());
                    }
                    return;
                }
                VariableMatcher m = new VariableMatcher(data);
                for (String w : words) {
                    if (spec.factorVariables() && isFactorToken(w)) {
                        b.varlist.add(w);
                        continue;
                    }
                    try {
                        b.varlist.addAll(m.expand(w));
                    } catch (DataException e) {
                        throw new SdlError(e.code(), e.getMessage());
                    }
                }
                if (spec.numeric() && !spec.factorVariables()) {
                    for (String v : b.varlist) {
                        if (data.column(v) != null && data.column(v).isString()) {
                            throw new SdlError(109, "string variables not allowed in varlist; " + v
                                + " is a string variable");
                        }
                    }
                }
                if (spec.stringOnly()) {
                    for (String v : b.varlist) {
                        if (!data.column(v).isString()) {
                            throw new SdlError(109, "numeric variables not allowed; " + v + " is numeric");
                        }
                    }
                }
        }
        if (b.varlist.isEmpty() && !spec.argOptional()) {
            throw new SdlError(100, "varlist required");
        }
        if (!b.varlist.isEmpty() && b.varlist.size() < spec.minVars()) {
            throw new SdlError(102, "too few variables specified");
        }
        if (b.varlist.size() > spec.maxVars()) {
            throw new SdlError(103, "too many variables specified");
        }
    }

    /** Tokens that only make sense as factor-variable terms (i.x, c.x, x#z, ib2.x, o.x). */
    public static boolean isFactorToken(String w) {
        return w.contains(".") || w.contains("#");
    }

    private boolean[] mask(CommandCall call, Dataset data, BoundArgs b) {
        int n = data.nObs();
        boolean[] m = new boolean[n];
        int from = 0;
        int to = n;
        if (call.in() != null) {
            from = inEnd(call.in().first(), n) - 1;
            to = call.in().last() == null ? from + 1 : inEnd(call.in().last(), n);
            if (from < 0 || to > n || from >= to) {
                if (n == 0 && from <= 0) {
                    from = 0;
                    to = 0;
                } else {
                    throw new SdlError(198, "Obs. nos. out of range");
                }
            }
            b.inText = "in " + call.in().first() + (call.in().last() == null ? "" : "/" + call.in().last());
        }
        if (call.ifCondition() != null) {
            Node cond = ExprCompiler.compile(call.ifCondition(), env, EvalContext.whole(n));
            if (cond.isString()) {
                throw new SdlError(109, "type mismatch: if condition must be numeric");
            }
            for (int i = from; i < to; i++) {
                m[i] = cond.num(i) != 0;
            }
            b.ifText = call.ifText();
        } else {
            for (int i = from; i < to; i++) {
                m[i] = true;
            }
        }
        return m;
    }

    static int inEnd(String s, int n) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.equals("f")) {
            return 1;
        }
        if (t.equals("l")) {
            return n;
        }
        try {
            int v = (int) Double.parseDouble(t);
            return v < 0 ? n + v + 1 : v;
        } catch (NumberFormatException e) {
            throw new SdlError(198, "invalid in range: " + s);
        }
    }

    private void weight(CommandCall call, SyntaxSpec spec, BoundArgs b, String cmd) {
        CommandCall.Weight w = call.weight();
        if (w == null) {
            return;
        }
        String kind = normalizeWeight(w.kind());
        if (kind == null) {
            throw new SdlError(198, "invalid weight type " + w.kind());
        }
        if (!spec.weights().contains(kind)) {
            throw new SdlError(101, spec.weights().isEmpty() ? "weights not allowed"
                : kind + "s not allowed");
        }
        if (w.exp() == null) {
            throw new SdlError(198, "weight expression required: [" + w.kind() + "=varname]");
        }
        b.weightKind = kind;
        b.weightExp = w.exp();
        b.weightText = w.expText();
    }

    public static String normalizeWeight(String k) {
        String t = k.toLowerCase(Locale.ROOT);
        if (t.equals("weight")) {
            return "aweight";
        }
        for (String full : new String[] {"fweight", "aweight", "pweight", "iweight"}) {
            if (t.equals(full) || t.equals(full.substring(0, 2)) || (full.startsWith(t) && t.length() >= 2)) {
                return full;
            }
        }
        if (t.equals("frequency")) {
            return "fweight";
        }
        return null;
    }

    private void options(CommandCall call, SyntaxSpec spec, BoundArgs b, String cmd) {
        StringBuilder rest = new StringBuilder();
        for (CommandCall.OptionNode o : call.options()) {
            OptionSpec match = find(spec, o.name());
            if (match == null) {
                if (spec.starOption()) {
                    rest.append(o.name()).append(o.argument() == null ? "" : "(" + o.argument() + ")").append(' ');
                    continue;
                }
                List<String> names = new ArrayList<>();
                spec.options().forEach(s -> names.add(s.name()));
                String near = Nearest.of(o.name().toLowerCase(Locale.ROOT), names);
                throw new SdlError(198, "option " + o.name() + " not allowed"
                    + (near == null ? "" : "; did you mean " + near + "?"));
            }
            String value = o.argument();
            if (match.kind() == OptionSpec.Kind.FLAG) {
                if (value != null) {
                    throw new SdlError(198, "option " + match.name() + " takes no argument");
                }
                value = "";
            } else if (value == null) {
                if (match.kind() == OptionSpec.Kind.PASSTHRU) {
                    value = "";
                } else {
                    throw new SdlError(198, "option " + match.name() + "() requires an argument");
                }
            }
            b.options.put(match.name(), checkValue(match, value.strip()));
            b.given.add(match.name());
        }
        b.rest = rest.toString().strip();
        for (OptionSpec o : spec.options()) {
            if (!b.options.containsKey(o.name()) && o.defaultValue() != null) {
                b.options.put(o.name(), o.defaultValue());
            }
        }
    }

    private OptionSpec find(SyntaxSpec spec, String given) {
        for (OptionSpec o : spec.options()) {
            if (o.matches(given)) {
                return o;
            }
        }
        return null;
    }

    private String checkValue(OptionSpec o, String v) {
        switch (o.kind()) {
            case INTEGER:
                try {
                    return String.valueOf((long) Double.parseDouble(v));
                } catch (NumberFormatException e) {
                    throw new SdlError(198, "option " + o.name() + "() requires an integer, not '" + v + "'");
                }
            case REAL:
            case CILEVEL:
                try {
                    double d = Double.parseDouble(v);
                    if (o.kind() == OptionSpec.Kind.CILEVEL && (d < 10 || d > 99.99)) {
                        throw new SdlError(198, "level() must be between 10 and 99.99");
                    }
                    return v;
                } catch (NumberFormatException e) {
                    if (v.equals(".")) {
                        return String.valueOf(Missing.DOT);
                    }
                    throw new SdlError(198, "option " + o.name() + "() requires a number, not '" + v + "'");
                }
            case VARNAME:
            case VARLIST: {
                VariableMatcher m = new VariableMatcher(env.data());
                List<String> names = new ArrayList<>();
                for (String w : Words.split(v)) {
                    try {
                        names.addAll(m.expand(w));
                    } catch (DataException e) {
                        throw new SdlError(e.code(), e.getMessage() + " in option " + o.name() + "()");
                    }
                }
                if (o.kind() == OptionSpec.Kind.VARNAME && names.size() != 1) {
                    throw new SdlError(names.isEmpty() ? 102 : 103, "option " + o.name() + "() takes one variable");
                }
                return String.join(" ", names);
            }
            case STRING:
                return unquote(v);
            default:
                return v;
        }
    }

    /** A string option given as one quoted string ("a b" or `"a "b""') holds the text inside. */
    static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") && v.indexOf('"', 1) == v.length() - 1) {
            return v.substring(1, v.length() - 1);
        }
        if (v.length() >= 4 && v.startsWith("`\"") && v.endsWith("\"'")) {
            return v.substring(2, v.length() - 2);
        }
        return v;
    }
}
