package org.sdl.interp.commands.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sdl.data.Column;
import org.sdl.data.DataException;
import org.sdl.data.Dataset;
import org.sdl.data.NumericColumn;
import org.sdl.data.ValueLabelSet;
import org.sdl.data.VariableMatcher;
import org.sdl.interp.SdlError;
import org.sdl.interp.Session;
import org.sdl.interp.command.Command;
import org.sdl.interp.command.Invocation;
import org.sdl.interp.syntax.Words;
import org.sdl.output.table.Table;
import org.sdl.output.table.TableFile;
import org.sdl.output.table.TableFormat;
import org.sdl.stats.EstimationResult;

/**
 * esttab and estout: a table of stored estimates (or of a matrix) in estout's layout, printed
 * or written with {@code using} in the format of the file's extension or of a format option.
 * Models: the names given (wildcards, _all, . for the active results), else the sets eststo
 * stored, else the active results (r(301) when there are none).
 */
public final class EsttabCommand extends Command {
    private final boolean esttab;

    public EsttabCommand(boolean esttab) {
        super(esttab ? "esttab" : "estout", 6, null);
        this.esttab = esttab;
    }

    @Override
    public void run(Invocation inv) {
        String text = inv.text();
        int comma = Words.optionsComma(text);
        String main = comma < 0 ? text : text.substring(0, comma);
        String opts = comma < 0 ? "" : text.substring(comma + 1);
        List<String> words = Words.split(main);
        String using = null;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("using")) {
                if (i + 1 >= words.size()) {
                    throw new SdlError(198, name() + ": using requires a filename");
                }
                using = Words.unquote(words.get(i + 1));
                i++;
            } else {
                names.add(words.get(i));
            }
        }
        OptionText o = OptionText.parse(name(), opts, EstoutOptions.KNOWN);
        EstoutSpec spec = EstoutOptions.read(name(), o, esttab, using);
        if (using != null && !using.contains(".")) {
            using = using + spec.format.extension();
        }
        Session s = inv.session();
        String matrix = spec.matrix;
        if (matrix == null && names.size() == 1 && names.get(0).matches("(matrix|e|r)\\(.*\\)")) {
            String w = names.get(0);
            String inner = w.substring(w.indexOf('(') + 1, w.length() - 1);
            matrix = w.startsWith("matrix") ? inner : w.substring(0, 1) + "(" + inner + ")";
            int mc = Words.optionsComma(matrix);
            if (mc >= 0) {
                OptionText mo = OptionText.parse(name() + " matrix()", matrix.substring(mc + 1), List.of("Fmt", "TRanspose"));
                spec.matrixFmt = CellFormat.parse(mo.has("fmt") ? Words.split(mo.arg("fmt")).get(0) : "%9.0g");
                spec.transpose = mo.has("transpose");
                matrix = matrix.substring(0, mc).strip();
            }
        }
        Table table;
        if (matrix != null) {
            table = MatrixTable.build(spec, matrix, MatrixTable.lookup(s, matrix));
        } else {
            List<ModelColumn> models = new ArrayList<>();
            for (Map.Entry<String, EstimationResult> m : models(s, names)) {
                double[] betas = spec.beta ? Betas.of(s.data(), m.getValue()) : null;
                models.add(new ModelColumn(m.getKey(), m.getValue(), spec.rename, spec.level, betas));
            }
            CoefficientRows rows = new CoefficientRows(spec, models, labeler(s.data()), inv.out());
            table = new EstoutTable(spec, models, rows).build();
        }
        if (using == null) {
            inv.out().print(TableFormat.TEXT.renderText(table, spec.formatOptions));
            return;
        }
        Path p = s.resolve(using);
        try {
            TableFile.write(p, table, spec.format, spec.formatOptions, spec.replace, spec.append);
        } catch (DataException e) {
            throw new SdlError(e.code(), e.getMessage());
        }
        if (spec.type) {
            inv.out().print(TableFormat.TEXT.renderText(table, spec.formatOptions));
        }
        inv.out().println("(output written to " + using + ")");
    }

    /** The models to tabulate, in order. */
    static List<Map.Entry<String, EstimationResult>> models(Session s, List<String> names) {
        Map<String, EstimationResult> stored = s.storedEstimates();
        List<Map.Entry<String, EstimationResult>> out = new ArrayList<>();
        if (names.isEmpty()) {
            List<String> eststo = Words.split(s.globals().getOrDefault(EststoCommand.LIST, ""));
            for (String n : eststo) {
                if (stored.containsKey(n)) {
                    out.add(Map.entry(n, stored.get(n)));
                }
            }
            if (out.isEmpty()) {
                out.add(Map.entry(".", s.requireE()));
            }
            return out;
        }
        for (String n : names) {
            if (n.equals(".")) {
                out.add(Map.entry(".", s.requireE()));
            } else if (n.equals("_all") || n.contains("*") || n.contains("?")) {
                Pattern p = n.equals("_all") ? Pattern.compile(".*") : VariableMatcher.wildcard(n);
                int before = out.size();
                stored.forEach((k, v) -> {
                    if (p.matcher(k).matches()) {
                        out.add(Map.entry(k, v));
                    }
                });
                if (out.size() == before) {
                    throw new SdlError(111, "estimation result " + n + " not found");
                }
            } else {
                EstimationResult e = stored.get(n);
                if (e == null) {
                    throw new SdlError(111, "estimation result " + n + " not found");
                }
                out.add(Map.entry(n, e));
            }
        }
        if (out.isEmpty()) {
            throw new SdlError(301, "last estimates not found");
        }
        return out;
    }

    static Labeler labeler(Dataset d) {
        return new Labeler() {
            @Override
            public String variableLabel(String var) {
                if (d == null || !d.has(var)) {
                    return null;
                }
                String l = d.column(var).label();
                return l == null || l.isEmpty() ? null : l;
            }

            @Override
            public String valueLabel(String var, double v) {
                if (d == null || !d.has(var)) {
                    return null;
                }
                Column c = d.column(var);
                if (!(c instanceof NumericColumn nc) || nc.valueLabel() == null) {
                    return null;
                }
                ValueLabelSet set = d.valueLabels().get(nc.valueLabel());
                return set == null ? null : set.get(v);
            }
        };
    }
}
