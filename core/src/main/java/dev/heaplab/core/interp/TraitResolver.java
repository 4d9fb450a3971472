package dev.heaplab.core.interp;

import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.FnDef;
import dev.heaplab.core.types.ImplDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.TraitDef;
import dev.heaplab.core.types.Ty;
import dev.heaplab.core.types.TySubst;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the impl of a trait for a concrete type, and the method a trait-method call runs.
 * FIXME(typeck): switch to {@code types.ImplMatcher} when it lands. Rules:
 * <ul>
 * <li>an impl matches when its self type (with its generic parameters as holes) matches the type and
 *     its trait arguments match; impls for a concrete type win over blanket impls (`impl<T> Tr for T`);</li>
 * <li>where clauses are not checked (the type checker already chose a valid impl);</li>
 * <li>a method missing from the impl is the trait's default method, run with the call's arguments.</li>
 * </ul>
 */
final class TraitResolver {
    /** A matching impl and the values of its generic parameters. */
    record Match(ImplDef impl, List<Ty> args) {}

    /** The function a call runs and its generic arguments (impl's then the method's own). */
    record Resolved(DefId fn, List<Ty> args, ImplDef impl) {}

    private final ProgramDefs defs;
    private final Map<List<Object>, Match> cache = new HashMap<>();

    TraitResolver(ProgramDefs defs) { this.defs = defs; }

    Match find(DefId trait, Ty self, List<Ty> traitArgs) {
        List<Object> key = List.of(trait, self, traitArgs);
        if (cache.containsKey(key)) return cache.get(key);
        cache.put(key, null);
        Match found = null;
        finding++;
        try {
            found = search(trait, self, traitArgs);
        } finally {
            finding--;
        }
        cache.put(key, found);
        return found;
    }

    private Match search(DefId trait, Ty self, List<Ty> traitArgs) {
        Match found = null;
        // `From<X> for X` is always std's identity impl: by coherence no other impl applies (`?` on a
        // `Box<dyn Error>` into a `Box<dyn Error>` must not box it again through `From<E: Error>`).
        dev.heaplab.core.types.TraitDef td = defs.trait(trait);
        boolean identity = td != null && td.name().equals("From") && traitArgs.size() == 1 && traitArgs.get(0).equals(self);
        for (int k = 0; k < 2 && found == null; k++) {
            int pass = identity ? 1 - k : k;
            for (ImplDef impl : defs.implsOf(trait)) {
                if (!trait.equals(impl.trait())) continue;
                boolean blanket = impl.selfTy() instanceof Ty.Param;
                if (blanket != (pass == 1)) continue;
                Ty[] binds = new Ty[impl.generics().params().size()];
                if (!match(impl.selfTy(), self, binds)) continue;
                boolean ok = true;
                for (int i = 0; i < impl.traitArgs().size() && i < traitArgs.size() && ok; i++)
                    ok = match(impl.traitArgs().get(i), traitArgs.get(i), binds);
                if (!ok) continue;
                inferFromPredicates(impl.generics(), binds);
                List<Ty> args = new ArrayList<>();
                for (Ty b : binds) args.add(b == null ? Ty.UNIT : b);
                // Coherence: when an impl with concrete trait arguments applies, an overlapping generic
                // one (`From<E> for Box<dyn Error>` beside `From<&str>`) is excluded by its bounds.
                // likewise an impl for a concrete self type (`Clone for Box<dyn B>`) over a generic one
                // (`Clone for Box<T>` where `T: Clone`, which `dyn B` is not)
                if (found == null || genericTraitArgs(found.impl()) && !genericTraitArgs(impl)
                        || genericSelf(found.impl()) && !genericSelf(impl) && !genericTraitArgs(impl)) found = new Match(impl, args);
                if (!genericTraitArgs(found.impl()) && !genericSelf(found.impl())) break;
            }
        }
        return found;
    }

    private static boolean genericSelf(ImplDef impl) {
        return dev.heaplab.core.types.TySubst.any(impl.selfTy(), x -> x instanceof Ty.Param);
    }

    private static boolean genericTraitArgs(ImplDef impl) {
        return impl.traitArgs().stream().anyMatch(t -> dev.heaplab.core.types.TySubst.any(t, x -> x instanceof Ty.Param));
    }

    /**
     * Binds impl parameters that only appear in where clauses (`impl<B, I, F: FnMut(I::Item) -> B>
     * Iterator for Map<I, F>`): each predicate's associated-type equalities are matched against the
     * concrete associated types (a callable's `Output` is its signature's return type).
     */
    private void inferFromPredicates(dev.heaplab.core.types.GenericsDef g, Ty[] binds) {
        for (int pass = 0; pass < 3; pass++) {
            boolean changed = false;
            for (dev.heaplab.core.types.GenericsDef.Predicate p : g.predicates()) {
                if (p.assocBindings().isEmpty()) continue;
                Ty self = substBinds(p.self(), binds);
                if (TySubst.needsSubst(self)) continue;
                for (Map.Entry<String, Ty> e : p.assocBindings().entrySet()) {
                    Ty actual = assocOf(p.trait(), substBinds(p.traitArgs(), binds), e.getKey(), self);
                    if (actual == null || TySubst.needsSubst(actual)) continue;
                    Ty[] before = binds.clone();
                    match(e.getValue(), actual, binds);
                    if (!java.util.Arrays.equals(before, binds)) changed = true;
                }
            }
            if (!changed) return;
        }
    }

    private static Ty substBinds(Ty t, Ty[] binds) {
        return TySubst.map(t, x -> x instanceof Ty.Param p && p.index() < binds.length && binds[p.index()] != null
                ? binds[p.index()] : x);
    }

    private static List<Ty> substBinds(List<Ty> ts, Ty[] binds) {
        List<Ty> out = new ArrayList<>();
        for (Ty t : ts) out.add(substBinds(t, binds));
        return out;
    }

    /** `<self as trait>::name` for a concrete self, or null when unknown. */
    private Ty assocOf(DefId trait, List<Ty> traitArgs, String name, Ty self) {
        TraitDef td = defs.trait(trait);
        String lang = td == null ? null : td.lang();
        if (name.equals("Output") && lang != null && (lang.equals("Fn") || lang.equals("FnMut") || lang.equals("FnOnce"))) {
            Ty callee = self;
            // through references and boxes (std's `Fn*` impls for `&F`, `&mut F` and `Box<F>`)
            for (int i = 0; i < 8; i++) {
                if (callee instanceof Ty.Ref r) callee = r.inner();
                else if (callee instanceof Ty.Adt a && defs.adt(a.def()) != null && defs.adt(a.def()).lang() == dev.heaplab.core.types.LangItem.BOX
                        && !a.args().isEmpty()) callee = a.args().get(0);
                else break;
            }
            return switch (callee) {
                case Ty.Dynamic d when defs.trait(d.trait()) instanceof TraitDef dt && dt.lang() != null
                        && dt.lang().startsWith("Fn") && d.traitArgs().size() > 1 -> d.traitArgs().get(1);
                case Ty.Closure c -> {
                    var cd = defs.closure(c.def());
                    yield cd == null ? null : normalize(TySubst.subst(cd.sig().output(), c.parentArgs()));
                }
                case Ty.FnDef f -> {
                    var fd = defs.fn(f.def());
                    yield fd == null ? null : normalize(TySubst.subst(fd.sig().output(), f.args()));
                }
                case Ty.FnPtr f -> f.ret();
                default -> null;
            };
        }
        Ty n = normalize(new Ty.Projection(trait, traitArgs, name, self));
        return n instanceof Ty.Projection ? null : n;
    }

    /** The trait with this lang name's impl for the type, or null. */
    Match findLang(String lang, Ty self) {
        java.util.IdentityHashMap<Ty, Object> byTy = langById.get(lang);
        if (byTy == null) langById.put(lang, byTy = new java.util.IdentityHashMap<>());
        Object known = byTy.get(self);
        if (known != null) return known == NO_MATCH ? null : (Match) known;
        TraitDef t = defs.langTrait(lang);
        Match found = t == null ? null : find(t.id(), self, List.of());
        if (finding == 0) { // an answer found inside another search may be provisional
            if (byTy.size() >= 4096) byTy.clear();
            byTy.put(self, found == null ? NO_MATCH : found);
        }
        return found;
    }

    /**
     * Front cache of {@link #findLang} by type identity (the machine asks again and again with the same
     * type objects, `Clone` and `Drop` at every clone and drop; {@link #find}'s key hashes whole types).
     */
    private final Map<String, java.util.IdentityHashMap<Ty, Object>> langById = new HashMap<>();
    private static final Object NO_MATCH = new Object();
    private int finding;

    Resolved resolveMethod(FnDef method, List<Ty> args) {
        TraitDef trait = defs.trait(method.parentTrait());
        int traitParams = trait == null ? 1 : Math.max(1, trait.generics().params().size());
        if (args.isEmpty()) return new Resolved(method.id(), args, null);
        Ty self = args.get(0);
        List<Ty> traitArgs = args.subList(1, Math.min(traitParams, args.size()));
        List<Ty> own = args.size() > traitParams ? args.subList(traitParams, args.size()) : List.of();
        Match m = find(method.parentTrait(), self, traitArgs);
        if (m != null) {
            DefId implFn = m.impl().methods().get(method.name());
            if (implFn != null) {
                List<Ty> all = new ArrayList<>(m.args());
                all.addAll(own);
                return new Resolved(implFn, all, m.impl());
            }
        }
        return new Resolved(method.id(), args, m == null ? null : m.impl());
    }

    /** Replaces `<T as Trait>::Name` with concrete self types by the impl's associated type. */
    Ty normalize(Ty ty) { return normalize(ty, 0); }

    private Ty normalize(Ty ty, int depth) {
        if (depth > 16) return ty;
        return TySubst.map(ty, t -> {
            if (t instanceof Ty.Projection p && p.self() instanceof Ty.Dynamic d && d.trait().equals(p.trait())
                    && defs.trait(d.trait()) instanceof TraitDef td) {
                // `<dyn Iterator<Item = u32> as Iterator>::Item` is the binding written in the object type
                int idx = td.assocTypes().indexOf(p.name());
                int own = d.traitArgs().size() - td.assocTypes().size();
                if (idx >= 0 && own >= 0) return d.traitArgs().get(own + idx);
            }
            if (t instanceof Ty.Projection p && !TySubst.needsSubst(p.self())) {
                Match m = find(p.trait(), p.self(), p.traitArgs());
                if (m != null && m.impl().assocTypes().containsKey(p.name())) {
                    Ty r = TySubst.subst(m.impl().assocTypes().get(p.name()), m.args());
                    return TySubst.needsSubst(r) ? normalize(r, depth + 1) : r;
                }
            }
            return t;
        });
    }

    static boolean match(Ty pat, Ty ty, Ty[] binds) {
        if (pat instanceof Ty.Param p && p.index() < binds.length) {
            Ty erased = eraseRegions(ty);
            if (binds[p.index()] == null) {
                binds[p.index()] = erased;
                return true;
            }
            return binds[p.index()].equals(erased);
        }
        return switch (pat) {
            case Ty.Ref r -> ty instanceof Ty.Ref o && r.mutable() == o.mutable() && match(r.inner(), o.inner(), binds);
            case Ty.RawPtr r -> ty instanceof Ty.RawPtr o && r.mutable() == o.mutable() && match(r.inner(), o.inner(), binds);
            case Ty.Adt a -> ty instanceof Ty.Adt o && a.def().equals(o.def()) && all(a.args(), o.args(), binds);
            case Ty.Tuple t -> ty instanceof Ty.Tuple o && all(t.elems(), o.elems(), binds);
            case Ty.Array a -> ty instanceof Ty.Array o && (a.len() == o.len() || a.len() == Ty.Array.ANY_LEN) && match(a.elem(), o.elem(), binds);
            case Ty.Slice s -> ty instanceof Ty.Slice o && match(s.elem(), o.elem(), binds);
            case Ty.FnPtr f -> ty instanceof Ty.FnPtr o && all(f.params(), o.params(), binds) && match(f.ret(), o.ret(), binds);
            case Ty.Dynamic d -> ty instanceof Ty.Dynamic o && d.trait().equals(o.trait()) && d.autos() == o.autos();
            default -> pat.equals(ty);
        };
    }

    /** The type with every lifetime erased (lifetimes never select an impl at run time). */
    static Ty eraseRegions(Ty t) {
        return TySubst.map(t, x -> x instanceof Ty.Ref r && r.region() != dev.heaplab.core.types.Region.ERASED
                ? new Ty.Ref(dev.heaplab.core.types.Region.ERASED, r.mutable(), r.inner()) : x);
    }

    private static boolean all(List<Ty> ps, List<Ty> ts, Ty[] binds) {
        if (ps.size() != ts.size()) return false;
        for (int i = 0; i < ps.size(); i++) if (!match(ps.get(i), ts.get(i), binds)) return false;
        return true;
    }

    static String describe(Ty[] binds) { return Arrays.toString(binds); }
}
