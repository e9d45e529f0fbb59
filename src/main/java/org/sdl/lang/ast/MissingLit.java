package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: a missing-value literal, {@code .} (letter 0) or {@code .a} ... {@code .z}. */
public record MissingLit(char letter, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitMissing(this);
    }
}
