package dev.heaplab.core.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every definition of a program (user items, the modelled standard library, closures), by {@link DefId}.
 * Filled by resolution and type checking; read-only for later stages.
 */
public final class ProgramDefs implements DefNames {
    private final Map<DefId, AdtDef> adts = new LinkedHashMap<>();
    private final Map<DefId, FnDef> fns = new LinkedHashMap<>();
    private final Map<DefId, TraitDef> traits = new LinkedHashMap<>();
    private final Map<DefId, ImplDef> impls = new LinkedHashMap<>();
    private final Map<DefId, ClosureDef> closures = new LinkedHashMap<>();
    private final Map<DefId, ConstDef> consts = new LinkedHashMap<>();
    private final Map<DefId, String> names = new LinkedHashMap<>();
    /** {@link #impls} by implemented trait (null: inherent impls), each in the order of {@link #impls()}. */
    private final Map<DefId, List<ImplDef>> implsByTrait = new HashMap<>();
    private int next;
    private int implsVersion;

    public ProgramDefs() {}

    /**
     * A copy to extend: the same definitions, and new DefIds continuing after this one's. The std stubs'
     * definitions are made once per JVM; each compile adds its program's to its own copy.
     */
    public ProgramDefs copy() {
        ProgramDefs c = new ProgramDefs();
        c.adts.putAll(adts);
        c.fns.putAll(fns);
        c.traits.putAll(traits);
        c.impls.putAll(impls);
        c.closures.putAll(closures);
        c.consts.putAll(consts);
        c.names.putAll(names);
        implsByTrait.forEach((t, l) -> c.implsByTrait.put(t, new ArrayList<>(l)));
        c.next = next;
        return c;
    }

    /** The number of DefIds made so far: the next one's index. */
    public int size() { return next; }

    public DefId newDefId(String name) {
        DefId id = new DefId(next++);
        names.put(id, name);
        return id;
    }

    public void put(AdtDef d) { adts.put(d.id(), d); }

    public void put(FnDef d) { fns.put(d.id(), d); }

    public void put(TraitDef d) { traits.put(d.id(), d); }

    public void put(ImplDef d) {
        implsVersion++;
        ImplDef old = impls.put(d.id(), d);
        if (old == null) {
            implsByTrait.computeIfAbsent(d.trait(), t -> new ArrayList<>()).add(d);
            return;
        }
        // a replaced impl keeps its place, as in the map
        for (DefId t : java.util.Arrays.asList(old.trait(), d.trait())) {
            List<ImplDef> l = new ArrayList<>();
            for (ImplDef i : impls.values()) if (java.util.Objects.equals(i.trait(), t)) l.add(i);
            implsByTrait.put(t, l);
        }
    }

    public void put(ClosureDef d) { closures.put(d.id(), d); }

    public void put(ConstDef d) { consts.put(d.id(), d); }

    public AdtDef adt(DefId id) { return adts.get(id); }

    /** A `const` or `static` item, or null. */
    public ConstDef constant(DefId id) { return consts.get(id); }

    public Collection<ConstDef> consts() { return consts.values(); }

    public FnDef fn(DefId id) { return fns.get(id); }

    public TraitDef trait(DefId id) { return traits.get(id); }

    public ImplDef impl(DefId id) { return impls.get(id); }

    public ClosureDef closure(DefId id) { return closures.get(id); }

    public Collection<AdtDef> adts() { return adts.values(); }

    public Collection<FnDef> fns() { return fns.values(); }

    public Collection<TraitDef> traits() { return traits.values(); }

    public Collection<ImplDef> impls() { return impls.values(); }

    /** Changes whenever an impl is added or replaced (for indexes built over the impls). */
    public int implsVersion() { return implsVersion; }

    /** The impls of one trait, or with null the inherent impls; in the order of {@link #impls()}. */
    public List<ImplDef> implsOf(DefId trait) {
        List<ImplDef> l = implsByTrait.get(trait);
        return l == null ? List.of() : java.util.Collections.unmodifiableList(l);
    }

    public Collection<ClosureDef> closures() { return closures.values(); }

    /** The ADT with this lang role, or null when the program does not use it. */
    public AdtDef langAdt(LangItem item) {
        for (AdtDef d : adts.values()) if (d.lang() == item) return d;
        return null;
    }

    /** The trait with this lang role ("Drop", "Clone", ...), or null. */
    public TraitDef langTrait(String lang) {
        for (TraitDef d : traits.values()) if (lang.equals(d.lang())) return d;
        return null;
    }

    @Override public String name(DefId def) { return names.getOrDefault(def, "?"); }
}
