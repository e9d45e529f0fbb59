package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: CoefRef. */
public record CoefRef(String kind, String coefficient, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCoefRef(this);
    }
}
