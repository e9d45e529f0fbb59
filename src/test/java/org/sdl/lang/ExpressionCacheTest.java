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
