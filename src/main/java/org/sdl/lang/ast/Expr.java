package org.sdl.lang.ast;

import org.sdl.lang.SourceSpan;

/** An expression node. Nodes are immutable records; positions are in the original file. */
public sealed interface Expr
    permits NumberLit, MissingLit, StringLit, NameRef, Call, Subscript, CoefRef, Unary, Binary {

    SourceSpan span();

    <R> R accept(ExprVisitor<R> visitor);
}
