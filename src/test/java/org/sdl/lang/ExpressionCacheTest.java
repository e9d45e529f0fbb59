package org.sdl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdl.lang.ast.Expr;

/** The shape cache must give exactly the AST the grammar gives for the same text. */
class ExpressionCacheTest {
    @Test
    void cachedParseEqualsFreshParse() {
        String[] texts = {"1 + 2*3", "-2^2", "x[_n-1] + 1.5e3", "cond(a > 3, .5, 2.)", "\"a1\" + s", "!0 | 4 >= 3.25",
            "round(2.567, .01)", "invnormal(0.975) * 2"};
        for (String t : texts) {
            Parser.expression(SourceLine.simple(t.replace("2", "7"), "t", 1));
            Expr viaCache = Parser.expression(SourceLine.simple(t, "t", 1));
            Expr fresh = Parser.parseExpression(SourceLine.simple(t, "t", 1));
            assertEquals(print(fresh), print(viaCache), t);
        }
    }

    /** Random expressions over every operator and literal form: the cache never changes the tree. */
    @Test
    void randomExpressionsParseTheSameThroughTheCache() {
        java.util.Random rnd = new java.util.Random(42);
        for (int i = 0; i < 20000; i++) {
            String t = randomExpr(rnd, 0);
            // warm the cache with the same shape but other numbers, then compare
            try {
                Parser.expression(SourceLine.simple(t.replaceAll("[0-9]", "3"), "t", 1));
            } catch (SyntaxError e) {
                // the warm-up text may be invalid; only the comparison below matters
            }
            Expr fresh;
            try {
                fresh = Parser.parseExpression(SourceLine.simple(t, "t", 1));
            } catch (SyntaxError e) {
                assertThrows(SyntaxError.class, () -> Parser.expression(SourceLine.simple(t, "t", 1)), t);
                continue;
            }
            assertEquals(print(fresh), print(Parser.expression(SourceLine.simple(t, "t", 1))), t);
        }
    }

    private static final String[] OPS = {"+", "-", "*", "/", "^", "==", "!=", "~=", "<", ">", "<=", ">=", "&", "|", ""};
    private static final String[] ATOMS = {"1", "23", "4.5", ".5", "6.", "1e3", "2.5e-2", "x", "x1", "_n", ".", ".a", "\"s1\"",
        "y[_n-1]", "_b[x]"};

    private static String randomExpr(java.util.Random rnd, int depth) {
        int k = depth > 3 ? 0 : rnd.nextInt(5);
        switch (k) {
            case 1: return (rnd.nextBoolean() ? "-" : "!") + randomExpr(rnd, depth + 1);
            case 2: return randomExpr(rnd, depth + 1) + " " + OPS[rnd.nextInt(OPS.length)] + " " + randomExpr(rnd, depth + 1);
            case 3: return "(" + randomExpr(rnd, depth + 1) + ")";
            case 4: return "max(" + randomExpr(rnd, depth + 1) + ", " + randomExpr(rnd, depth + 1) + ")";
            default: return ATOMS[rnd.nextInt(ATOMS.length)];
        }
    }

    @Test
    void templatesAbstractOnlyNumericLiterals() {
        List<Double> nums = new ArrayList<>();
        assertEquals("x1 + __sdlnum0 * \"12\"", ExpressionCache.template("x1 + 2.5 * \"12\"", nums));
        assertEquals(List.of(2.5), nums);
    }

    @Test
    void syntaxErrorsShowTheUsersText() {
        SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.expression(SourceLine.simple("1 + ", "t", 1)));
        assertTrue(e.sourceText().startsWith("1 +"), e.sourceText());
    }

    private static String print(Expr e) {
        return e.toString().replaceAll("span=SourceSpan\\[[^]]*\\]", "");
    }
}
