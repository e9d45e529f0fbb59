package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.ByteColumn;
import org.sdl.data.Column;
import org.sdl.data.Dataset;
import org.sdl.data.Grouping;
import org.sdl.data.Missing;
import org.sdl.data.NumericColumn;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.Frame;
import org.sdl.interp.Interpreter;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.command.PrefixCommand;
import org.sdl.interp.syntax.Words;
import org.sdl.lang.SourceLine;

/**
 * xi [i.var …] and xi: command … i.var …: the pre-factor-variable way old do-files make
 * indicators. Each i.var becomes variables _Ivar_# for every level but the first (numeric levels
 * keep their values, string levels are numbered 1, 2, … in sort order), labelled var==level;
 * the indicators of an earlier xi are dropped first; under the prefix the command then runs with
 * the indicators in place of i.var. Interactions (i.a*i.b, i.a|x) are left to factor-variable
 * notation (i.a#i.b), which every estimation command accepts.
 */
public final class XiCommand extends Command implements PrefixCommand {
    private static final Pattern TERM = Pattern.compile("(?<![\\w.#])[iI]\\.([A-Za-z_][A-Za-z0-9_]*)(?![\\w.#*|])");

    public XiCommand() {
        super("xi", 2, null);
    }

    @Override
    public void run(Invocation inv) {
        expand(inv.session(), inv.text().split(",")[0], inv.session().out());
    }

    @Override
    public void runPrefixed(Interpreter interp, Session session, Frame frame, SourceLine line, String head,
                            SourceLine command) {
        String text = command.text();
        int comma = Words.optionsComma(text);
        String main = comma < 0 ? text : text.substring(0, comma);
        String rewritten = expand(session, main, session.out()) + (comma < 0 ? "" : text.substring(comma));
        interp.runExpanded(command.withText(rewritten), frame);
    }

    /** Creates the indicators of every i.var in text; returns text with each i.var replaced by them. */
    private static String expand(Session session, String text, org.sdl.interp.Output out) {
        if (text.matches("(?s).*[iI]\\.\\w+\\s*[*|].*")) {
            throw new SdlError(198, "xi interactions (i.a*i.b, i.a|x) are not supported; write i.a#i.b or "
                + "i.a##c.x, which the estimation commands take directly");
        }
        Dataset d = session.data();
        // only what an earlier xi made: _I names labelled var==level (a user's _Income stays)
        for (String name : new ArrayList<>(d.names())) {
            if (name.startsWith("_I") && d.column(name).label().matches("\\w+==.*")) {
                d.drop(name);
            }
        }
        Matcher m = TERM.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String var;
            try {
                var = new VariableMatcher(d).one(m.group(1));
            } catch (org.sdl.data.DataException e) {
                throw new SdlError(e.code(), e.getMessage());
            }
            m.appendReplacement(result, Matcher.quoteReplacement(String.join(" ", indicators(d, var, out))));
        }
        m.appendTail(result);
        return result.toString();
    }

    /** The indicators of var's levels after the first; prints xi's one-line summary. */
    private static List<String> indicators(Dataset d, String var, org.sdl.interp.Output out) {
        Column c = d.column(var);
        int n = d.nObs();
        boolean[] present = new boolean[n];
        for (int i = 0; i < n; i++) {
            present[i] = !c.isMissing(i);
        }
        Grouping g = Grouping.of(d, List.of(var), present);
        if (g.count() < 2) {
            throw new SdlError(2000, "xi: " + var + " has fewer than two levels");
        }
        String[] suffix = new String[g.count()];
        for (int k = 0; k < suffix.length; k++) {
            if (c instanceof NumericColumn nc) {
                double v = nc.get(g.firstRow(k));
                if (v != Math.rint(v) || v < 0) {
                    throw new SdlError(452, "xi: " + var + " has a noninteger or negative value (" + v + ")");
                }
                suffix[k] = String.valueOf((long) v);
            } else {
                suffix[k] = String.valueOf(k + 1);
            }
        }
        String stub = "_I" + (var.length() > 24 ? var.substring(0, 24) : var) + "_";
        List<String> names = new ArrayList<>();
        for (int k = 1; k < suffix.length; k++) {
            ByteColumn col = new ByteColumn(stub + suffix[k], n);
            for (int i = 0; i < n; i++) {
                col.set(i, !present[i] ? Missing.DOT : g.id(i) == k ? 1 : 0);
            }
            col.setLabel(var + "==" + ListCommand.cell(d, c, g.firstRow(k), false).strip());
            d.add(col);
            names.add(col.name());
        }
        out.println(String.format("%-17s %-19s (%s coded; %s omitted)", "i." + var,
            stub + suffix[0] + "-" + suffix[suffix.length - 1], c instanceof NumericColumn ? "naturally" : "alphabetically",
            stub + suffix[0]));
        return names;
    }
}
