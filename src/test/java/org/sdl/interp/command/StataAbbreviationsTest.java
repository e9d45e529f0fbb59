package org.sdl.interp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sdl.interp.commands.Builtins;

/**
 * Minimum abbreviations against Stata's documentation. The expected minimums below are the
 * shortest spellings Stata's keyword table enumerates for each command (e.g. "ap app appe appen
 * append", "la lab labe label", "sa sav save", "so sor sort"; the table as reproduced in
 * highlight.js's stata.js, from the KDE Stata syntax file), which match the underlined parts of
 * the manuals' syntax diagrams; written out here independently of {@link StataAbbreviations}.
 */
class StataAbbreviationsTest {
    private static final Map<String, String> DOCUMENTED = Map.ofEntries(
        Map.entry("append", "ap"), Map.entry("label", "la"), Map.entry("save", "sa"),
        Map.entry("sort", "so"), Map.entry("summarize", "su"), Map.entry("tabulate", "ta"),
        Map.entry("describe", "d"), Map.entry("generate", "g"), Map.entry("list", "l"),
        Map.entry("use", "u"), Map.entry("regress", "reg"), Map.entry("rename", "ren"),
        Map.entry("encode", "en"), Map.entry("decode", "dec"), Map.entry("exit", "ex"),
        Map.entry("error", "err"), Map.entry("format", "form"), Map.entry("macro", "ma"),
        Map.entry("program", "pr"), Map.entry("run", "ru"), Map.entry("set", "se"),
        Map.entry("test", "te"), Map.entry("type", "ty"), Map.entry("tokenize", "token"),
        Map.entry("ologit", "olo"), Map.entry("oprobit", "opr"), Map.entry("probit", "prob"),
        Map.entry("outsheet", "outs"), Map.entry("count", "cou"), Map.entry("correlate", "cor"),
        Map.entry("display", "di"), Map.entry("global", "gl"), Map.entry("local", "loc"),
        Map.entry("matrix", "mat"), Map.entry("scalar", "sca"), Map.entry("merge", "mer"),
        Map.entry("confirm", "conf"), Map.entry("estimates", "est"), Map.entry("ereturn", "eret"),
        Map.entry("return", "ret"), Map.entry("version", "vers"), Map.entry("browse", "br"),
        Map.entry("assert", "as"), Map.entry("logit", "logi"), Map.entry("notes", "note"),
        // no abbreviation in Stata: the full name only
        Map.entry("egen", "egen"), Map.entry("replace", "replace"), Map.entry("predict", "predict"),
        Map.entry("restore", "restore"), Map.entry("collapse", "collapse"),
        Map.entry("duplicates", "duplicates"), Map.entry("recode", "recode"),
        Map.entry("tabstat", "tabstat"), Map.entry("contract", "contract"),
        Map.entry("continue", "continue"), Map.entry("codebook", "codebook"),
        Map.entry("compress", "compress"), Map.entry("memory", "memory"),
        Map.entry("gettoken", "gettoken"), Map.entry("ranksum", "ranksum"));

    @Test
    void everyRegisteredCommandTakesItsDocumentedAbbreviationAndNoShorter() {
        CommandRegistry r = Builtins.registry();
        int checked = 0;
        for (Map.Entry<String, String> e : DOCUMENTED.entrySet()) {
            Command full = r.lookup(e.getKey());
            if (full == null) {
                continue;
            }
            checked++;
            String shortest = e.getValue();
            assertEquals(full, r.lookup(shortest), shortest + " should name " + e.getKey());
            String shorter = shortest.substring(0, shortest.length() - 1);
            if (!shorter.isEmpty()) {
                assertNotEquals(full, r.lookup(shorter), shorter + " is shorter than Stata allows for " + e.getKey());
            }
        }
        assertEquals(DOCUMENTED.size(), checked, "every documented command is registered");
    }

    @Test
    void tableAgreesWithTheDocumentedList() {
        for (Map.Entry<String, String> e : DOCUMENTED.entrySet()) {
            Integer m = StataAbbreviations.table().get(e.getKey());
            assertNotNull(m, e.getKey());
            assertEquals(e.getValue().length(), m.intValue(), e.getKey());
        }
    }
}
