package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every definition of a program (user items, the modelled standard library, closures), by {@link DefId}.
 * Filled by resolution and type checking; read-only for later stages.
 */
public final class ProgramDefs implements DefNames {
    /**
     * The definitions this one extends (the std stubs', shared read-only), or null. Each table below
     * holds only what was added or replaced here; a lookup falls back on the base's, and a listing
     * shows the base's definitions first (a replaced one in its place), then the added ones in order,
     * as a full copy of the base's tables extended in place would.
     */
    private final ProgramDefs base;
    private final Layer<AdtDef> adts;
    private final Layer<FnDef> fns;
    private final Layer<TraitDef> traits;
    private final Layer<ImplDef> impls;
    private final Layer<ClosureDef> closures;
    private final Layer<ConstDef> consts;
    private final Map<DefId, String> names = new HashMap<>();
    /** {@link #impls} by implemented trait (null: inherent impls), each in the order of {@link #impls()}; a trait absent here has the base's list. */
    private final Map<DefId, List<ImplDef>> implsByTrait = new HashMap<>();
    /** The first function (in the order of {@link #fns()}) with each builtin key; the base's apply where absent. */
    private final Map<String, DefId> builtinByKey = new HashMap<>();
    /** The bounds of each function's `impl Trait` return type (self: {@link Ty#ERROR}) and its written lifetimes. */
    private final Map<DefId, OpaqueBounds> opaques = new HashMap<>();
    private int next;
    private int implsVersion;

    /** A function's `impl Trait` return type: its trait bounds in the function's generics, and its lifetime bounds (`'_`). */
    public record OpaqueBounds(List<GenericsDef.Predicate> bounds, List<String> lifetimes, List<String> captures) {
        public OpaqueBounds {
            bounds = List.copyOf(bounds);
            lifetimes = List.copyOf(lifetimes);
            captures = captures == null ? null : List.copyOf(captures);
        }

        /** Without a `use<..>` list, edition 2024 captures every lifetime in scope. */
        public boolean captures(String lifetime) { return captures == null || captures.contains(lifetime); }
    }

    public void putOpaque(DefId fn, OpaqueBounds b) { opaques.put(fn, b); }

    /** The bounds of {@code fn}'s `impl Trait` return type, or null when it has none. */
    public OpaqueBounds opaque(DefId fn) {
        OpaqueBounds b = opaques.get(fn);
        return b != null || base == null ? b : base.opaque(fn);
    }

    public ProgramDefs() { this(null); }

    private ProgramDefs(ProgramDefs base) {
        this.base = base;
        this.adts = new Layer<>(base == null ? null : base.adts, base == null ? 0 : base.next, AdtDef::id);
        this.fns = new Layer<>(base == null ? null : base.fns, base == null ? 0 : base.next, FnDef::id);
        this.traits = new Layer<>(base == null ? null : base.traits, base == null ? 0 : base.next, TraitDef::id);
        this.impls = new Layer<>(base == null ? null : base.impls, base == null ? 0 : base.next, ImplDef::id);
        this.closures = new Layer<>(base == null ? null : base.closures, base == null ? 0 : base.next, ClosureDef::id);
        this.consts = new Layer<>(base == null ? null : base.consts, base == null ? 0 : base.next, ConstDef::id);
        this.next = base == null ? 0 : base.next;
    }

    /**
     * A copy to extend: the same definitions, and new DefIds continuing after this one's. The std stubs'
     * definitions are made once per JVM; each compile adds its program's to its own copy, which reads
     * them through (this one must not change afterwards). A copy of a copy is a {@link #detached} one.
     */
    public ProgramDefs copy() {
        return base == null ? new ProgramDefs(this) : detached();
    }

    /** A copy holding all the definitions itself (a base that copies are made of: see {@link #copy}). */
    public ProgramDefs detached() {
        ProgramDefs c = new ProgramDefs();
        for (AdtDef d : adts()) c.adts.put(d.id(), d);
        for (FnDef d : fns()) c.put(d);
        for (TraitDef d : traits()) c.traits.put(d.id(), d);
        for (ImplDef d : impls()) c.impls.put(d.id(), d);
        for (ClosureDef d : closures()) c.closures.put(d.id(), d);
        for (ConstDef d : consts()) c.consts.put(d.id(), d);
        if (base != null) c.names.putAll(base.names);
        c.names.putAll(names);
        if (base != null) c.opaques.putAll(base.opaques);
        c.opaques.putAll(opaques);
        for (ImplDef d : impls()) c.implsByTrait.computeIfAbsent(d.trait(), t -> new ArrayList<>()).add(d);
        c.next = next;
        return c;
    }

    /**
     * One table of definitions by DefId over an optional base table: own entries (added, or replacing
     * the base's), the base's read through. Listing order: the base's, then the added ones.
     */
    private static final class Layer<V> {
        private final Layer<V> base;
        private final java.util.function.Function<V, DefId> idOf;
        private final Map<DefId, V> own = new java.util.HashMap<>();
        /** Own entries that the base does not have, in insertion order. */
        private final List<V> added = new ArrayList<>();
        /** Whether some own entry has a DefId the base made (replacing one of its entries, say): lookups and listings must look here first. */
        private boolean replacesBase;
        /** The number of DefIds the base had made: ids from here on are only ever this table's. */
        private final int baseSize;
        private final Collection<V> view;
        /** Own entries by DefId index from {@link #firstDense} on (the ids made here): one array read instead of hashing a DefId. */
        private Object[] dense = new Object[16];
        private final int firstDense;

        Layer(Layer<V> base, int baseSize, java.util.function.Function<V, DefId> idOf) {
            this.firstDense = base == null ? 0 : baseSize;
            this.base = base;
            this.baseSize = baseSize;
            this.idOf = idOf;
            this.view = new java.util.AbstractCollection<>() {
                @Override public java.util.Iterator<V> iterator() { return values(); }
                @Override public int size() { return (Layer.this.base == null ? 0 : Layer.this.base.view.size()) + added.size(); }
            };
        }

        @SuppressWarnings("unchecked")
        V get(DefId id) {
            // one lookup in the common cases: a DefId the base made, or one made here
            int i = id.index() - firstDense;
            if (i >= 0) return i < dense.length ? (V) dense[i] : null;
            if (base == null) return own.get(id);
            V v = replacesBase ? own.get(id) : null;
            return v != null ? v : base.get(id);
        }

        /** Returns the replaced value, or null. */
        V put(DefId id, V v) {
            V old = get(id);
            int i = id.index() - firstDense;
            if (i >= 0) {
                if (i >= dense.length) dense = java.util.Arrays.copyOf(dense, Math.max(i + 1, dense.length * 2));
                dense[i] = v;
            } else {
                own.put(id, v); // ids below the dense range: negative ones, or the base's being replaced
            }
            if (base != null && (id.index() < baseSize || id.index() < 0)) replacesBase = true;
            if (old == null) added.add(v);
            else if (base == null || base.get(id) == null) added.set(indexOf(added, old), v);
            return old;
        }

        private static <V> int indexOf(List<V> l, V v) {
            for (int i = 0; i < l.size(); i++) if (l.get(i) == v) return i;
            throw new IllegalStateException("a replaced definition is missing from its table");
        }

        /** The entries whose DefIds are {@code first} or later, in listing order; past the base's ids, only the added ones are read. */
        List<V> from(int first) {
            List<V> out = new ArrayList<>();
            java.util.Iterator<V> it = base != null && first >= baseSize ? added.iterator() : values();
            while (it.hasNext()) {
                V v = it.next();
                if (idOf.apply(v).index() >= first) out.add(v);
            }
            return out;
        }

        private java.util.Iterator<V> values() {
            if (base == null) return java.util.Collections.unmodifiableCollection(added).iterator();
            java.util.Iterator<V> under = base.values();
            java.util.Iterator<V> mine = added.iterator();
            return new java.util.Iterator<>() {
                @Override public boolean hasNext() { return under.hasNext() || mine.hasNext(); }

                @Override public V next() {
                    if (!under.hasNext()) return mine.next();
                    V v = under.next();
                    if (!replacesBase) return v;
                    V replaced = own.get(idOf.apply(v));
                    return replaced == null ? v : replaced;
                }
            };
        }
    }

    /** The number of DefIds made so far: the next one's index. */
    public int size() { return next; }

    public DefId newDefId(String name) {
        DefId id = new DefId(next++);
        names.put(id, name);
        return id;
    }

    public void put(AdtDef d) {
        adtsVersion++;
        adts.put(d.id(), d);
    }

    private int adtsVersion;

    public void put(FnDef d) {
        FnDef old = fns.put(d.id(), d);
        if (old != null && old.builtinKey() != null && !old.builtinKey().equals(d.builtinKey())) {
            // rare: a replaced builtin changes its key; index the whole listing here
            builtinByKey.clear();
            for (FnDef f : fns()) if (f.builtinKey() != null) builtinByKey.putIfAbsent(f.builtinKey(), f.id());
            builtinsAllHere = true;
        } else if (d.builtinKey() != null && builtin(d.builtinKey()) == null) {
            builtinByKey.put(d.builtinKey(), d.id());
        }
    }

    /** Set when {@link #builtinByKey} indexes the base's functions too. */
    private boolean builtinsAllHere;

    /** The first function (in the order of {@link #fns()}) whose builtin key is {@code key}, or null. */
    public DefId builtin(String key) {
        DefId id = builtinByKey.get(key);
        return id != null || base == null || builtinsAllHere ? id : base.builtin(key);
    }

    public void put(TraitDef d) {
        traitsVersion++;
        traits.put(d.id(), d);
    }

    private int traitsVersion;

    /** Changes whenever a trait is added or replaced (for indexes built over the traits). */
    public int traitsVersion() { return traitsVersion; }

    public void put(ImplDef d) {
        implsVersion++;
        ImplDef old = impls.put(d.id(), d);
        if (old == null) {
            implsByTrait.computeIfAbsent(d.trait(), t -> new ArrayList<>(base == null ? List.of() : base.implsOf(t))).add(d);
            return;
        }
        // a replaced impl keeps its place, as in the map
        for (DefId t : java.util.Arrays.asList(old.trait(), d.trait())) {
            List<ImplDef> l = new ArrayList<>();
            for (ImplDef i : impls()) if (java.util.Objects.equals(i.trait(), t)) l.add(i);
            implsByTrait.put(t, l);
        }
    }

    public void put(ClosureDef d) { closures.put(d.id(), d); }

    public void put(ConstDef d) { consts.put(d.id(), d); }

    public AdtDef adt(DefId id) { return adts.get(id); }

    /** A `const` or `static` item, or null. */
    public ConstDef constant(DefId id) { return consts.get(id); }

    public Collection<ConstDef> consts() { return consts.view; }

    public FnDef fn(DefId id) { return fns.get(id); }

    public TraitDef trait(DefId id) { return traits.get(id); }

    public ImplDef impl(DefId id) { return impls.get(id); }

    public ClosureDef closure(DefId id) { return closures.get(id); }

    public Collection<AdtDef> adts() { return adts.view; }

    public Collection<FnDef> fns() { return fns.view; }

    public Collection<TraitDef> traits() { return traits.view; }

    public Collection<ImplDef> impls() { return impls.view; }

    /** Changes whenever an impl is added or replaced (for indexes built over the impls). */
    public int implsVersion() { return implsVersion; }

    /** The impls of one trait, or with null the inherent impls; in the order of {@link #impls()}. */
    public List<ImplDef> implsOf(DefId trait) {
        List<ImplDef> l = implsByTrait.get(trait);
        if (l == null) return base == null ? List.of() : base.implsOf(trait);
        return java.util.Collections.unmodifiableList(l);
    }

    /** Whether the program or std implements `Drop` for this ADT (for any of its arguments). */
    public boolean hasDropImpl(Ty.Adt a) {
        TraitDef drop = langTrait("Drop");
        if (drop == null) return false;
        for (ImplDef impl : implsOf(drop.id())) { // Drop's impls only, not every impl
            if (drop.id().equals(impl.trait()) && impl.selfTy() instanceof Ty.Adt s && s.def().equals(a.def())) return true;
        }
        return false;
    }

    public Collection<ClosureDef> closures() { return closures.view; }

    /**
     * The functions whose DefIds are {@code first} or later, in the order of {@link #fns()}: with the
     * std stubs' {@link #size()}, a compile's own, without walking the stubs' (a copy made later).
     */
    public List<FnDef> fnsFrom(int first) { return fns.from(first); }

    /** The closures whose DefIds are {@code first} or later, in the order of {@link #closures()} (a copy). */
    public List<ClosureDef> closuresFrom(int first) { return closures.from(first); }

    /** The same for the ADTs, traits, impls and constants (a compile's own, with the stubs' {@link #size()}). */
    public List<AdtDef> adtsFrom(int first) { return adts.from(first); }

    public List<TraitDef> traitsFrom(int first) { return traits.from(first); }

    public List<ImplDef> implsFrom(int first) { return impls.from(first); }

    public List<ConstDef> constsFrom(int first) { return consts.from(first); }

    /** The ADT with this lang role, or null when the program does not use it: the first in the order of {@link #adts()}. */
    public AdtDef langAdt(LangItem item) {
        LangAdts l = langAdts;
        if (l == null || l.version() != adtsVersion) {
            Map<LangItem, AdtDef> byLang = new HashMap<>();
            for (AdtDef d : adts()) if (d.lang() != null) byLang.putIfAbsent(d.lang(), d);
            langAdts = l = new LangAdts(adtsVersion, byLang);
        }
        return l.byLang().get(item);
    }

    /** The ADTs by lang role as of one {@link #adtsVersion}, as {@link #langTraits} for traits. */
    private volatile LangAdts langAdts;

    private record LangAdts(int version, Map<LangItem, AdtDef> byLang) {}

    /** The trait with this lang role ("Drop", "Clone", ...), or null: the first one in the order of {@link #traits()}. */
    public TraitDef langTrait(String lang) {
        java.util.Objects.requireNonNull(lang);
        LangTraits l = langTraits;
        if (l == null || l.version() != traitsVersion) {
            Map<String, TraitDef> byLang = new HashMap<>();
            for (TraitDef d : traits()) if (d.lang() != null) byLang.putIfAbsent(d.lang(), d);
            langTraits = l = new LangTraits(traitsVersion, byLang);
        }
        return l.byLang().get(lang);
    }

    /**
     * The traits by lang role as of one {@link #traitsVersion}: the machine and the checkers ask for
     * them item after item, and a walk over the listing was a few percent of a collect. Volatile: the
     * std stubs' table is read by concurrent compiles (a lost update only builds it again).
     */
    private volatile LangTraits langTraits;

    private record LangTraits(int version, Map<String, TraitDef> byLang) {}

    @Override public String opaque(DefId fn, List<Ty> args) {
        OpaqueBounds b = opaque(fn);
        if (b == null) return "impl ?";
        List<String> parts = new ArrayList<>();
        for (GenericsDef.Predicate p : b.bounds()) {
            TraitDef t = trait(p.trait());
            String lang = t == null ? null : t.lang();
            StringBuilder sb = new StringBuilder(path(p.trait()));
            List<Ty> targs = TySubst.subst(p.traitArgs(), args);
            if (("Fn".equals(lang) || "FnMut".equals(lang) || "FnOnce".equals(lang)) && targs.size() == 1 && targs.get(0) instanceof Ty.Tuple tu) {
                sb.append(tu.elems().stream().map(x -> x.display(this)).collect(java.util.stream.Collectors.joining(", ", "(", ")")));
                Ty out = p.assocBindings().get("Output");
                if (out != null && !out.isUnit()) sb.append(" -> ").append(TySubst.subst(out, args).display(this));
            } else {
                List<String> shown = new ArrayList<>();
                for (Ty a : targs) shown.add(a.display(this));
                p.assocBindings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> shown.add(e.getKey() + " = " + TySubst.subst(e.getValue(), args).display(this)));
                if (!shown.isEmpty()) sb.append("<").append(String.join(", ", shown)).append(">");
            }
            parts.add(sb.toString());
        }
        parts.addAll(b.lifetimes());
        return "impl " + String.join(" + ", parts);
    }

    @Override public int lifetimeParams(DefId def) {
        AdtDef a = adt(def);
        return a == null ? 0 : a.lifetimes();
    }

    /** rustc's trimmed paths: a std item by its path when std has another item of its name, or the crate one ({@link StdPaths}). */
    @Override public String path(DefId def) {
        String n = name(def);
        AdtDef a = adt(def);
        TraitDef t = a == null ? trait(def) : null;
        String full = a != null ? a.stdPath() : t != null ? t.stdPath() : null;
        return full != null && (StdPaths.ambiguous(n) || crateTypeNames().contains(n)) ? full : n;
    }

    /** The names of the crate's own structs, enums and traits (not the stubs'), as of one version of the tables. */
    private java.util.Set<String> crateTypeNames() {
        CrateNames c = crateNames;
        if (c == null || c.adts() != adtsVersion || c.traits() != traitsVersion) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (AdtDef d : adtsFrom(base == null ? 0 : base.next)) if (d.stdPath() == null && !isStub(d.span())) out.add(d.name());
            for (TraitDef d : traitsFrom(base == null ? 0 : base.next)) if (d.stdPath() == null && !isStub(d.span())) out.add(d.name());
            crateNames = c = new CrateNames(adtsVersion, traitsVersion, out);
        }
        return c.names();
    }

    /** Whether a span lies in the std stubs (positioned from 2^30: typeck.CheckedStd.FIRST_POS). */
    private static boolean isStub(dev.heaplab.core.source.Span s) { return s != null && s.lo() >= 1 << 30; }

    private volatile CrateNames crateNames;

    private record CrateNames(int adts, int traits, java.util.Set<String> names) {}

    @Override public String name(DefId def) {
        String n = names.get(def);
        return n != null || base == null ? (n == null ? "?" : n) : base.name(def);
    }
}
