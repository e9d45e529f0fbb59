package org.sdl.interp.commands.output;

import java.util.ArrayList;
import java.util.List;
import org.sdl.interp.SdlError;
import org.sdl.interp.syntax.Words;

/**
 * The table head and the row labels: model titles (esttab: dependent variables; mtitles
 * without a list: estimates titles or names; mtitles(list); nomtitles; estout: set names or
 * mlabels()), model numbers, column labels, mgroups(labels, pattern() prefix() suffix() span),
 * and coeflabels()/varlabels(), indicate(), refcat(), notes.
 */
final class HeaderStyle {
    private HeaderStyle() {}

    static void header(String command, EstoutSpec s, OptionText o, boolean esttab, boolean plain) {
        if (esttab) {
            s.mtitleMode = plain || o.has("nodepvars") ? "names" : "depvar";
            s.numbers = plain ? o.has("numbers") : !o.has("nonumbers");
            s.collabels = plain ? new ArrayList<>() : o.has("cells") ? new ArrayList<>() : null;
        } else {
            s.mtitleMode = "names";
            s.numbers = o.has("numbers");
            s.collabels = new ArrayList<>();
        }
        if (o.has("mtitles")) {
            String a = o.arg("mtitles");
            if (a == null || a.isBlank()) {
                s.mtitleMode = "titles";
            } else {
                s.mtitleMode = "list";
                for (String w : Words.split(a)) {
                    s.mtitles.add(Words.unquote(w));
                }
            }
        }
        if (o.has("mlabels")) {
            String a = o.arg("mlabels", "");
            int comma = Words.optionsComma(a);
            String list = comma < 0 ? a : a.substring(0, comma);
            String sub = comma < 0 ? "" : a.substring(comma + 1);
            OptionText so = OptionText.parse(command + " mlabels()", sub,
                List.of("DEPvars", "Titles", "NONE", "SPan", "PREFix", "SUFfix", "ERepeat", "LHS"));
            if (list.strip().equals("none") || so.has("none")) {
                s.mtitleMode = "none";
            } else if (!list.isBlank()) {
                s.mtitleMode = "list";
                for (String w : Words.split(list)) {
                    s.mtitles.add(Words.unquote(w));
                }
            } else if (so.has("depvars")) {
                s.mtitleMode = "depvar";
            } else if (so.has("titles")) {
                s.mtitleMode = "titles";
            }
            if (so.has("prefix") || so.has("suffix") || so.has("erepeat") || so.has("lhs")) {
                throw new SdlError(198, command + ": mlabels() suboptions prefix, suffix, erepeat and lhs not supported");
            }
        }
        if (o.has("nomtitles")) {
            s.mtitleMode = "none";
        }
        if (o.has("collabels")) {
            String a = o.arg("collabels", "");
            if (a.strip().equals("none")) {
                s.collabels = null;
            } else {
                s.collabels = new ArrayList<>();
                for (String w : Words.split(a)) {
                    s.collabels.add(Words.unquote(w));
                }
            }
        }
        if (o.has("mgroups")) {
            mgroups(command, s, o.arg("mgroups", ""));
        }
        for (String w : Words.split(o.arg("addnotes", ""))) {
            s.addnotes.add(Words.unquote(w));
        }
    }

    private static void mgroups(String command, EstoutSpec s, String text) {
        int comma = Words.optionsComma(text);
        for (String w : Words.split(comma < 0 ? text : text.substring(0, comma))) {
            s.mgroups.add(Words.unquote(w));
        }
        OptionText so = OptionText.parse(command + " mgroups()", comma < 0 ? "" : text.substring(comma + 1),
            List.of("Pattern", "SPan", "PREFix", "SUFfix", "ERepeat", "LHS", "NONE"));
        if (so.has("pattern")) {
            List<String> p = Words.split(so.arg("pattern"));
            s.mgroupPattern = new int[p.size()];
            for (int i = 0; i < p.size(); i++) {
                s.mgroupPattern[i] = p.get(i).equals("1") ? 1 : 0;
            }
        }
        // a span is what every renderer draws for a group label; LaTeX markup in prefix/suffix
        // (\multicolumn{@span}{c}{ ... }) asks for the same span and is not repeated as text
        s.mgroupPrefix = markupOrText(EstoutOptions.unquote(so.arg("prefix", "")));
        s.mgroupSuffix = markupOrText(EstoutOptions.unquote(so.arg("suffix", "")));
        // erepeat(\cmidrule(lr){@span}) would draw a rule under each group; the table model has no
        // partial rules yet, so it is refused rather than accepted and ignored
        if (so.has("erepeat")) {
            throw new SdlError(198, command + ": mgroups() erepeat() not supported (rules under group labels are not drawn)");
        }
        if (so.has("lhs")) {
            throw new SdlError(198, command + ": mgroups() lhs() not supported");
        }
    }

    private static String markupOrText(String s) {
        return s.contains("\\") || s.equals("}") ? "" : s;
    }

    static void labels(String command, EstoutSpec s, OptionText o) {
        for (String opt : List.of("coeflabels", "varlabels")) {
            String a = o.arg(opt, "");
            int comma = Words.optionsComma(a);
            if (comma >= 0) {
                a = a.substring(0, comma);
            }
            List<String> w = Words.split(a);
            if (w.size() % 2 != 0) {
                throw new SdlError(198, command + ": " + opt + "() needs pairs of names and labels");
            }
            for (int i = 0; i < w.size(); i += 2) {
                s.coefLabels.put(w.get(i), Words.unquote(w.get(i + 1)));
            }
        }
        if (o.has("indicate")) {
            indicate(command, s, o.arg("indicate", ""));
        }
        if (o.has("refcat")) {
            String a = o.arg("refcat", "");
            int comma = Words.optionsComma(a);
            List<String> w = Words.split(comma < 0 ? a : a.substring(0, comma));
            if (w.size() % 2 != 0) {
                throw new SdlError(198, command + ": refcat() needs pairs of coefficient names and labels");
            }
            for (int i = 0; i < w.size(); i += 2) {
                s.refcats.add(new EstoutSpec.RefCat(w.get(i), Words.unquote(w.get(i + 1))));
            }
            if (comma >= 0) {
                OptionText so = OptionText.parse(command + " refcat()", a.substring(comma + 1),
                    List.of("Label", "NOLabel", "Below"));
                if (so.has("below")) {
                    throw new SdlError(198, command + ": refcat() suboption below not supported");
                }
                s.refcatLabel = so.has("nolabel") ? "" : EstoutOptions.unquote(so.arg("label", s.refcatLabel));
            }
        }
    }

    /** indicate("Province FE = *.province" "Year FE = *.year", labels(Yes No)) or indicate(FE = *.p). */
    private static void indicate(String command, EstoutSpec s, String text) {
        int comma = Words.optionsComma(text);
        String groups = comma < 0 ? text : text.substring(0, comma);
        if (comma >= 0) {
            OptionText so = OptionText.parse(command + " indicate()", text.substring(comma + 1), List.of("Labels"));
            List<String> l = Words.tokens(so.arg("labels", "Yes No"));
            if (l.size() != 2) {
                throw new SdlError(198, command + ": indicate() labels() needs two labels");
            }
            s.indicateLabels = l;
        }
        List<String> parts = new ArrayList<>();
        if (groups.strip().startsWith("\"") || groups.strip().startsWith("`\"")) {
            for (String w : Words.split(groups)) {
                parts.add(Words.unquote(w));
            }
        } else {
            parts.add(groups);
        }
        for (String p : parts) {
            int eq = p.indexOf('=');
            if (eq < 0) {
                // a bare name list: the label is the first name
                List<String> names = Words.split(p);
                s.indicators.add(new EstoutSpec.Indicator(names.isEmpty() ? "" : names.get(0), names));
            } else {
                s.indicators.add(new EstoutSpec.Indicator(p.substring(0, eq).strip(), Words.split(p.substring(eq + 1))));
            }
        }
    }
}
