package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.interp.Matrix;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Binder;
import org.sdl.interp.syntax.BoundArgs;
import org.sdl.interp.syntax.SyntaxSpec;
import org.sdl.lang.Parser;
import org.sdl.stats.EstimationResult;

/**
 * estpost summarize | tabstat | tabulate | ttest | correlate: computes the command's statistics
 * and posts them in e() the way estpost does (one e() row vector per statistic, its columns
 * named after the variables or levels; e(b) the main statistic), so esttab/estout can tabulate
 * them with cells("mean sd min max") and the like. The numbers come from {@link PostedStats}.
 */
public final class EstpostCommand extends Command {
    public EstpostCommand() {
        super("estpost", 7, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        String sub = text.split("[\\s,]+", 2)[0];
        String rest = text.substring(sub.length());
        String canon;
        String spec;
        switch (sub) {
            case "summarize": case "summ": case "sum": case "su": case "summa": case "summar": case "summari": case "summariz":
                canon = "summarize";
                spec = "varlist(numeric) [if] [in] [, Listwise Quietly Detail]";
                break;
            case "tabstat":
                canon = "tabstat";
                spec = "varlist(numeric) [if] [in] [, Statistics(string) Columns(string) Listwise Quietly by(string)]";
                break;
            case "tabulate": case "tab": case "tabu": case "tabul": case "tabula": case "tabulat":
                canon = "tabulate";
                spec = "varlist(min=1 max=1) [if] [in] [, Quietly noTOTal ELabels]";
                break;
            case "ttest":
                canon = "ttest";
                spec = "varlist(numeric) [if] [in], by(varname) [Unequal Quietly Listwise]";
                break;
            case "correlate": case "corr": case "cor": case "corre": case "correl": case "correla": case "correlat":
                canon = "correlate";
                spec = "varlist(numeric min=2) [if] [in] [, Matrix Listwise Quietly]";
                break;
            default:
                throw new SdlError(198, "estpost: subcommand " + sub + " not supported (summarize, tabstat, "
                    + "tabulate, ttest, correlate)");
        }
        BoundArgs b = new Binder(inv.session()).bind(Parser.command(inv.line().withText("estpost " + rest)),
            SyntaxSpec.parse(spec), "estpost " + canon);
        if (b.has("detail")) {
            throw new SdlError(198, "estpost summarize: option detail not supported; use estpost tabstat, "
                + "statistics(p50 ...)");
        }
        if (!b.string("by", "").isBlank() && canon.equals("tabstat")) {
            throw new SdlError(198, "estpost tabstat: option by() not supported");
        }
        Dataset d = inv.session().data();
        PostedStats.Result r;
        switch (canon) {
            case "summarize":
                r = PostedStats.summarize(d, b.varlist(), b.touse(), b.has("listwise"));
                break;
            case "tabstat":
                String cols = b.string("columns", "variables").strip();
                if (!cols.startsWith("s") && !cols.startsWith("v")) {
                    throw new SdlError(198, "estpost tabstat: columns() must be statistics or variables");
                }
                r = PostedStats.tabstat(d, b.varlist(), b.touse(), b.has("listwise"),
                    b.string("statistics", "mean"), cols.startsWith("s"));
                break;
            case "tabulate":
                r = PostedStats.tabulate(d, b.varlist().get(0), b.touse(), !b.has("nototal"));
                break;
            case "ttest":
                r = PostedStats.ttest(d, b.varlist(), b.touse(), b.string("by", "").strip(), b.has("unequal"),
                    b.has("listwise"));
                break;
            default:
                r = PostedStats.correlate(d, b.varlist(), b.touse(), b.has("matrix"), b.has("listwise"));
        }
        EstimationResult.Builder e = EstimationResult.builder("estpost").depvar("").names(r.names());
        int k = r.names().size();
        double[] main = r.stats().get(r.main());
        e.b(main).v(new double[k][k]).n((long) r.n()).macro("subcmd", canon).macro("cmd", "estpost");
        List<String> shown = new ArrayList<>();
        for (var st : r.stats().entrySet()) {
            e.result("matrix:" + st.getKey(), new Matrix(new double[][] {st.getValue()}, List.of(st.getKey()), r.names()));
            shown.add(st.getKey());
        }
        r.scalars().forEach(e::scalar);
        r.macros().forEach(e::macro);
        inv.session().setE(e.build());
        if (!b.has("quietly")) {
            print(inv, r, shown);
        }
    }

    /** estpost's listing: one line per variable (or level), one column per posted statistic. */
    private static void print(Invocation inv, PostedStats.Result r, List<String> shown) {
        StringBuilder head = new StringBuilder(String.format("%-13s|", ""));
        for (String s : shown) {
            head.append(String.format(" %11s", "e(" + s + ")"));
        }
        inv.out().println();
        inv.out().println(head.toString());
        inv.out().println("-".repeat(13) + "+" + "-".repeat(12 * shown.size()));
        org.sdl.output.StataFormat g = org.sdl.output.StataFormat.parse("%9.0g");
        for (int j = 0; j < r.names().size(); j++) {
            StringBuilder line = new StringBuilder(String.format("%-13s|", org.sdl.output.Names.abbreviate(r.names().get(j), 12)));
            for (String s : shown) {
                line.append(String.format(" %11s", g.formatBare(r.stats().get(s)[j])));
            }
            inv.out().println(line.toString());
        }
    }

    static NumericColumn numeric(Dataset d, String v) {
        if (!(d.column(v) instanceof NumericColumn c)) {
            throw new SdlError(109, v + " is not numeric");
        }
        return c;
    }
}
