package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ProgramDefs;

/**
 * A name that is a local of an enclosing function, used where no local can be seen: rustc's E0434
 * when a `fn` item nested in the body names it (`fn scale(x: i32) -> i32 { x * factor }` under
 * `let factor = 3;`: a fn item has no environment, unlike a closure), E0435 when a constant does
 * (`const M: i32 = n * 2;`, `static`, an array length `[0; n]`: constants are computed before the
 * program runs). Both are found on the E0425 path: a parameter of the enclosing function, or a `let`
 * of its body before the use, with that name (simple bindings; other shapes keep E0425, which is
 * still an error).
 */
public final class OuterLocals {
    private OuterLocals() {}

    /** Is {@code name} a local of a function enclosing the fn item (or closure in one) {@code owner}? */
    public static boolean namedInEnclosingFn(ProgramDefs defs, DefId owner, String name) {
        while (owner != null && defs.closure(owner) != null) owner = defs.closure(owner).parentFn();
        FnDef own = owner == null ? null : defs.fn(owner);
        if (own == null || own.decl() == null) return false;
        return boundAround(defs, own.decl().span(), name);
    }

    /**
     * Is {@code name} a parameter of a function whose body contains {@code at}, or bound by a `let` of
     * that body ending before {@code at}?
     */
    public static boolean boundAround(ProgramDefs defs, Span at, String name) { return binding(defs, at, name) != null; }

    /** The parameter ({@code Item.Param}) or `let` ({@code Stmt.Let}) of {@link #boundAround}, or null. */
    private static Object binding(ProgramDefs defs, Span at, String name) {
        for (FnDef outer : defs.fns()) {
            Item.FnDecl decl = outer.decl();
            if (decl == null || decl.body() == null) continue;
            Span body = decl.body().span();
            if (!(body.lo() < at.lo() && at.hi() <= body.hi())) continue;
            for (Item.Param p : decl.params()) if (binds(p.pattern(), name)) return p;
            Stmt.Let[] found = {null};
            AstWalk.block(decl.body(), e -> { }, st -> {
                if (st instanceof Stmt.Let l && l.span().hi() <= at.lo() && binds(l.pattern(), name)) found[0] = l;
            });
            if (found[0] != null) return found[0];
        }
        return null;
    }

    /**
     * The first single name in {@code e} (an array length) that {@code constant} does not accept and that
     * names a local of the function around it, or null.
     */
    public static Expr.PathExpr localInConstant(ProgramDefs defs, Expr e, java.util.function.Predicate<Expr.PathExpr> constant) {
        Expr.PathExpr[] first = {null};
        AstWalk.expr(e, x -> {
            if (first[0] == null && x instanceof Expr.PathExpr pe && pe.path().isSingle() && !pe.path().global() && !constant.test(pe)
                    && boundAround(defs, pe.span(), pe.path().last().name().name())) first[0] = pe;
        }, st -> { });
        return first[0];
    }

    /** rustc's E0435 at a local's name used in a constant, with {@code help} (a suggestion) added. */
    public static Diagnostic nonConstant(Span use, java.util.function.UnaryOperator<Diagnostic.Builder> help) {
        return help.apply(Diagnostic.error("E0435", "attempt to use a non-constant value in a constant")
                .primary(use, "non-constant value")).build();
    }

    /**
     * E0435 for a local named in an array length: rustc suggests making an unannotated, immutable
     * `let n = ...` a `const` (the type left for the user to write).
     */
    public static Diagnostic nonConstantLength(ProgramDefs defs, Expr.PathExpr use) {
        String name = use.path().last().name().name();
        return nonConstant(use.span(), d -> {
            if (binding(defs, use.span(), name) instanceof Stmt.Let l && l.type() == null
                    && l.pattern() instanceof Pattern.Binding b && !b.mutable() && !b.byRef()) {
                d.suggestion("consider using `const` instead of `let`", new Span(l.span().lo(), b.span().hi()),
                        "const " + name + ": /* Type */");
            }
            return d;
        });
    }

    private static boolean binds(Pattern p, String name) {
        return p instanceof Pattern.Binding b && b.name().name().equals(name);
    }
}
