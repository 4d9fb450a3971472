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
        if (!scope.isStd() && !scope.isBlock() && !items.isEmpty()) {
            Item at = items.stream().filter(i -> i instanceof Item.UseDecl).findFirst().orElse(items.get(0));
            int lo = at.span().lo();
            List<Item.Attribute> attrs = switch (at) {
                case Item.FnDecl f -> f.attrs();
                case Item.StructDecl st -> st.attrs();
                case Item.EnumDecl e -> e.attrs();
                case Item.ImplDecl i -> i.attrs();
                case Item.TraitDecl t -> t.attrs();
                case Item.ConstDecl c -> List.of();
                case Item.StaticDecl st -> List.of();
                case Item.TypeAliasDecl a -> List.of();
                case Item.UseDecl u -> List.of();
                case Item.ModDecl m -> List.of();
                case Item.AssocTypeDecl a -> List.of();
            };
            for (Item.Attribute a : attrs) lo = Math.min(lo, a.span().lo());
            scope.importAt(lo);
        }
        for (Item it : items) collectOne(it, scope);
    }

    private void collectOne(Item it, ModuleScope scope) {
        declare(it, scope);
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
                scope.define(Ns.TYPE, m.name().name(), new Decl.Module(child));
                collect(m.items(), child);
            }
            case Item.AssocTypeDecl a -> cx.unsupported(a.span(), "associated type outside a trait or impl");
        }
    }

    /** Records the user's item under its names, for the privacy of paths ({@link NameResolver}). */
    private static void declare(Item it, ModuleScope scope) {
        if (scope.isStd()) return;
        String n = it.name().name();
        switch (it) {
            case Item.FnDecl f -> scope.declare(Ns.VALUE, n, it);
            case Item.StructDecl s -> {
                scope.declare(Ns.TYPE, n, it);
                if (s.kind() != Item.StructKind.NAMED) scope.declare(Ns.VALUE, n, it);
            }
            case Item.EnumDecl e -> scope.declare(Ns.TYPE, n, it);
            case Item.TraitDecl t -> scope.declare(Ns.TYPE, n, it);
            case Item.ConstDecl c -> scope.declare(Ns.VALUE, n, it);
            case Item.StaticDecl st -> scope.declare(Ns.VALUE, n, it);
            case Item.TypeAliasDecl a -> scope.declare(Ns.TYPE, n, it);
            case Item.ModDecl m -> scope.declare(Ns.TYPE, n, it);
            case Item.ImplDecl i -> { }
            case Item.UseDecl u -> { }
            case Item.AssocTypeDecl a -> { }
        }
    }

    private void add(Item it, ModuleScope scope, DefId d) {
        if (d != null) cx.itemDecls.put(d, it);
        if (d != null && !scope.isStd()) cx.declScopes.put(d, scope);
        collected.add(new Scoped(it, scope, d));
    }

    static int typeParamCount(dev.heaplab.core.syntax.Generics g) {
        int n = 0;
        for (var p : g.params()) if (p instanceof dev.heaplab.core.syntax.Generics.GenericParam.TypeParam) n++;
        return n;
    }
}
