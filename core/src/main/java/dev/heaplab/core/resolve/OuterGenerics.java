package dev.heaplab.core.resolve;

import dev.heaplab.core.diag.Diagnostic;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.syntax.Generics;
import dev.heaplab.core.syntax.Ident;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;

/**
 * rustc's E0401: an item nested in a function's body (`fn inner(y: T)`, `struct Inner { y: T }`)
 * names a type parameter of the function around it, or of that function's impl. A nested item is
 * independent of its parent: it sees the parent's names but not its generics. Found on the path of
 * "cannot find type" (E0425), which it replaces.
 */
final class OuterGenerics {
    private OuterGenerics() {}

    /** The E0401 for type {@code name} used at {@code use}, or null when no enclosing item declares it. */
    static Diagnostic find(ProgramCx cx, Span use, String name) {
        Ident param = null;
        for (FnDef outer : cx.defs.fns()) {
            Item.FnDecl decl = outer.decl();
            if (decl == null || decl.body() == null || !contains(decl.body().span(), use)) continue;
            param = typeParam(decl.generics(), name);
            ImplDef impl = outer.parentImpl() == null ? null : cx.defs.impl(outer.parentImpl());
            if (param == null && impl != null && impl.decl() != null) param = typeParam(impl.decl(), name);
            if (param != null) break;
        }
        if (param == null) return null;
        Diagnostic.Builder d = Diagnostic.error("E0401", "can't use generic parameters from outer item")
                .secondary(param.span(), "type parameter from outer item")
                .primary(use, "use of generic parameter from outer item");
        Item inner = innermost(cx, use);
        if (inner != null) {
            Generics generics = inner instanceof Item.FnDecl f ? f.generics()
                    : inner instanceof Item.StructDecl s ? s.generics() : ((Item.EnumDecl) inner).generics();
            Ident innerName = inner instanceof Item.FnDecl f ? f.name()
                    : inner instanceof Item.StructDecl s ? s.name() : ((Item.EnumDecl) inner).name();
            String kind = inner instanceof Item.FnDecl ? "function" : inner instanceof Item.StructDecl ? "struct" : "enum";
            d.secondary(innerName.span(), "generic parameter used in this inner " + kind);
            d.note("nested items are independent from their parent item for everything except for privacy and name resolution");
            if (generics.params().isEmpty()) {
                Span after = new Span(innerName.span().hi(), innerName.span().hi());
                d.suggestion("try introducing a local generic parameter here", after, "<" + name + ">");
            } else if (!(generics.params().get(0) instanceof Generics.GenericParam.LifetimeParam)) {
                // before the first type or const parameter, as rustc inserts it (lifetimes must stay first)
                Span first = paramName(generics.params().get(0)).span();
                d.suggestion("try introducing a local generic parameter here", new Span(first.lo(), first.lo()), name + ", ");
            }
        }
        return d.build();
    }

    /** The innermost function, struct or enum declaration containing {@code use}. */
    private static Item innermost(ProgramCx cx, Span use) {
        Item best = null;
        for (Item it : cx.itemDecls.values()) {
            boolean kind = it instanceof Item.FnDecl || it instanceof Item.StructDecl || it instanceof Item.EnumDecl;
            if (!kind || !contains(it.span(), use)) continue;
            if (best == null || it.span().hi() - it.span().lo() < best.span().hi() - best.span().lo()) best = it;
        }
        return best;
    }

    private static Ident typeParam(Generics g, String name) {
        for (Generics.GenericParam p : g.params()) {
            if (p instanceof Generics.GenericParam.TypeParam t && t.name().name().equals(name)) return t.name();
        }
        return null;
    }

    private static Ident paramName(Generics.GenericParam p) {
        return switch (p) {
            case Generics.GenericParam.TypeParam t -> t.name();
            case Generics.GenericParam.ConstParam c -> c.name();
            case Generics.GenericParam.LifetimeParam l -> l.name();
        };
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.lo() <= inner.lo() && inner.hi() <= outer.hi();
    }
}
