package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sdl.interp.Output;

/**
 * The table's coefficient rows: the models' coefficients merged per equation as estout merges
 * them (a coefficient new in a later model goes right after its predecessor in that model, so
 * _cons stays last), then noconstant, nobaselevels, noomitted, indicate(), keep(), drop() and
 * order() applied; and each row's label (coeflabels(), variable labels with label, Constant,
 * interactions joined by the interaction() text).
 */
final class CoefficientRows {
    /** A row: equation ("" main, "/" for cutpoints) and cleaned coefficient name. */
    record Key(String eq, String name) {}

    private final EstoutSpec s;
    private final Labeler labeler;
    private final Map<String, List<Key>> byEq = new LinkedHashMap<>();
    private final String mainLabel;

    CoefficientRows(EstoutSpec s, List<ModelColumn> models, Labeler labeler, Output out) {
        this.s = s;
        this.labeler = labeler;
        String dep = "";
        for (ModelColumn m : models) {
            if (dep.isEmpty() && m.e.depvar() != null) {
                dep = m.e.depvar().split("\\s+")[0];
            }
        }
        this.mainLabel = dep;
        for (ModelColumn m : models) {
            Key prev = null;
            for (ModelColumn.Coef c : m.coefs) {
                if (dropByFlags(m, c)) {
                    continue;
                }
                Key k = new Key(s.unstack ? "" : c.eq(), c.name());
                List<Key> list = byEq.computeIfAbsent(k.eq(), x -> new ArrayList<>());
                if (!list.contains(k)) {
                    int at = prev != null && prev.eq().equals(k.eq()) ? list.indexOf(prev) + 1 : list.size();
                    if (prev == null && !list.isEmpty()) {
                        at = 0;
                    }
                    list.add(at, k);
                }
                prev = k;
            }
        }
        boolean keptAny = s.keep.isEmpty();
        for (List<Key> list : byEq.values()) {
            list.removeIf(k -> indicated(k));
            if (!s.keep.isEmpty()) {
                list.removeIf(k -> !matchesAny(k, s.keep));
                keptAny |= !list.isEmpty();
            }
            list.removeIf(k -> matchesAny(k, s.drop));
        }
        if (!keptAny) {
            out.println("(note: keep(" + String.join(" ", s.keep) + ") matched no coefficients)");
        }
        byEq.values().removeIf(List::isEmpty);
        if (!s.order.isEmpty()) {
            for (List<Key> list : byEq.values()) {
                List<Key> first = new ArrayList<>();
                for (String p : s.order) {
                    for (Key k : list) {
                        if (!first.contains(k) && matches(k, p)) {
                            first.add(k);
                        }
                    }
                }
                list.removeAll(first);
                list.addAll(0, first);
            }
        }
    }

    private boolean dropByFlags(ModelColumn m, ModelColumn.Coef c) {
        return (s.noConstant && c.name().equals("_cons"))
            || (s.noBaseLevels && c.base())
            || (s.noOmitted && c.omitted());
    }

    private boolean indicated(Key k) {
        for (EstoutSpec.Indicator ind : s.indicators) {
            if (matchesAny(k, ind.patterns())) {
                return true;
            }
        }
        return false;
    }

    List<String> equations() {
        return new ArrayList<>(byEq.keySet());
    }

    List<Key> keys(String eq) {
        return byEq.getOrDefault(eq, List.of());
    }

    Labeler labeler() {
        return labeler;
    }

    String equationLabel(String eq) {
        if (!eq.isEmpty()) {
            return eq;
        }
        if (s.label && labeler.variableLabel(mainLabel) != null) {
            return labeler.variableLabel(mainLabel);
        }
        return mainLabel.isEmpty() ? "main" : mainLabel;
    }

    /** Whether the model has a (not omitted, not base) coefficient matching one of the patterns. */
    boolean matchesAny(ModelColumn m, List<String> patterns) {
        for (ModelColumn.Coef c : m.coefs) {
            if (!c.base() && !c.omitted() && matchesAny(new Key(c.eq(), c.name()), patterns)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(Key k, List<String> patterns) {
        for (String p : patterns) {
            if (matches(k, p)) {
                return true;
            }
        }
        return false;
    }

    /** A keep/drop/order pattern: name, eq:, or eq:name, with * and ? wildcards. */
    static boolean matches(Key k, String pattern) {
        String p = pattern.replaceAll("^o\\.", "").replaceAll("(?<=\\d)(bn|b|o)\\.", ".");
        int colon = p.indexOf(':');
        if (colon >= 0) {
            String eq = p.substring(0, colon);
            String name = p.substring(colon + 1);
            String keq = k.eq().isEmpty() ? "main" : k.eq();
            boolean eqOk = eq.isEmpty() || wild(eq).matcher(keq).matches() || wild(eq).matcher(k.eq()).matches()
                || (eq.equals("_") && k.eq().isEmpty());
            return eqOk && (name.isEmpty() || wild(name).matcher(k.name()).matches());
        }
        if (k.eq().equals("/") && wild(p).matcher("/" + k.name()).matches()) {
            return true;
        }
        return wild(p).matcher(k.name()).matches();
    }

    private static Pattern wild(String p) {
        StringBuilder r = new StringBuilder();
        for (char c : p.toCharArray()) {
            if (c == '*') {
                r.append(".*");
            } else if (c == '?') {
                r.append('.');
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(r.toString());
    }

    /** The row's stub text. */
    String label(Key k) {
        String full = k.eq().isEmpty() ? k.name() : k.eq() + ":" + k.name();
        if (s.coefLabels.containsKey(full)) {
            return s.coefLabels.get(full);
        }
        if (s.coefLabels.containsKey(k.name())) {
            return s.coefLabels.get(k.name());
        }
        if (k.name().equals("_cons")) {
            return s.label ? "Constant" : "_cons";
        }
        String[] parts = k.name().split("#");
        List<String> shown = new ArrayList<>();
        for (String part : parts) {
            shown.add(s.label ? partLabel(part) : part);
        }
        return String.join(s.interaction, shown);
    }

    private String partLabel(String part) {
        int dot = part.indexOf('.');
        String var = dot < 0 ? part : part.substring(dot + 1);
        String op = dot < 0 ? "" : part.substring(0, dot);
        if (op.matches("\\d+")) {
            String vl = labeler.valueLabel(var, Double.parseDouble(op));
            if (vl != null) {
                return vl;
            }
            String l = labeler.variableLabel(var);
            return l == null ? part : l + "=" + op;
        }
        String l = labeler.variableLabel(var);
        return l == null ? part : l;
    }
}
