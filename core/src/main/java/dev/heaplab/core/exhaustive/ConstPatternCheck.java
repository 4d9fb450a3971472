package dev.heaplab.core.exhaustive;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Pattern;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.typeck.Res;
import dev.heaplab.core.typeck.TypedProgram;
import dev.heaplab.core.types.ConstDef;
import dev.heaplab.core.types.DefId;
import java.util.List;

/**
 * Checks that every constant used in a pattern can stand for a pattern (rustc's const-to-pattern):
 * reports "constant of non-structural type" for a struct or enum without `#[derive(PartialEq)]`,
 * and refuses values heaplab cannot evaluate. A pattern that fails is left out of the exhaustiveness
 * check, as rustc does.
 */
final class ConstPatternCheck {
    private final TypedProgram program;
    private final Diagnostics diags;
    private final ConstPatterns consts;

    ConstPatternCheck(TypedProgram program, Diagnostics diags) {
        this.program = program;
        this.diags = diags;
        this.consts = new ConstPatterns(program.results(), program.defs());
    }

    /** True when every constant in {@code p} expands (errors are reported otherwise). */
    boolean valid(Pattern p) {
        return switch (p) {
            case Pattern.Binding b -> b.sub() == null ? path(b.id(), b.span()) : path(b.id(), b.span()) & valid(b.sub());
            case Pattern.PathPat pp -> path(pp.id(), pp.span());
            case Pattern.Range r -> bound(r.lo()) & bound(r.hi()) && ordered(r);
            case Pattern.Tuple t -> all(t.elems());
            case Pattern.TupleStruct t -> all(t.elems());
            case Pattern.Struct s -> all(s.fields().stream().map(Pattern.FieldPat::pattern).toList());
            case Pattern.Ref r -> valid(r.inner());
            case Pattern.Or o -> all(o.alts());
            case Pattern.Slice s -> all(s.elems());
            case Pattern.Wildcard w -> true;
            case Pattern.Rest r -> true;
            case Pattern.Literal l -> true;
        };
    }

    /** E0579/E0030: a range pattern whose bounds leave it empty (`5..5`, `10..=1`), reported by rustc's typeck. */
    private boolean ordered(Pattern.Range r) {
        if (r.lo() == null || r.hi() == null) return true;
        PatternBuilder values = new PatternBuilder(program.results(), program.defs());
        java.math.BigInteger lo = values.intValue(r.lo()), hi = values.intValue(r.hi());
        if (lo == null || hi == null) return true;
        int c = lo.compareTo(hi);
        if (r.inclusive() ? c <= 0 : c < 0) return true;
        if (r.inclusive()) {
            diags.add(Diagnostic.error("E0030", "lower bound for range pattern must be less than or equal to upper bound")
                    .primary(r.span(), "lower bound larger than upper bound").build());
        } else {
            diags.add(Diagnostic.error("E0579", "lower bound for range pattern must be less than upper bound")
                    .primary(r.span(), "").build());
        }
        return false;
    }

    private boolean all(List<Pattern> ps) {
        boolean ok = true;
        for (Pattern p : ps) ok &= valid(p);
        return ok;
    }

    private boolean bound(Expr e) {
        return !(e instanceof Expr.PathExpr p) || path(p.id(), p.span());
    }

    private boolean path(dev.heaplab.core.syntax.NodeId id, Span at) {
        if (!(program.results().pathRes(id) instanceof Res.Const k)) return true;
        switch (consts.expand(k.def())) {
            case ConstPatterns.Value v -> { return true; }
            case ConstPatterns.Unsupported u -> diags.add(Diagnostic.unsupported(at, u.what()));
            case ConstPatterns.NonStructural n -> {
                String ty = n.ty().display(program.defs());
                Diagnostic.Builder d = Diagnostic.error(null, "constant of non-structural type `" + ty + "` in a pattern");
                Span adt = itemHead(program.defs().adt(n.adt()).span(), false);
                if (adt != null) d.secondary(adt, "`" + ty + "` must be annotated with `#[derive(PartialEq)]` to be usable in patterns");
                ConstDef c = program.defs().constant(k.def());
                Span konst = c == null ? null : itemHead(c.span(), true);
                if (konst != null) d.secondary(konst, "constant defined here");
                diags.add(d.primary(at, "constant of non-structural type")
                        .note("see https://doc.rust-lang.org/stable/std/marker/trait.StructuralPartialEq.html for details").build());
            }
        }
        return false;
    }

    /** rustc's definition span of the item at {@code span}: up to a struct's or enum's name, a constant's type. */
    private Span itemHead(Span span, boolean constant) {
        Item item = find(program.crate().items(), span);
        return switch (item) {
            case Item.StructDecl s when !constant -> new Span(s.span().lo(), s.name().span().hi());
            case Item.EnumDecl e when !constant -> new Span(e.span().lo(), e.name().span().hi());
            case Item.ConstDecl c when constant -> new Span(c.span().lo(), c.type().span().hi());
            case null, default -> null;
        };
    }

    private static Item find(List<Item> items, Span span) {
        for (Item it : items) {
            if (it.span().equals(span)) return it;
            if (it.span().lo() > span.lo() || it.span().hi() < span.hi()) continue;
            Item inner = switch (it) {
                case Item.ModDecl m -> find(m.items(), span);
                case Item.ImplDecl i -> find(i.items(), span);
                case Item.TraitDecl t -> find(t.items(), span);
                case Item.FnDecl f when f.body() != null -> find(f.body().stmts().stream()
                        .filter(s -> s instanceof Stmt.ItemStmt).map(s -> ((Stmt.ItemStmt) s).item()).toList(), span);
                default -> null;
            };
            if (inner != null) return inner;
        }
        return null;
    }
}
