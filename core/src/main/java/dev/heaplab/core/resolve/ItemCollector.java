package dev.heaplab.core.resolve;

import dev.heaplab.core.resolve.ModuleScope.Ns;
import dev.heaplab.core.syntax.Item;
import dev.heaplab.core.types.DefId;
import java.util.ArrayList;
import java.util.List;

/**
 * Phase one of item collection: gives every item a {@link DefId}, and defines its name in its module's
 * namespaces (structs in both when they are tuple or unit structs, enum variants reachable through
 * the enum). Remembers the syntactic facts later phases need (generic counts, variant and
 * associated-type names, lang traits). Phase two ({@link SignatureCollector}) lowers signatures.
 */
public final class ItemCollector {
    private final ProgramCx cx;
    /** Items in collection order with their scope, for phase two. */
    private final List<Scoped> collected = new ArrayList<>();

    /** An item with the scope it was declared in and its DefId (null for impls and uses). */
    public record Scoped(Item item, ModuleScope scope, DefId def) {}

    public ItemCollector(ProgramCx cx) { this.cx = cx; }

    public List<Scoped> collected() { return collected; }

    public void collect(List<Item> items, ModuleScope scope) {
        for (Item it : items) collectOne(it, scope);
    }

    private void collectOne(Item it, ModuleScope scope) {
        switch (it) {
            case Item.FnDecl f -> {
                DefId d = cx.defs.newDefId(f.name().name());
                scope.define(Ns.VALUE, f.name().name(), new Decl.Fn(d));
                add(it, scope, d);
            }
            case Item.StructDecl s -> {
                DefId d = cx.defs.newDefId(s.name().name());
                scope.define(Ns.TYPE, s.name().name(), new Decl.Adt(d));
                // A `#[lang]` unit struct of std is a native type (String, Vec…): it has no value constructor.
                // Lang structs that derive traits (fmt::Error) are real unit structs and keep theirs.
                boolean nativeType = s.attrs().stream().anyMatch(a -> a.name().equals("lang"))
                        && s.attrs().stream().noneMatch(a -> a.name().equals("derive"));
                if (s.kind() != Item.StructKind.NAMED && !nativeType) scope.define(Ns.VALUE, s.name().name(), new Decl.Ctor(d, 0));
                cx.adtParamCount.put(d, typeParamCount(s.generics()));
                cx.resolver.registerVariants(d, List.of());
                add(it, scope, d);
            }
            case Item.EnumDecl e -> {
                DefId d = cx.defs.newDefId(e.name().name());
                scope.define(Ns.TYPE, e.name().name(), new Decl.Adt(d));
                cx.adtParamCount.put(d, typeParamCount(e.generics()));
                List<String> names = new ArrayList<>();
                for (Item.VariantDecl v : e.variants()) names.add(v.name().name());
                cx.resolver.registerVariants(d, names);
                add(it, scope, d);
            }
            case Item.TraitDecl t -> {
                DefId d = cx.defs.newDefId(t.name().name());
                scope.define(Ns.TYPE, t.name().name(), new Decl.Trait(d));
                cx.traitParamCount.put(d, typeParamCount(t.generics()));
                List<String> assoc = new ArrayList<>();
                for (Item sub : t.items()) if (sub instanceof Item.AssocTypeDecl a) assoc.add(a.name().name());
                cx.traitAssoc.put(d, assoc);
                if (scope.isStd()) cx.registerLangTrait(Attributes.value(t.attrs(), "lang", t.name().name()), d);
                add(it, scope, d);
            }
            case Item.ImplDecl i -> add(it, scope, null);
            case Item.ConstDecl c -> {
                DefId d = cx.defs.newDefId(c.name().name());
                scope.define(Ns.VALUE, c.name().name(), new Decl.Const(d));
                add(it, scope, d);
            }
            case Item.StaticDecl s -> {
                DefId d = cx.defs.newDefId(s.name().name());
                scope.define(Ns.VALUE, s.name().name(), new Decl.Static(d));
                add(it, scope, d);
            }
            case Item.TypeAliasDecl a -> scope.define(Ns.TYPE, a.name().name(), new Decl.Alias(a, scope));
            case Item.UseDecl u -> scope.uses().addAll(u.entries());
            case Item.ModDecl m -> {
                ModuleScope child = new ModuleScope(m.name().name(), scope, scope.isStd(), false);
                if (!scope.isStd()) recordPrivateItems(m, child);
                scope.define(Ns.TYPE, m.name().name(), new Decl.Module(child));
                collect(m.items(), child);
            }
            case Item.AssocTypeDecl a -> cx.unsupported(a.span(), "associated type outside a trait or impl");
        }
    }

    /**
     * Privacy is not checked yet (rustc's E0603). A module's private items are recorded for the
     * resolver, which refuses a path naming one from outside the module. Private fields and inherent
     * methods (E0616, E0624, E0451) are not judged: a `pub` type's private members are used through
     * values, not paths (the Book's `Post` with its private `state`), and refusing them would refuse
     * the programs that keep them private correctly.
     */
    private void recordPrivateItems(Item.ModDecl m, ModuleScope child) {
        for (Item it : m.items()) {
            switch (it) {
                case Item.FnDecl f -> { if (!f.isPub()) child.markPrivate(Ns.VALUE, f.name().name(), f.name().span()); }
                case Item.StructDecl s -> {
                    if (!writtenPub(s.span())) {
                        child.markPrivate(Ns.TYPE, s.name().name(), s.name().span());
                        child.markPrivate(Ns.VALUE, s.name().name(), s.name().span());
                    }
                }
                case Item.EnumDecl e -> { if (!writtenPub(e.span())) child.markPrivate(Ns.TYPE, e.name().name(), e.name().span()); }
                case Item.TraitDecl t -> { if (!writtenPub(t.span())) child.markPrivate(Ns.TYPE, t.name().name(), t.name().span()); }
                case Item.ConstDecl c -> { if (!writtenPub(c.span())) child.markPrivate(Ns.VALUE, c.name().name(), c.name().span()); }
                case Item.StaticDecl st -> { if (!writtenPub(st.span())) child.markPrivate(Ns.VALUE, st.name().name(), st.name().span()); }
                case Item.TypeAliasDecl a -> { if (!writtenPub(a.span())) child.markPrivate(Ns.TYPE, a.name().name(), a.name().span()); }
                case Item.ModDecl inner -> { if (!writtenPub(inner.span())) child.markPrivate(Ns.TYPE, inner.name().name(), inner.name().span()); }
                default -> { }
            }
        }
    }

    /** An item's span starts at its visibility (the parser takes it before `pub`), so its text tells. */
    private boolean writtenPub(dev.heaplab.core.source.Span span) {
        var file = cx.sources == null ? null : cx.sources.fileOf(span);
        return file == null || file.slice(span).startsWith("pub");
    }

    private void add(Item it, ModuleScope scope, DefId d) {
        if (d != null) cx.itemDecls.put(d, it);
        collected.add(new Scoped(it, scope, d));
    }

    static int typeParamCount(dev.heaplab.core.syntax.Generics g) {
        int n = 0;
        for (var p : g.params()) if (p instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam) n++;
        return n;
    }
}
