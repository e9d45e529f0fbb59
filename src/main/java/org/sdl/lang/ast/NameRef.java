package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** Expression node: NameRef. */
public record NameRef(String name, SourceSpan span) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitName(this);
    }
}
