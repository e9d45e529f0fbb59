package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.command.PrefixCommand;
import org.sdl.interp.expr.ExprCompiler;
import org.sdl.interp.expr.Value;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.Parser;
import org.sdl.lang.SourceLine;
import org.sdl.stats.EstimationResult;

/**
 * eststo [name] [, title() addscalars(name exp ...) prefix() noesample], eststo name: cmd,
 * eststo clear, eststo drop names: stores the active estimation results in the same store as
 * estimates store (so estimates dir/restore/table see them) and remembers, as eststo does in
 * the global $eststo, which sets it stored: esttab without names tabulates those. Without a
 * name the set is called est1, est2, ... (prefix() replaces "est") and "(est1 stored)" is shown.
 */
public final class EststoCommand extends Command implements PrefixCommand {
    /** The global macros eststo keeps its list and counter in (as eststo.ado does). */
    static final String LIST = "eststo";
    static final String COUNTER = "eststo_counter";

    public EststoCommand() {
        super("eststo", 6, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        List<String> w = Words.split(text.contains(",") ? text.substring(0, Words.optionsComma(text) < 0
            ? text.length() : Words.optionsComma(text)) : text);
        Session s = inv.session();
        if (!w.isEmpty() && w.get(0).equals("clear")) {
            for (String n : Words.split(s.globals().getOrDefault(LIST, ""))) {
                s.storedEstimates().remove(n);
            }
            s.globals().remove(LIST);
            s.globals().remove(COUNTER);
            return;
        }
        if (!w.isEmpty() && w.get(0).equals("dir")) {
            inv.interpreter().runExpanded(inv.line().withText("estimates dir"), inv.frame());
            return;
        }
        if (!w.isEmpty() && w.get(0).equals("drop")) {
            List<String> list = new ArrayList<>(Words.split(s.globals().getOrDefault(LIST, "")));
            for (String n : w.subList(1, w.size())) {
                if (s.storedEstimates().remove(n) == null) {
                    throw new SdlError(111, "estimation result " + n + " not found");
                }
                list.remove(n);
            }
            s.globals().put(LIST, String.join(" ", list));
            return;
        }
        store(s, inv.interpreter(), inv.frame(), inv.line(), text);
    }

    @Override
    public void runPrefixed(Interpreter interp, Session session, Frame frame, SourceLine line, String head,
                            SourceLine command) {
        // check the options before running a possibly long estimation
        parseOptions(head);
        interp.runExpanded(command, frame);
        store(session, interp, frame, line, head);
    }

    private static OptionText parseOptions(String head) {
        int comma = Words.optionsComma(head);
        return OptionText.parse("eststo", comma < 0 ? "" : head.substring(comma + 1),
            List.of("Title", "ADDscalars", "PREfix", "NOEsample", "Refresh", "Esample", "NOCopy", "MISsing"));
    }

    private static void store(Session s, Interpreter interp, Frame frame, SourceLine line, String head) {
        int comma = Words.optionsComma(head);
        List<String> w = Words.split(comma < 0 ? head : head.substring(0, comma));
        OptionText o = parseOptions(head);
        for (String unsupported : List.of("refresh", "esample", "nocopy", "missing")) {
            if (o.has(unsupported)) {
                throw new SdlError(198, "eststo: option " + unsupported + " not supported");
            }
        }
        if (w.size() > 1) {
            throw new SdlError(198, "eststo: one name allowed");
        }
        EstimationResult e = s.requireE();
        int counter = Integer.parseInt(s.globals().getOrDefault(COUNTER, "0")) + 1;
        String name;
        boolean auto = w.isEmpty();
        if (auto) {
            name = EstoutOptions.unquote(o.arg("prefix", "est")) + counter;
        } else {
            name = w.get(0);
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]{0,31}")) {
            throw new SdlError(198, "eststo: " + name + " invalid name");
        }
        EstimationResult.Builder b = e.toBuilder();
        if (o.has("title")) {
            b.macro("_estimates_title", EstoutOptions.unquote(o.arg("title")));
        }
        if (o.has("addscalars")) {
            List<String> as = Words.split(o.arg("addscalars"));
            if (as.size() % 2 != 0) {
                throw new SdlError(198, "eststo: addscalars() needs pairs of names and expressions");
            }
            for (int i = 0; i < as.size(); i += 2) {
                Value v = ExprCompiler.evaluate(Parser.expression(line.withText(as.get(i + 1))), s);
                if (v.isString()) {
                    throw new SdlError(109, "eststo: addscalars(): " + as.get(i + 1) + " is not a number");
                }
                b.scalar(as.get(i), v.number());
            }
        }
        if (o.has("noesample")) {
            b.sample(null);
        }
        EstimationResult stored = b.build();
        s.setE(stored);
        s.storedEstimates().put(name, stored);
        List<String> list = new ArrayList<>(Words.split(s.globals().getOrDefault(LIST, "")));
        list.remove(name);
        list.add(name);
        s.globals().put(LIST, String.join(" ", list));
        s.globals().put(COUNTER, String.valueOf(counter));
        if (auto) {
            s.out().println("(" + name + " stored)");
        }
    }
}
