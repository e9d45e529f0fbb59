package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.stats.EstimationResult;

/**
 * One outreg2 column from the active estimates: each coefficient (base levels and omitted terms
 * left out, as outreg2 leaves them out) with outreg2's stars (*** p&lt;0.01, ** p&lt;0.05,
 * * p&lt;0.1) and its standard error in parentheses (brackets with bracket), then Observations,
 * R-squared (when the model has one), addstat() and addtext() rows.
 */
final class OutregColumn {
    private OutregColumn() {}

    static void add(OutregGrid grid, Invocation inv, EstimationResult e, OptionText o, List<String> varlist) {
        OutregNumber b = number(o, "bdec");
        OutregNumber se = number(o, "sdec");
        OutregNumber stat = o.has("dec") ? number(o, "dec") : auto(o);
        boolean label = o.has("label");
        boolean bracket = o.has("bracket");
        List<String> keep = new ArrayList<>(varlist);
        keep.addAll(Words.tokens(o.arg("keep", "")));
        List<String> drop = Words.tokens(o.arg("drop", ""));
        ModelColumn m = new ModelColumn(".", e, Map.of(), 95, null);
        Labeler labeler = EsttabCommand.labeler(inv.session().data());
        Map<String, OutregGrid.Coef> coefs = new LinkedHashMap<>();
        boolean keptAny = keep.isEmpty();
        for (ModelColumn.Coef c : m.coefs) {
            if (c.base() || c.omitted() || (o.has("nocons") && c.name().equals("_cons"))) {
                continue;
            }
            CoefficientRows.Key key = new CoefficientRows.Key(c.eq(), c.name());
            if (!keep.isEmpty() && keep.stream().noneMatch(p -> CoefficientRows.matches(key, p))) {
                continue;
            }
            keptAny = true;
            if (drop.stream().anyMatch(p -> CoefficientRows.matches(key, p))) {
                continue;
            }
            double est = m.value("b", c, false, false)[0];
            double sd = m.value("se", c, false, false)[0];
            String seText = bracket ? "[" + se.format(sd) + "]" : "(" + se.format(sd) + ")";
            coefs.put(rowLabel(c, label, labeler), new OutregGrid.Coef(b.format(est), stars(m.p(c)), seText));
        }
        if (!keptAny) {
            inv.out().println("(note: keep(" + String.join(" ", keep) + ") matched no coefficients)");
        }
        Map<String, String> stats = new LinkedHashMap<>();
        if (!o.has("noobs")) {
            Object n = m.stat("N");
            stats.put("Observations", OutregNumber.count(n instanceof Double d ? d : e.n()));
        }
        Double r2 = e.scalars().get("r2");
        if (r2 != null && !o.has("nor2")) {
            stats.put("R-squared", stat.format(r2));
        }
        for (Map.Entry<String, String> p : Outreg2Command.pairs("addstat",
                Outreg2Command.textList(o.arg("addstat", ""))).entrySet()) {
            stats.put(p.getKey(), stat.format(Outreg2Command.number(inv, p.getValue())));
        }
        stats.putAll(Outreg2Command.pairs("addtext", Outreg2Command.textList(o.arg("addtext", ""))));
        String title = o.has("ctitle") ? EstoutOptions.unquote(o.arg("ctitle"))
            : e.depvar() == null ? "" : e.depvar().split("\\s+")[0];
        if (label && !o.has("ctitle") && labeler.variableLabel(title) != null) {
            title = labeler.variableLabel(title);
        }
        grid.addColumn(title, coefs, stats);
    }

    /** bdec()/sdec() if given, else dec(), else auto(#) (outreg2's default auto(3)). */
    private static OutregNumber number(OptionText o, String option) {
        String d = o.has(option) ? o.arg(option) : o.has("dec") ? o.arg("dec") : null;
        if (d == null) {
            return auto(o);
        }
        return OutregNumber.fixed(digits(option, d));
    }

    private static OutregNumber auto(OptionText o) {
        return OutregNumber.auto(o.has("auto") ? digits("auto", o.arg("auto")) : 3);
    }

    private static int digits(String option, String text) {
        try {
            int d = Integer.parseInt(text == null ? "" : text.strip());
            if (d < 0 || d > 11) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException ex) {
            throw new SdlError(198, "outreg2: " + option + "() needs an integer from 0 to 11");
        }
    }

    private static String stars(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.01 ? "***" : p < 0.05 ? "**" : p < 0.1 ? "*" : "";
    }

    /** The row title: the name (equation:name outside the main equation), or with label the variable label. */
    private static String rowLabel(ModelColumn.Coef c, boolean label, Labeler labeler) {
        String name;
        if (c.name().equals("_cons")) {
            name = OutregGrid.CONSTANT;
        } else if (label) {
            List<String> parts = new ArrayList<>();
            for (String part : c.name().split("#")) {
                int dot = part.indexOf('.');
                String var = dot < 0 ? part : part.substring(dot + 1);
                String op = dot < 0 ? "" : part.substring(0, dot);
                String vl = op.matches("\\d+") ? labeler.valueLabel(var, Double.parseDouble(op)) : null;
                String l = labeler.variableLabel(var);
                parts.add(vl != null ? vl : l == null ? part : op.matches("\\d+") ? l + "=" + op : l);
            }
            name = String.join(" # ", parts);
        } else {
            name = c.name();
        }
        return c.eq().isEmpty() ? name : c.eq().equals("/") ? "/" + name : c.eq() + ":" + name;
    }
}
