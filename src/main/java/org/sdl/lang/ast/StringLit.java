package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: StringLit. */
public record StringLit(String value, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitString(this);
    }
}
