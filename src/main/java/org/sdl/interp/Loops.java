package org.sdl.interp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.DataException;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.MacroNumber;
import org.sdl.interp.expr.Value;
import org.sdl.interp.syntax.Numlist;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;

/** foreach, forvalues and while: the header is expanded once per entry, the body per iteration. */
final class Loops {
    private static final Pattern FOREACH = Pattern.compile("foreach\\s+(\\w+)\\s+(in|of)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern FORVALUES = Pattern.compile("forv(?:a(?:l(?:u(?:e(?:s)?)?)?)?)?\\s+(\\w+)\\s*=\\s*(.*)", Pattern.DOTALL);
    private static final Pattern SIMPLE_RANGE = Pattern.compile("\\s*(-?[0-9.]+)\\s*(?:/\\s*(-?[0-9.]+)|\\(\\s*(-?[0-9.]+)\\s*\\)\\s*(-?[0-9.]+))\\s*");

    private final Interpreter interp;
    private final Session session;

    Loops(Interpreter interp, Session session) {
        this.interp = interp;
        this.session = session;
    }

    /** Runs a loop block; false when the header is not a loop. */
    boolean run(String header, SourceLine line, List<Statement> body, Frame frame) {
        Matcher m = FOREACH.matcher(header);
        if (m.matches()) {
            foreach(m.group(1), m.group(2), m.group(3).strip(), body, frame);
            return true;
        }
        m = FORVALUES.matcher(header);
        if (m.matches()) {
            forvalues(m.group(1), m.group(2).strip(), body, frame);
            return true;
        }
        if (header.matches("while\\b.*")) {
            whileLoop(line, body, frame);
            return true;
        }
        return false;
    }

    private void foreach(String name, String kind, String spec, List<Statement> body, Frame frame) {
        List<String> items;
        if (kind.equals("in")) {
            items = Words.tokens(spec);
        } else {
            String[] p = spec.split("\\s+", 2);
            String listType = p[0];
            String rest = p.length > 1 ? p[1] : "";
            if ("varlist".startsWith(listType) && listType.length() >= 3) {
                items = new ArrayList<>();
                VariableMatcher vm = new VariableMatcher(session.data());
                for (String w : Words.split(rest)) {
                    try {
                        items.addAll(vm.expand(w));
                    } catch (DataException e) {
                        throw new SdlError(e.code(), e.getMessage());
                    }
                }
            } else if (listType.equals("newlist") || listType.equals("newvarlist")) {
                items = Words.split(rest);
            } else if (listType.equals("numlist")) {
                items = new ArrayList<>();
                for (double d : Numlist.expand(rest)) {
                    items.add(MacroNumber.format(d));
                }
            } else if (listType.equals("local")) {
                items = Words.tokens(frame.local(rest.strip()));
            } else if (listType.equals("global")) {
                items = Words.tokens(session.globals().getOrDefault(rest.strip(), ""));
            } else {
                throw new SdlError(198, "foreach: unknown list type '" + listType
                    + "' (use in, of varlist, of newlist, of numlist, of local, of global)");
            }
        }
        for (String item : items) {
            frame.setLocal(name, item);
            if (!iterate(body, frame)) {
                break;
            }
        }
    }

    private void forvalues(String name, String range, List<Statement> body, Frame frame) {
        Matcher m = SIMPLE_RANGE.matcher(range);
        if (m.matches()) {
            double from = Double.parseDouble(m.group(1));
            double to = m.group(2) != null ? Double.parseDouble(m.group(2)) : Double.parseDouble(m.group(4));
            double step = m.group(2) != null ? 1 : Double.parseDouble(m.group(3));
            if (step == 0) {
                throw new SdlError(198, "forvalues: step of zero");
            }
            if (m.group(2) != null && to < from) {
                return;
            }
            long count = (long) Math.floor((to - from) / step + 1e-9);
            boolean integral = from == Math.rint(from) && step == Math.rint(step);
            for (long k = 0; k <= count; k++) {
                double v = integral ? from + k * step
                    : java.math.BigDecimal.valueOf(from).add(java.math.BigDecimal.valueOf(step)
                        .multiply(java.math.BigDecimal.valueOf(k))).doubleValue();
                frame.setLocal(name, MacroNumber.format(v));
                if (!iterate(body, frame)) {
                    break;
                }
            }
            return;
        }
        for (double d : Numlist.expand(range)) {
            frame.setLocal(name, MacroNumber.format(d));
            if (!iterate(body, frame)) {
                break;
            }
        }
    }

    private void whileLoop(SourceLine line, List<Statement> body, Frame frame) {
        while (true) {
            SourceLine expanded = interp.expandLine(line, frame);
            String text = expanded.text();
            String cond = text.substring(5, text.length() - 1).strip();
            Value v = ExprCompiler.evaluate(Parser.expression(expanded.tail(cond)), session);
            if (v.isString()) {
                throw new SdlError(109, "type mismatch: while condition must be numeric");
            }
            if (v.number() == 0) {
                return;
            }
            if (!iterate(body, frame)) {
                return;
            }
        }
    }

    /** Runs the body once; false when it executed {@code continue, break}. */
    private boolean iterate(List<Statement> body, Frame frame) {
        interp.enterLoop(1);
        try {
            interp.execute(body, frame);
            return true;
        } catch (Signals.Continue c) {
            return true;
        } catch (Signals.Break b) {
            return false;
        } finally {
            interp.enterLoop(-1);
        }
    }
}
