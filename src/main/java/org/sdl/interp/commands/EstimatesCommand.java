package org.sdl.interp.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.AtomicText;
import org.sdl.output.EstimatesTable;
import org.sdl.output.ResultsJson;
import org.sdl.stats.EstimationResult;

/**
 * estimates store|restore|dir|drop|clear|replay|table|export: keeps named estimation results and
 * compares or exports them. export writes the active results as shared/spec/results-json.md.
 */
public final class EstimatesCommand extends Command {
    public EstimatesCommand() {
        super("estimates", 3, null);
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text().strip();
        String sub = text.split("[\\s,]+", 2)[0];
        String rest = text.substring(sub.length()).strip();
        Session s = inv.session();
        Map<String, EstimationResult> stored = s.storedEstimates();
        switch (sub) {
            case "store": case "sto": {
                String name = rest.replaceAll(",.*", "").strip();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new SdlError(198, "estimates store: name required");
                }
                stored.put(name, s.requireE());
                return;
            }
            case "restore": case "res": {
                EstimationResult e = stored.get(rest.strip());
                if (e == null) {
                    throw new SdlError(111, "estimation result " + rest.strip() + " not found");
                }
                s.setE(e);
                return;
            }
            case "dir":
                inv.out().println();
                inv.out().println(String.format("%-12s %-10s %-10s %8s", "name", "command", "depvar", "npar"));
                for (Map.Entry<String, EstimationResult> e : stored.entrySet()) {
                    inv.out().println(String.format("%-12s %-10s %-10s %8d", e.getKey(), e.getValue().cmd(),
                        e.getValue().depvar(), e.getValue().k()));
                }
                return;
            case "drop":
                for (String n : Words.split(rest)) {
                    if (n.equals("_all")) {
                        stored.clear();
                    } else if (stored.remove(n) == null) {
                        throw new SdlError(111, "estimation result " + n + " not found");
                    }
                }
                return;
            case "clear":
                stored.clear();
                return;
            case "table": case "tab":
                checkOptions("estimates table", options(rest), TABLE_OPTIONS);
                EstimatesTable.render(models(s, rest), options(rest), s.settings().level())
                    .forEach(inv.out()::println);
                return;
            case "export":
                export(inv, rest);
                return;
            default:
                throw new SdlError(198, "estimates: unknown subcommand " + sub
                    + " (store, restore, dir, drop, clear, table, export)");
        }
    }

    private static List<EstimatesTable.Model> models(Session s, String rest) {
        String names = rest.contains(",") ? rest.substring(0, rest.indexOf(',')) : rest;
        List<EstimatesTable.Model> out = new ArrayList<>();
        List<String> ws = Words.split(names);
        if (ws.isEmpty()) {
            out.add(new EstimatesTable.Model("active", s.requireE()));
            return out;
        }
        for (String n : ws) {
            if (n.equals(".")) {
                out.add(new EstimatesTable.Model("active", s.requireE()));
                continue;
            }
            if (n.contains("*")) {
                java.util.regex.Pattern p = org.sdl.data.VariableMatcher.wildcard(n);
                s.storedEstimates().forEach((k, v) -> {
                    if (p.matcher(k).matches()) {
                        out.add(new EstimatesTable.Model(k, v));
                    }
                });
                continue;
            }
            EstimationResult e = s.storedEstimates().get(n);
            if (e == null) {
                throw new SdlError(111, "estimation result " + n + " not found");
            }
            out.add(new EstimatesTable.Model(n, e));
        }
        return out;
    }

    /** The options estimates table reads (EstimatesTable); anything else is r(198). */
    private static final List<org.sdl.interp.syntax.OptionSpec> TABLE_OPTIONS = specs("B(string) SE STar STats(string) "
        + "KEEP(string) DROP(string)");
    private static final List<org.sdl.interp.syntax.OptionSpec> EXPORT_OPTIONS = specs("replace");

    private static List<org.sdl.interp.syntax.OptionSpec> specs(String text) {
        List<org.sdl.interp.syntax.OptionSpec> out = new ArrayList<>();
        for (String t : text.split("\\s+")) {
            out.add(org.sdl.interp.syntax.OptionSpec.parse(t));
        }
        return out;
    }

    /** Rejects any option outside the subcommand's list, as the syntax binder does for other commands. */
    private static void checkOptions(String cmd, String options, List<org.sdl.interp.syntax.OptionSpec> allowed) {
        for (String w : Words.split(options)) {
            int p = w.indexOf('(');
            String name = p >= 0 ? w.substring(0, p) : w;
            if (name.isEmpty() || allowed.stream().noneMatch(o -> o.matches(name))) {
                throw new SdlError(198, "option " + (name.isEmpty() ? w : name) + " not allowed with " + cmd);
            }
        }
    }

    private static String options(String rest) {
        return rest.contains(",") ? rest.substring(rest.indexOf(',') + 1) : "";
    }

    private static void export(Invocation inv, String rest) {
        String body = rest.contains(",") ? rest.substring(0, rest.indexOf(',')) : rest;
        checkOptions("estimates export", options(rest), EXPORT_OPTIONS);
        boolean replace = options(rest).matches(".*\\breplace\\b.*");
        body = body.strip();
        if (!body.startsWith("using")) {
            throw new SdlError(100, "estimates export: using filename required");
        }
        String file = Words.unquote(body.substring(5).strip());
        Path p = inv.session().resolve(file);
        String json = ResultsJson.estimation(inv.session().requireE(), Session.VERSION);
        try {
            AtomicText.write(p, json, replace);
        } catch (AtomicText.Exists e) {
            throw new SdlError(602, "file " + file + " already exists (use replace)");
        } catch (IOException e) {
            throw new SdlError(603, "file " + file + " could not be opened: " + e.getMessage());
        }
    }
}
