package dev.heaplab.core.borrowck;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.diag.Diagnostics;
import dev.heaplab.core.syntax.Crate;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.syntax.Path;
import dev.heaplab.core.syntax.TypeExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports references whose lifetime can be neither written-out nor elided (E0106). Rules (rustc's
 * elision):
 * <ul>
 * <li>a struct or enum field of reference type needs a named lifetime;</li>
 * <li>an elided lifetime in a function's return type takes the lifetime of `&self`/`&mut self`
 *     if there is one, else the single lifetime of the parameters; with none or several, it is an error.</li>
 * </ul>
 * Lifetime positions of parameters are references and the lifetime parameters of the user's types
 * (written or hidden, as in `Parser` for `Parser<'a>`).
 */
public final class LifetimeElision {
    private final Diagnostics diags;
    private final Map<String, Integer> typeLifetimes = new HashMap<>();

    private LifetimeElision(Diagnostics diags) { this.diags = diags; }

    public static void check(Crate crate, Diagnostics diags) {
        LifetimeElision e = new LifetimeElision(diags);
        e.collectTypes(crate.items());
        e.items(crate.items());
    }

    private void collectTypes(List<Item> items) {
        for (Item it : items) {
            switch (it) {
                case Item.StructDecl s -> typeLifetimes.put(s.name().name(), lifetimeParams(s.generics()));
                case Item.EnumDecl en -> typeLifetimes.put(en.name().name(), lifetimeParams(en.generics()));
                case Item.ModDecl m -> collectTypes(m.items());
                default -> { }
            }
        }
    }

    private static int lifetimeParams(Generics g) {
        int n = 0;
        for (Generics.GenericParam p : g.params()) if (p instanceof Generics.GenericParam.LifetimeParam) n++;
        return n;
    }

    private void items(List<Item> items) {
        for (Item it : items) {
            switch (it) {
                case Item.FnDecl f -> fn(f);
                case Item.ImplDecl i -> {
                    implSelf(i);
                    items(i.items());
                }
                case Item.TraitDecl t -> items(t.items());
                case Item.ModDecl m -> items(m.items());
                case Item.StructDecl s -> { for (Item.FieldDecl fd : s.fields()) field(fd.type()); }
                case Item.EnumDecl en -> { for (Item.VariantDecl v : en.variants()) for (Item.FieldDecl fd : v.fields()) field(fd.type()); }
                default -> { }
            }
        }
    }

    /** E0726: `impl Parser` for `struct Parser<'a>` must write its lifetime (`Parser<'_>` at least). */
    private void implSelf(Item.ImplDecl i) {
        if (!(i.selfType() instanceof TypeExpr.PathType p)) return;
        Path.PathSegment last = p.path().last();
        Integer declared = typeLifetimes.get(last.name().name());
        if (declared == null || declared == 0) return;
        for (Path.GenericArg a : last.args()) if (a instanceof Path.GenericArg.LifetimeArg) return;
        diags.add(Diagnostic.error("E0726", "implicit elided lifetime not allowed here")
                .primary(p.span(), "expected lifetime parameter").build());
    }

    private void field(TypeExpr t) {
        List<TypeExpr.RefType> elided = new ArrayList<>();
        elidedRefs(t, elided);
        if (elided.isEmpty()) return;
        TypeExpr.RefType r = elided.get(0);
        diags.add(Diagnostic.error("E0106", "missing lifetime specifier")
                .primary(new dev.heaplab.core.source.Span(r.span().lo(), r.span().lo() + 1), "expected named lifetime parameter")
                .build());
    }

    private void fn(Item.FnDecl f) {
        if (f.ret() == null) return;
        List<TypeExpr.RefType> elided = new ArrayList<>();
        elidedRefs(f.ret(), elided);
        if (elided.isEmpty()) return;
        if (f.selfParam() != null && (f.selfParam().kind() != Item.SelfKind.VALUE
                || (f.selfParam().explicitType() != null && positions(f.selfParam().explicitType()) > 0))) return;
        int positions = 0;
        List<String> named = new ArrayList<>();
        for (Item.Param p : f.params()) {
            int n = positions(p.type());
            positions += n;
            if (n > 0) named.add(p.pattern() instanceof dev.heaplab.core.syntax.Pattern.Binding b ? "`" + b.name().name() + "`" : "argument " + (named.size() + 1));
        }
        if (positions == 1) return;
        TypeExpr.RefType r = elided.get(0);
        Diagnostic.Builder d = Diagnostic.error("E0106", "missing lifetime specifier")
                .primary(new dev.heaplab.core.source.Span(r.span().lo(), r.span().lo() + 1), "expected named lifetime parameter");
        if (positions == 0) {
            d.help("this function's return type contains a borrowed value, but there is no value for it to be borrowed from");
        } else {
            d.help("this function's return type contains a borrowed value, but the signature does not say whether it is borrowed from "
                    + String.join(", ", named.subList(0, named.size() - 1)) + " or " + named.get(named.size() - 1));
        }
        diags.add(d.build());
    }

    /** References with no written lifetime inside a type (not inside `fn(..)` types, which have their own elision). */
    private static void elidedRefs(TypeExpr t, List<TypeExpr.RefType> out) {
        switch (t) {
            case TypeExpr.RefType r -> {
                if (r.lifetime() == null) out.add(r);
                elidedRefs(r.inner(), out);
            }
            case TypeExpr.PathType p -> {
                for (Path.PathSegment s : p.path().segments()) {
                    for (Path.GenericArg a : s.args()) {
                        if (a instanceof Path.GenericArg.TypeArg ta) elidedRefs(ta.type(), out);
                    }
                }
            }
            case TypeExpr.TupleType tt -> tt.elems().forEach(e -> elidedRefs(e, out));
            case TypeExpr.ArrayType a -> elidedRefs(a.elem(), out);
            case TypeExpr.SliceType s -> elidedRefs(s.elem(), out);
            case TypeExpr.RawPtrType p -> { }
            case TypeExpr.FnPtrType f -> { }
            case TypeExpr.ImplTraitType i -> { }
            case TypeExpr.DynTraitType d -> { }
            case TypeExpr.NeverType n -> { }
            case TypeExpr.InferType i -> { }
        }
    }

    /** Lifetime positions in a parameter type: references, lifetime arguments, hidden lifetimes of user types. */
    private int positions(TypeExpr t) {
        return switch (t) {
            case TypeExpr.RefType r -> 1 + positions(r.inner());
            case TypeExpr.PathType p -> {
                int n = 0;
                for (Path.PathSegment s : p.path().segments()) {
                    int lifetimeArgs = 0;
                    for (Path.GenericArg a : s.args()) {
                        if (a instanceof Path.GenericArg.TypeArg ta) n += positions(ta.type());
                        if (a instanceof Path.GenericArg.LifetimeArg) lifetimeArgs++;
                    }
                    Integer declared = typeLifetimes.get(s.name().name());
                    n += declared != null ? Math.max(declared, lifetimeArgs) : lifetimeArgs;
                }
                yield n;
            }
            case TypeExpr.TupleType tt -> tt.elems().stream().mapToInt(this::positions).sum();
            case TypeExpr.ArrayType a -> positions(a.elem());
            case TypeExpr.SliceType s -> positions(s.elem());
            case TypeExpr.ImplTraitType i -> 0;
            case TypeExpr.DynTraitType d -> 0;
            case TypeExpr.RawPtrType p -> 0;
            case TypeExpr.FnPtrType f -> 0;
            case TypeExpr.NeverType n -> 0;
            case TypeExpr.InferType i -> 0;
        };
    }
}
