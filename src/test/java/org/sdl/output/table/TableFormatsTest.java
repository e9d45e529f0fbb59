package org.sdl.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sdl.data.DataException;

/**
 * The renderers on one small table built by hand (the esttab help file's first example:
 * weight 1.747** (2.72), _cons 1946.1 (0.54), N 74): the text layout character by character,
 * LaTeX that pdflatex compiles (skipped when pdflatex is absent), a .docx read back with POI,
 * and the file rules (r(602) leaves the file untouched, append adds).
 */
class TableFormatsTest {
    @TempDir
    Path dir;

    static Table example() {
        return Table.builder(2).stubWidth(12).columnWidth(12).starWidth(3)
            .rule(Row.RuleKind.TOP)
            .header(Cell.stub(""), Cell.of("(1)"), Cell.of("(2)"))
            .header(Cell.stub(""), Cell.of("price"), Cell.of("price"))
            .rule(Row.RuleKind.MID)
            .body(Cell.stub("weight"), Cell.starred("1.747", "**"), Cell.starred("3.465", "***"))
            .body(Cell.stub(""), Cell.of("(2.72)"), Cell.of("(5.49)"))
            .gap()
            .body(Cell.stub("mpg_x & 50%"), Cell.of("-49.51"), Cell.of("21.85"))
            .body(Cell.stub(""), Cell.of("(-0.57)"), Cell.of("(0.29)"))
            .rule(Row.RuleKind.MID)
            .footer(Cell.stub("N"), Cell.of("74"), Cell.of("74"))
            .rule(Row.RuleKind.BOTTOM)
            .note("t statistics in parentheses")
            .note("* p<0.05, ** p<0.01, *** p<0.001")
            .build();
    }

    @Test
    void textIsEsttabsLayout() {
        // esttab help, first example: 44 dashes, "(1)" ending in column 25, stars after the number
        String t = new TextRenderer().render(example());
        String[] lines = t.split("\n");
        assertEquals("-".repeat(44), lines[0]);
        assertEquals("                      (1)             (2)", lines[1]);
        assertEquals("weight              1.747**         3.465***", lines[4]);
        assertEquals("                   (2.72)          (5.49)", lines[5]);
        assertEquals("", lines[6]);
        assertEquals("N                      74              74", lines[10]);
    }

    @Test
    void latexEscapesAndCompiles() throws Exception {
        String tex = new LatexRenderer(true, false, true).render(example());
        assertTrue(tex.contains("mpg\\_x \\& 50\\%"), tex);
        assertTrue(tex.contains("\\sym{**}"), tex);
        assumeTrue(onPath("pdflatex"), "pdflatex not installed");
        for (boolean booktabs : new boolean[] {false, true}) {
            Path f = dir.resolve("t" + booktabs + ".tex");
            Files.writeString(f, new LatexRenderer(booktabs, false, true).render(example()));
            Process p = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", f.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pdflatex did not finish");
            assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));
            assertTrue(Files.size(dir.resolve("t" + booktabs + ".pdf")) > 0);
        }
    }

    @Test
    void docxHoldsTheCellTexts() throws Exception {
        Path f = dir.resolve("t.docx");
        TableFile.write(f, example(), TableFormat.DOCX, TableFormat.Options.DEFAULT, false, false);
        try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(7, t.getNumberOfRows());
            assertEquals("weight", t.getRow(2).getCell(0).getText());
            assertEquals("1.747**", t.getRow(2).getCell(1).getText());
            assertEquals("(5.49)", t.getRow(3).getCell(2).getText());
            assertEquals("74", t.getRow(6).getCell(1).getText());
        }
    }

    @Test
    void docxAppendAddsASecondTableAfterTheFirst() throws Exception {
        // esttab's append on a Word file: the document keeps its table and gets the new one at the end
        Path f = dir.resolve("a.docx");
        TableFile.write(f, example(), TableFormat.DOCX, TableFormat.Options.DEFAULT, false, false);
        Table second = Table.builder(1).rule(Row.RuleKind.TOP)
            .header(Cell.stub(""), Cell.of("(3)"))
            .body(Cell.stub("foreign"), Cell.starred("3673.1", "***"))
            .rule(Row.RuleKind.BOTTOM).build();
        TableFile.write(f, second, TableFormat.DOCX, TableFormat.Options.DEFAULT, false, true);
        try (InputStream in = Files.newInputStream(f); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(2, doc.getTables().size());
            assertEquals("1.747**", doc.getTables().get(0).getRow(2).getCell(1).getText());
            assertEquals("foreign", doc.getTables().get(1).getRow(1).getCell(0).getText());
            assertEquals("3673.1***", doc.getTables().get(1).getRow(1).getCell(1).getText());
            // the second table comes after the first table's notes, inside the body
            assertTrue(doc.getBodyElements().indexOf(doc.getTables().get(1))
                > doc.getBodyElements().indexOf(doc.getTables().get(0)));
        }
    }

    @Test
    void rtfAppendStaysOneDocument() throws Exception {
        // RTF append goes inside the document's closing brace: one {\rtf1 ... } group holding both tables
        Path f = dir.resolve("a.rtf");
        TableFile.write(f, example(), TableFormat.RTF, TableFormat.Options.DEFAULT, false, false);
        TableFile.write(f, example(), TableFormat.RTF, TableFormat.Options.DEFAULT, false, true);
        String rtf = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(rtf.startsWith("{\\rtf1"), rtf);
        assertEquals(1, rtf.split("\\{\\\\rtf1", -1).length - 1);
        assertEquals(2, rtf.split("weight", -1).length - 1);
        int depth = 0;
        for (int i = 0; i < rtf.length(); i++) {
            char c = rtf.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertTrue(depth > 0 || i == rtf.stripTrailing().length() - 1, "document closed early at " + i);
            }
        }
        assertEquals(0, depth);
    }

    @Test
    void existingFileNeedsReplaceAndStaysUntouched() throws Exception {
        Path f = dir.resolve("t.md");
        Files.writeString(f, "keep me");
        DataException e = assertThrows(DataException.class,
            () -> TableFile.write(f, example(), TableFormat.MARKDOWN, TableFormat.Options.DEFAULT, false, false));
        assertEquals(602, e.code());
        assertEquals("keep me", Files.readString(f));
        TableFile.write(f, example(), TableFormat.MARKDOWN, TableFormat.Options.DEFAULT, false, true);
        String md = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(md.startsWith("keep me|  | (1) | (2) |"), md);
        assertTrue(md.contains("| weight | 1.747<sup>\\*\\*</sup> | 3.465<sup>\\*\\*\\*</sup> |"), md);
    }

    @Test
    void csvAndHtml() {
        String csv = new CsvRenderer(',', true).render(example());
        assertTrue(csv.contains("=\"weight\",=\"1.747**\",=\"3.465***\"\n"), csv);
        String html = new HtmlRenderer(true, false).render(example());
        assertTrue(html.contains("<td>1.747<sup>**</sup></td>"), html);
        assertTrue(!html.contains("style="), "classes, not inline styles");
    }

    private static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
