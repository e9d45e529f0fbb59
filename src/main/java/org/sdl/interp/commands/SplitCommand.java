package org.sdl.interp.commands;

import java.util.ArrayList;
import java.util.List;
import org.sdl.data.Dataset;
import org.sdl.data.StringColumn;
import org.sdl.interp.SdlError;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;

/**
 * split strvar [if] [in] [, generate(stub) parse(strings) limit(#) notrim destring force float
 * ignore() percent]: splits a string
 * variable at blanks (or at any of the parse() strings) into new string variables stub1,
 * stub2, … (stub defaults to the variable's name); r(nvars) and r(varlist) name them; destring
 * then makes numeric those whose pieces are all numbers (force, float, ignore(), percent as in
 * destring).
 */
public final class SplitCommand extends Command {
    public SplitCommand() {
        super("split", 5, "varname [if] [in] [, Generate(name) Parse(string) Limit(integer 0) noTrim DEstring "
            + "force FLOAT IGnore(string) PERcent]");
    }

    @Override
    public boolean rclass() {
        return true;
    }

    @Override
    public void run(Invocation inv) {
        Dataset d = inv.session().data();
        String var = inv.args().varlist().get(0);
        if (!(d.column(var) instanceof StringColumn source)) {
            throw new SdlError(109, var + " is not a string variable");
        }
        String stub = inv.args().string("generate", var);
        List<String> seps = inv.args().has("parse") ? Words.split(inv.args().string("parse")) : List.of(" ");
        if (seps.isEmpty()) {
            seps = List.of(" ");
        }
        int limit = inv.args().integer("limit", 0);
        boolean trim = !inv.args().flag("notrim");
        boolean[] use = inv.args().touse();
        int n = d.nObs();
        List<List<String>> parts = new ArrayList<>(n);
        int most = 0;
        for (int i = 0; i < n; i++) {
            List<String> p = use[i] ? pieces(source.get(i), seps, trim) : List.of();
            if (limit > 0 && p.size() > limit) {
                p = p.subList(0, limit);
            }
            parts.add(p);
            most = Math.max(most, p.size());
        }
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= most; k++) {
            GenerateCommand.checkNewName(d, stub + k);
            names.add(stub + k);
        }
        for (int k = 0; k < most; k++) {
            String[] col = new String[n];
            for (int i = 0; i < n; i++) {
                List<String> p = parts.get(i);
                col[i] = k < p.size() ? p.get(k) : "";
            }
            d.add(new StringColumn(names.get(k), col, false));
        }
        if (most > 0) {
            inv.out().println("variable" + (most > 1 ? "s" : "") + " created as string: ");
            inv.out().println(String.join("  ", names));
        }
        inv.session().r().scalar("nvars", most).macro("varlist", String.join(" ", names));
        if (inv.args().flag("destring") && most > 0) {
            // as Stata's split does: destring the new variables, replace, with the options given
            StringBuilder cmd = new StringBuilder("destring " + String.join(" ", names) + ", replace");
            for (String flag : List.of("force", "float", "percent")) {
                if (inv.args().flag(flag)) {
                    cmd.append(' ').append(flag);
                }
            }
            if (inv.args().has("ignore")) {
                cmd.append(" ignore(").append(inv.args().string("ignore")).append(')');
            }
            inv.interpreter().runExpanded(inv.textLine(cmd.toString()), inv.frame());
        }
    }

    /**
     * text cut at every occurrence of any separator; with the blank separator, runs of blanks
     * count as one and leading/trailing blanks make no empty piece.
     */
    static List<String> pieces(String text, List<String> seps, boolean trim) {
        List<String> out = new ArrayList<>();
        boolean blank = seps.contains(" ");
        String t = blank ? text.strip() : text;
        int start = 0;
        int i = 0;
        while (i < t.length()) {
            String hit = null;
            for (String s : seps) {
                if (t.startsWith(s, i)) {
                    hit = s;
                    break;
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            String piece = t.substring(start, i);
            if (!(hit.equals(" ") && piece.isEmpty())) {
                out.add(trim ? piece.strip() : piece);
            }
            i += hit.length();
            start = i;
        }
        if (start < t.length() || !blank && !t.isEmpty()) {
            String piece = t.substring(start);
            out.add(trim ? piece.strip() : piece);
        }
        return out;
    }
}
