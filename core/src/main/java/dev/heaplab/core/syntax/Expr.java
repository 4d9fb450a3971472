package dev.heaplab.core.syntax;

import dev.heaplab.core.source.Span;
import java.math.BigInteger;
import java.util.List;

/** An expression. Labels (`'outer`) are idents including the quote; null when absent. */
public sealed interface Expr {
    NodeId id();
    Span span();

    enum UnOp { NEG, NOT, DEREF }

    enum BinOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), REM("%"),
        AND("&&"), OR("||"),
        BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        BinOp(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }

        public boolean isComparison() { return ordinal() >= EQ.ordinal(); }

        public boolean isLazy() { return this == AND || this == OR; }
    }

    /** A literal value. */
    sealed interface LitValue {
        /** `42`, `0xff_u8`; suffix is "" or a type name like "u8". */
        record Int(BigInteger value, String suffix) implements LitValue {}
        /** `1.5`, `2e3f32`; text is the literal without underscores and suffix. */
        record Float(String text, String suffix) implements LitValue {}
        record Bool(boolean value) implements LitValue {}
        record Char(int codePoint) implements LitValue {}
        /** A string literal after escape processing (raw strings included). */
        record Str(String value) implements LitValue {}
        record Byte(int value) implements LitValue {}
        record ByteStr(byte[] value) implements LitValue {}
    }

    record Lit(NodeId id, Span span, LitValue value) implements Expr {}
    record PathExpr(NodeId id, Span span, Path path) implements Expr {}
    record Unary(NodeId id, Span span, UnOp op, Expr operand) implements Expr {}
    /** `&e`, `&mut e`. */
    record AddrOf(NodeId id, Span span, boolean mutable, Expr operand) implements Expr {}
    record Binary(NodeId id, Span span, BinOp op, Expr lhs, Expr rhs) implements Expr {}
    record Assign(NodeId id, Span span, Expr lhs, Expr rhs) implements Expr {}
    /** `a += b` and friends; op is the arithmetic operator. */
    record CompoundAssign(NodeId id, Span span, BinOp op, Expr lhs, Expr rhs) implements Expr {}
    record Call(NodeId id, Span span, Expr callee, List<Expr> args) implements Expr {
        public Call { args = List.copyOf(args); }
    }
    /** `receiver.method::<T>(args)`. */
    record MethodCall(NodeId id, Span span, Expr receiver, Path.PathSegment method, List<Expr> args) implements Expr {
        public MethodCall { args = List.copyOf(args); }
    }
    /** `base.name` or `base.0`. */
    record Field(NodeId id, Span span, Expr base, Ident field) implements Expr {}
    record Index(NodeId id, Span span, Expr base, Expr index) implements Expr {}
    /** `(a, b)`; `()` is the empty tuple. A parenthesised expression is not a Tuple. */
    record Tuple(NodeId id, Span span, List<Expr> elems) implements Expr {
        public Tuple { elems = List.copyOf(elems); }
    }
    /** `(e)`, kept so spans and temporaries match rustc's. */
    record Paren(NodeId id, Span span, Expr inner) implements Expr {}
    record Array(NodeId id, Span span, List<Expr> elems) implements Expr {
        public Array { elems = List.copyOf(elems); }
    }
    /** `[elem; count]`. */
    record ArrayRepeat(NodeId id, Span span, Expr elem, Expr count) implements Expr {}
    /** `Path { a: 1, b, ..base }`; base may be null. */
    record StructLit(NodeId id, Span span, Path path, List<FieldInit> fields, Expr base) implements Expr {
        public StructLit { fields = List.copyOf(fields); }
    }
    record FieldInit(Span span, Ident name, Expr value, boolean shorthand) {}
    /** `a..b`, `a..=b`, `..b`, `a..`, `..`; start/end may be null. */
    record Range(NodeId id, Span span, Expr start, Expr end, boolean inclusive) implements Expr {}
    record Cast(NodeId id, Span span, Expr expr, TypeExpr type) implements Expr {}
    /** `{ ... }`, `unsafe { ... }`, `'label: { ... }`. */
    record BlockExpr(NodeId id, Span span, Ident label, Stmt.Block block) implements Expr {}
    /** `let pat = scrutinee` as an `if`/`while` condition, possibly inside `&&` chains (edition 2024). */
    record Let(NodeId id, Span span, Pattern pattern, Expr scrutinee) implements Expr {}
    /** `if cond { } else ...`; elseBranch is null, a BlockExpr, or another If. */
    record If(NodeId id, Span span, Expr cond, Stmt.Block then, Expr elseBranch) implements Expr {}
    record While(NodeId id, Span span, Ident label, Expr cond, Stmt.Block body) implements Expr {}
    record Loop(NodeId id, Span span, Ident label, Stmt.Block body) implements Expr {}
    record For(NodeId id, Span span, Ident label, Pattern pattern, Expr iter, Stmt.Block body) implements Expr {}
    record Match(NodeId id, Span span, Expr scrutinee, List<MatchArm> arms) implements Expr {
        public Match { arms = List.copyOf(arms); }
    }
    /** `pat if guard => body`; guard may be null. */
    record MatchArm(NodeId id, Span span, Pattern pattern, Expr guard, Expr body) {}
    /**
     * `move |a: T, b| -> R { body }`; param types and ret may be null. {@code head} spans `move |a: T, b| -> R`
     * (rustc's `fn_decl_span`), where rustc points at a closure's captures.
     */
    record Closure(NodeId id, Span span, boolean isMove, List<ClosureParam> params, TypeExpr ret, Expr body, Span head)
            implements Expr {
        public Closure { params = List.copyOf(params); }
    }
    record ClosureParam(Span span, Pattern pattern, TypeExpr type) {}
    record Break(NodeId id, Span span, Ident label, Expr value) implements Expr {}
    record Continue(NodeId id, Span span, Ident label) implements Expr {}
    record Return(NodeId id, Span span, Expr value) implements Expr {}
    /** `expr?`. */
    record Try(NodeId id, Span span, Expr expr) implements Expr {}
    /**
     * `name!(...)` for the supported macros (println, print, eprintln, eprint, format, write, writeln,
     * panic, assert, assert_eq, assert_ne, unreachable, todo, unimplemented, vec, matches, debug_assert...).
     * Arguments are parsed as expressions; `name = expr` arguments carry their name.
     * For `vec![elem; n]` {@code repeat} is true and args are [elem, n].
     * For `matches!(e, pat if guard)` the pattern is in {@code pattern} and the guard (or null) in {@code guard}.
     */
    record MacroCall(NodeId id, Span span, Ident name, List<MacroArg> args, boolean repeat, Pattern pattern,
                     Expr guard) implements Expr {
        public MacroCall { args = List.copyOf(args); }
    }
    /** One macro argument; name is null for positional ones. */
    record MacroArg(Span span, Ident name, Expr value) {}
}
