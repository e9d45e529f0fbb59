package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;

/**
 * The footer statistics: estout's stats(names, fmt() labels() layout()), or esttab's
 * composition from noobs/obslast/r2/ar2/pr2/aic/bic/scalars()/sfmt() (N first with %18.0g,
 * R-squareds with 3 decimals, labels "N", "R-sq", "adj. R-sq", "pseudo R-sq", or with label
 * "Observations", "R-squared", ...). A stat may be an e() scalar or an estadd local.
 */
final class FooterStyle {
    private static final List<String> SHORT = List.of("R-sq", "adj. R-sq", "pseudo R-sq", "AIC", "BIC");
    private static final List<String> LONG = List.of("R-squared", "Adjusted R-squared", "Pseudo R-squared", "AIC", "BIC");
    private static final List<String> OPTS = List.of("r2", "ar2", "pr2", "aic", "bic");
    private static final List<String> SCALARS = List.of("r2", "r2_a", "r2_p", "aic", "bic");

    private FooterStyle() {}

    static void stats(String command, EstoutSpec s, OptionText o, boolean esttab, boolean plain, String bfmt) {
        if (o.has("stats")) {
            userStats(command, s, o.arg("stats", ""));
            return;
        }
        if (!esttab) {
            return;
        }
        String obsLabel = s.label ? "Observations" : "N";
        boolean obs = !o.has("noobs");
        if (obs && !o.has("obslast")) {
            s.stats.add(new EstoutSpec.Stat("N", obsLabel, CellFormat.parse("%18.0g")));
        }
        for (int i = 0; i < OPTS.size(); i++) {
            if (o.has(OPTS.get(i))) {
                String dflt = i < 3 ? (plain ? bfmt : "3") : bfmt;
                s.stats.add(new EstoutSpec.Stat(SCALARS.get(i), (s.label ? LONG : SHORT).get(i),
                    CellFormat.parse(EstoutOptions.fmtArg(o, OPTS.get(i), dflt))));
            }
        }
        List<String> sfmt = Words.split(o.arg("sfmt", ""));
        int i = 0;
        for (String w : Words.split(o.arg("scalars", ""))) {
            List<String> parts = Words.split(Words.unquote(w));
            String name = parts.get(0);
            String label = w.startsWith("\"") && parts.size() > 1
                ? Words.unquote(w).substring(name.length()).strip() : name;
            String f = sfmt.isEmpty() ? bfmt : sfmt.get(Math.min(i, sfmt.size() - 1));
            i++;
            if (s.stats.stream().anyMatch(st -> st.name().equals(name)) || (name.equals("N") && obs)) {
                continue;
            }
            s.stats.add(new EstoutSpec.Stat(name, label, CellFormat.parse(f)));
        }
        if (obs && o.has("obslast")) {
            s.stats.add(new EstoutSpec.Stat("N", obsLabel, CellFormat.parse("%18.0g")));
        }
    }

    /** stats(N r2 ll, fmt(%9.0g 3) labels("Observations" "R-squared") layout(...)). */
    private static void userStats(String command, EstoutSpec s, String text) {
        int comma = Words.optionsComma(text);
        List<String> names = Words.split(comma < 0 ? text : text.substring(0, comma));
        OptionText sub = OptionText.parse(command + " stats()", comma < 0 ? "" : text.substring(comma + 1),
            List.of("Fmt", "Labels", "LAYout", "STar", "PChar"));
        if (sub.has("star") || sub.has("pchar")) {
            throw new SdlError(198, command + ": stats() suboptions star and pchar not supported");
        }
        List<String> fmts = Words.split(sub.arg("fmt", ""));
        List<String> labels = new ArrayList<>();
        String labelText = sub.arg("labels", "");
        int lc = Words.optionsComma(labelText);
        if (lc >= 0) {
            labelText = labelText.substring(0, lc);
        }
        for (String l : Words.split(labelText)) {
            labels.add(Words.unquote(l));
        }
        for (int i = 0; i < names.size(); i++) {
            String f = fmts.isEmpty() ? "%9.0g" : fmts.get(Math.min(i, fmts.size() - 1));
            String label = i < labels.size() ? labels.get(i) : names.get(i);
            s.stats.add(new EstoutSpec.Stat(names.get(i), label, CellFormat.parse(f)));
        }
        for (String l : Words.split(sub.arg("layout", ""))) {
            s.statLayout.add(Words.unquote(l));
        }
        if (!s.statLayout.isEmpty()) {
            int at = 0;
            for (String l : s.statLayout) {
                at += l.split("@", -1).length - 1;
            }
            if (at != names.size()) {
                throw new SdlError(198, command + ": stats() layout() has " + at + " @ for " + names.size() + " statistics");
            }
        }
    }
}
