package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.AstWalk;
import dev.heaplab.core.syntax.Expr;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.Stmt;
import dev.heaplab.core.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * rustc's E0261: a named lifetime (`&'a T`, `V<'a>`, `T: 'a`, `dyn Tr + 'a`) that no generic
 * parameter list around it declares. Lifetimes are otherwise read by name in the later stages, which
 * would take an undeclared one for a declared one. A syntactic pass over the user's items: an item
 * sees its own lifetime parameters and, for an impl's or a trait's members, those of the impl or
 * trait; a nested item sees none of its parent's.
 */
public final class UndeclaredLifetimes {
    /** One generic parameter list in scope, innermost last, with where a new parameter would go. */
    private record Owner(Generics generics, Span nameEnd) {}

    private final ProgramCx cx;

    private UndeclaredLifetimes(ProgramCx cx) { this.cx = cx; }

    public static void run(ProgramCx cx, List<Item> items) {
        new UndeclaredLifetimes(cx).items(items, List.of());
    }

    private void items(List<Item> items, List<Owner> outer) {
        for (Item it : items) item(it, outer);
    }

    private void item(Item it, List<Owner> outer) {
        switch (it) {
            case Item.FnDecl f -> {
                shadowed(f.generics(), outer);
                List<Owner> scope = with(outer, f.generics(), end(f.name()));
                generics(f.generics(), scope);
                if (f.selfParam() != null) {
                    lifetime(f.selfParam().lifetime(), scope);
                    type(f.selfParam().explicitType(), scope);
                }
                for (Item.Param p : f.params()) type(p.type(), scope);
                type(f.ret(), scope);
                if (f.body() != null) body(f.body(), scope);
            }
            case Item.StructDecl s -> {
                List<Owner> scope = with(List.of(), s.generics(), end(s.name()));
                generics(s.generics(), scope);
                for (Item.FieldDecl fd : s.fields()) type(fd.type(), scope);
            }
            case Item.EnumDecl e -> {
                List<Owner> scope = with(List.of(), e.generics(), end(e.name()));
                generics(e.generics(), scope);
                for (Item.VariantDecl v : e.variants()) for (Item.FieldDecl fd : v.fields()) type(fd.type(), scope);
            }
            case Item.ImplDecl i -> {
                // a new parameter goes right after the `impl` keyword
                List<Owner> scope = with(List.of(), i.generics(), new Span(i.span().lo() + 4, i.span().lo() + 4));
                generics(i.generics(), scope);
                if (i.traitRef() != null) path(i.traitRef(), scope);
                type(i.selfType(), scope);
                items(i.items(), scope);
            }
            case Item.TraitDecl t -> {
                List<Owner> scope = with(List.of(), t.generics(), end(t.name()));
                generics(t.generics(), scope);
                bounds(t.supertraits(), scope);
                items(t.items(), scope);
            }
            case Item.AssocTypeDecl a -> { bounds(a.bounds(), outer); type(a.type(), outer); }
            case Item.ConstDecl c -> type(c.type(), outer);
            case Item.StaticDecl s -> type(s.type(), List.of());
            case Item.TypeAliasDecl a -> {
                List<Owner> scope = with(List.of(), a.generics(), end(a.name()));
                generics(a.generics(), scope);
                type(a.type(), scope);
            }
            case Item.UseDecl u -> { }
            case Item.ModDecl m -> items(m.items(), List.of());
        }
    }

    /** E0496: a method's lifetime parameter named like one of its impl's or trait's. */
    private void shadowed(Generics g, List<Owner> outer) {
        for (Generics.GenericParam p : g.params()) {
            if (!(p instanceof Generics.GenericParam.LifetimeParam l)) continue;
            for (Owner o : outer) {
                for (Generics.GenericParam q : o.generics().params()) {
                    if (q instanceof Generics.GenericParam.LifetimeParam first && first.name().name().equals(l.name().name())) {
                        cx.report(Diagnostic.error("E0496", "lifetime name `" + l.name().name() + "` shadows a lifetime name that is already in scope")
                                .secondary(first.name().span(), "first declared here")
                                .primary(l.name().span(), "lifetime `" + l.name().name() + "` already in scope").build());
                    }
                }
            }
        }
    }

    private void body(Stmt.Block body, List<Owner> scope) {
        List<Item> nested = new ArrayList<>();
        AstWalk.block(body, e -> {
            switch (e) {
                case Expr.Cast c -> type(c.type(), scope);
                case Expr.Closure c -> {
                    for (Expr.ClosureParam p : c.params()) type(p.type(), scope);
                    type(c.ret(), scope);
                }
                case Expr.PathExpr p -> path(p.path(), scope);
                case Expr.StructLit s -> path(s.path(), scope);
                case Expr.MethodCall m -> args(m.method().args(), scope);
                default -> { }
            }
        }, s -> {
            if (s instanceof Stmt.Let l) type(l.type(), scope);
            else if (s instanceof Stmt.ItemStmt is) nested.add(is.item());
        });
        items(nested, List.of());
    }

    private void generics(Generics g, List<Owner> scope) {
        for (Generics.GenericParam p : g.params()) {
            switch (p) {
                case Generics.GenericParam.LifetimeParam l -> l.bounds().forEach(b -> lifetime(b, scope));
                case Generics.GenericParam.TypeParam t -> { bounds(t.bounds(), scope); type(t.defaultType(), scope); }
                case Generics.GenericParam.ConstParam c -> type(c.type(), scope);
            }
        }
        for (Generics.WherePredicate w : g.where()) {
            type(w.boundedType(), scope);
            lifetime(w.boundedLifetime(), scope);
            bounds(w.bounds(), scope);
        }
    }

    private void bounds(List<Generics.Bound> bounds, List<Owner> scope) {
        for (Generics.Bound b : bounds) {
            switch (b) {
                case Generics.Bound.TraitBound t -> path(t.path(), scope);
                case Generics.Bound.LifetimeBound l -> lifetime(l.lifetime(), scope);
                case Generics.Bound.UseBound u -> {
                    for (var c : u.captures()) if (c.name().startsWith("'")) lifetime(c, scope);
                }
            }
        }
    }

    private void type(TypeExpr t, List<Owner> scope) {
        if (t == null) return;
        switch (t) {
            case TypeExpr.PathType p -> path(p.path(), scope);
            case TypeExpr.RefType r -> { lifetime(r.lifetime(), scope); type(r.inner(), scope); }
            case TypeExpr.RawPtrType r -> type(r.inner(), scope);
            case TypeExpr.TupleType tu -> tu.elems().forEach(x -> type(x, scope));
            case TypeExpr.ArrayType a -> type(a.elem(), scope);
            case TypeExpr.SliceType s -> type(s.elem(), scope);
            case TypeExpr.FnPtrType f -> { f.params().forEach(x -> type(x, scope)); type(f.ret(), scope); }
            case TypeExpr.ImplTraitType i -> bounds(i.bounds(), scope);
            case TypeExpr.DynTraitType d -> bounds(d.bounds(), scope);
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    private void path(Path p, List<Owner> scope) {
        if (p == null) return;
        if (p.qself() != null) { type(p.qself().self(), scope); path(p.qself().trait(), scope); }
        for (Path.PathSegment s : p.segments()) args(s.args(), scope);
    }

    private void args(List<Path.GenericArg> args, List<Owner> scope) {
        for (Path.GenericArg a : args) {
            switch (a) {
                case Path.GenericArg.TypeArg t -> type(t.type(), scope);
                case Path.GenericArg.LifetimeArg l -> lifetime(l.lifetime(), scope);
                case Path.GenericArg.ConstArg c -> { }
                case Path.GenericArg.AssocBinding b -> type(b.type(), scope);
            }
        }
    }

    private void lifetime(Ident lt, List<Owner> scope) {
        if (lt == null || lt.name().equals("'static") || lt.name().equals("'_")) return;
        for (Owner o : scope) {
            for (Generics.GenericParam p : o.generics().params()) {
                if (p instanceof Generics.GenericParam.LifetimeParam l && l.name().name().equals(lt.name())) return;
            }
        }
        Diagnostic.Builder d = Diagnostic.error("E0261", "use of undeclared lifetime name `" + lt.name() + "`")
                .primary(lt.span(), "undeclared lifetime");
        // rustc offers each parameter list around the use, innermost first
        for (int i = scope.size() - 1; i >= 0; i--) {
            Owner o = scope.get(i);
            List<Generics.GenericParam> ps = o.generics().params();
            if (ps.isEmpty()) d.suggestion("consider introducing lifetime `" + lt.name() + "` here", o.nameEnd(), "<" + lt.name() + ">");
            else {
                int at = ps.get(0).name().span().lo();
                d.suggestion("consider introducing lifetime `" + lt.name() + "` here", new Span(at, at), lt.name() + ", ");
            }
        }
        cx.report(d.build());
    }

    private static List<Owner> with(List<Owner> outer, Generics g, Span nameEnd) {
        List<Owner> out = new ArrayList<>(outer);
        out.add(new Owner(g, nameEnd));
        return out;
    }

    private static Span end(Ident name) { return new Span(name.span().hi(), name.span().hi()); }
}
