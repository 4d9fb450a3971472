package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.util.List;

/** A statement inside a block. */
public sealed interface Stmt {
    Span span();

    /** `let pat: ty = init else { ... };` — type, init and elseBlock may each be null. */
    record Let(NodeId id, Span span, Pattern pattern, TypeExpr type, Expr init, Block elseBlock) implements Stmt {}

    /** An expression statement; {@code semi} is whether it ended with `;`. */
    record ExprStmt(NodeId id, Span span, Expr expr, boolean semi) implements Stmt {}

    /** An item declared inside a block. */
    record ItemStmt(Span span, Item item) implements Stmt {}

    /** A stray `;`. */
    record Empty(Span span) implements Stmt {}

    /** `{ stmts; tail }` — the tail expression (no `;`) may be null. */
    record Block(NodeId id, Span span, List<Stmt> stmts, Expr tail, boolean isUnsafe) {
        public Block { stmts = List.copyOf(stmts); }
    }
}
