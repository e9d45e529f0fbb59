package org.sdl.output.excel;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sdl.data.DataException;

/**
 * nformat(): an Excel number-format code ("#.00", "0.000", "#,##0", "0.0%"), one of the named
 * codes Stata's putexcel documents (number_d2, number_sep, percent, ...), or - as an sdl
 * convenience - a Stata display format %w.df / %w.dfc / %w.de, translated to the Excel code that
 * shows the same digits.
 */
public final class ExcelNumberFormat {
    private ExcelNumberFormat() {}

    private static final Map<String, String> NAMED = Map.ofEntries(
        Map.entry("number", "0"), Map.entry("number_d2", "0.00"),
        Map.entry("number_sep", "#,##0"), Map.entry("number_sep_d2", "#,##0.00"),
        Map.entry("number_sep_negbra", "#,##0_);(#,##0)"),
        Map.entry("number_sep_negbrared", "#,##0_);[Red](#,##0)"),
        Map.entry("number_d2_sep_negbra", "#,##0.00_);(#,##0.00)"),
        Map.entry("number_d2_sep_negbrared", "#,##0.00_);[Red](#,##0.00)"),
        Map.entry("currency_negbra", "$#,##0_);($#,##0)"),
        Map.entry("currency_negbrared", "$#,##0_);[Red]($#,##0)"),
        Map.entry("currency_d2_negbra", "$#,##0.00_);($#,##0.00)"),
        Map.entry("currency_d2_negbrared", "$#,##0.00_);[Red]($#,##0.00)"),
        Map.entry("percent", "0%"), Map.entry("percent_d2", "0.00%"),
        Map.entry("scientific_d2", "0.00E+00"),
        Map.entry("fraction_onedig", "# ?/?"), Map.entry("fraction_twodig", "# ??/??"),
        Map.entry("date", "m/d/yyyy"), Map.entry("date_d_mon_yy", "d-mmm-yy"), Map.entry("date_d_mon", "d-mmm"),
        Map.entry("date_mon_yy", "mmm-yy"), Map.entry("time_hmm_am", "h:mm AM/PM"),
        Map.entry("time_hmmss_am", "h:mm:ss AM/PM"), Map.entry("time_hmm", "h:mm"),
        Map.entry("time_hmmss", "h:mm:ss"), Map.entry("time_mmss", "mm:ss"), Map.entry("time_h0mmss", "[h]:mm:ss"),
        Map.entry("time_mmss0", "mm:ss.0"), Map.entry("date_time", "m/d/yyyy h:mm"), Map.entry("text", "@"));

    private static final Pattern STATA = Pattern.compile("%-?0?(\\d+)?\\.(\\d+)(f|fc|e|g|gc)");

    /** The Excel format code for an nformat() argument (quotes removed); r(198) when it is neither. */
    public static String toExcel(String spec) {
        String s = spec.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new DataException(198, "nformat() requires a format");
        }
        String named = NAMED.get(s.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (s.startsWith("%")) {
            Matcher m = STATA.matcher(s);
            if (!m.matches()) {
                throw new DataException(198, "nformat(" + s + "): only the Stata formats %w.df, %w.dfc and %w.de "
                    + "translate to Excel; or give an Excel code such as \"#,##0.00\"");
            }
            int d = Integer.parseInt(m.group(2));
            String digits = d == 0 ? "0" : "0." + "0".repeat(d);
            return switch (m.group(3)) {
                case "fc" -> d == 0 ? "#,##0" : "#,##0." + "0".repeat(d);
                case "e" -> digits + "E+00";
                case "g", "gc" -> "General";
                default -> digits;
            };
        }
        // an Excel code: the characters Excel's number formats are built from
        if (!s.matches("[#0?,.%Ee+\\-/ ;:@_*$()\\[\\]A-Za-z\"\\\\]+")) {
            throw new DataException(198, "nformat(" + s + ") is not an Excel number format");
        }
        return s;
    }
}
