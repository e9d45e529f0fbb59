package org.sdl.stats.margins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sdl.data.DataException;
import org.sdl.stats.EstimationResult;
import org.sdl.stats.ml.Link;

/** The margins model of each estimator: regress, ivregress (xb), logit/probit (Pr, xb), ologit/oprobit (Pr(k), xb). */
public final class MarginsModels {
    private MarginsModels() {}

    public static MarginsModel of(EstimationResult e) {
        String cmd = e.cmd();
        switch (cmd) {
            case "regress":
            case "ivregress":
                return linear();
            case "logit":
            case "probit":
                return binary(cmd.equals("logit") ? Link.LOGIT : Link.PROBIT, e.depvar());
            case "ologit":
            case "oprobit":
                return ordered(e);
            default:
                throw new DataException(322, "margins is not available after " + cmd);
        }
    }

    private static String spec(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static MarginsModel linear() {
        return new MarginsModel() {
            @Override public List<Prediction> defaults() {
                return List.of(IndexPredictions.linear("Linear prediction", "predict()"));
            }
            @Override public Prediction named(String s) {
                String t = spec(s);
                if (t.equals("xb") || t.isEmpty()) {
                    return IndexPredictions.linear("Linear prediction", "predict(" + s.strip() + ")");
                }
                throw unknown(s);
            }
        };
    }

    private static MarginsModel binary(Link link, String depvar) {
        return new MarginsModel() {
            @Override public List<Prediction> defaults() {
                return List.of(IndexPredictions.probability(link, "Pr(" + depvar + ")", "predict()"));
            }
            @Override public Prediction named(String s) {
                String t = spec(s);
                String opt = "predict(" + s.strip() + ")";
                if (t.equals("xb")) {
                    return IndexPredictions.linear("Linear prediction (log odds)".replace(" (log odds)",
                        link == Link.LOGIT ? " (log odds)" : ""), opt);
                }
                if (t.equals("pr") || t.equals("p") || t.isEmpty()) {
                    return IndexPredictions.probability(link, "Pr(" + depvar + ")", opt);
                }
                throw unknown(s);
            }
        };
    }

    private static MarginsModel ordered(EstimationResult e) {
        Link link = e.cmd().equals("ologit") ? Link.LOGIT : Link.PROBIT;
        int cats = (int) e.scalar("k_cat");
        String[] levels = e.macro("cat").split(" ");
        int[] cutIndex = new int[cats - 1];
        double[] cuts = new double[cats - 1];
        for (int c = 0; c < cats - 1; c++) {
            cutIndex[c] = e.indexOf("/cut" + (c + 1));
            cuts[c] = e.b(cutIndex[c]);
        }
        String depvar = e.depvar();
        return new MarginsModel() {
            @Override public List<Prediction> defaults() {
                List<Prediction> out = new ArrayList<>();
                for (int c = 0; c < cats; c++) {
                    out.add(IndexPredictions.ordered(link, c, cats, cutIndex, cuts,
                        "Pr(" + depvar + "==" + levels[c] + ")", "predict(pr outcome(" + levels[c] + "))"));
                }
                return out;
            }
            @Override public Prediction named(String s) {
                String t = spec(s);
                String opt = "predict(" + s.strip() + ")";
                if (t.equals("xb")) {
                    return IndexPredictions.linear("Linear prediction", opt);
                }
                java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("^(?:pr\\s*)?outcome\\(\\s*(#?)\\s*([^)\\s]+)\\s*\\)(?:\\s*pr)?$").matcher(t);
                if (m.matches()) {
                    int c = -1;
                    if (m.group(1).isEmpty()) {
                        for (int i = 0; i < cats; i++) {
                            if (levels[i].equals(m.group(2))) {
                                c = i;
                            }
                        }
                    } else if (m.group(2).matches("\\d+")) {
                        c = Integer.parseInt(m.group(2)) - 1;
                    }
                    if (c < 0 || c >= cats) {
                        throw new DataException(303, "outcome " + m.group(1) + m.group(2) + " not found");
                    }
                    return IndexPredictions.ordered(link, c, cats, cutIndex, cuts,
                        "Pr(" + depvar + "==" + levels[c] + ")", opt);
                }
                if (t.equals("pr") || t.isEmpty()) {
                    throw new DataException(198, "predict(pr) after " + e.cmd() + " needs outcome(#): "
                        + "omit predict() for all outcomes");
                }
                throw unknown(s);
            }
        };
    }

    private static DataException unknown(String s) {
        if (spec(s).equals("stdp")) {
            return new DataException(498, "predict(stdp) depends on e(V), not only on e(b); margins cannot "
                + "compute it by the delta method");
        }
        return new DataException(198, "predict(" + s.strip() + ") not available for margins after this model");
    }
}
