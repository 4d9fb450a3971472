package dev.heaplab.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.lower.LoweredStd;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A compile's {@link ProgramDefs#copy} reads the std stubs' definitions through rather than copying
 * them: after any sequence of additions and replacements it must answer exactly as a copy holding
 * everything ({@link ProgramDefs#detached}) given the same sequence — lookups, listings and their
 * order, impls by trait, builtins by key, names.
 */
class ProgramDefsCopyTest {
    private static final List<String> KEYS = List.of("fmt::print", "fmt::format", "panic::panic_fmt", "vec::push", "new::key", "other::key");

    @Test
    void layeredCopyAnswersAsAFullCopy() {
        ProgramDefs std = LoweredStd.shared().typed().defs();
        for (long seed = 1; seed <= 25; seed++) {
            ProgramDefs layered = std.copy();
            ProgramDefs full = std.detached();
            assertSame(layered, full, std);
            Random rnd = new Random(seed);
            for (int step = 0; step < 40; step++) {
                int op = rnd.nextInt(7);
                long pick = rnd.nextLong();
                apply(layered, op, pick);
                apply(full, op, pick);
            }
            assertSame(layered, full, std);
        }
    }

    /** One addition or replacement, chosen by {@code op} and {@code pick}; the same on both copies. */
    private static void apply(ProgramDefs d, int op, long pick) {
        Random r = new Random(pick);
        List<FnDef> fns = new ArrayList<>(d.fns());
        List<ImplDef> impls = new ArrayList<>(d.impls());
        List<TraitDef> traits = new ArrayList<>(d.traits());
        switch (op) {
            case 0 -> { // a new builtin (as Intrinsics registers), or a new plain function
                FnDef f = fns.get(r.nextInt(fns.size()));
                String key = r.nextBoolean() ? KEYS.get(r.nextInt(KEYS.size())) : null;
                d.put(withKey(f, d.newDefId("f"), key));
            }
            case 1 -> { // a function replaced, its builtin key kept, changed or dropped
                FnDef f = fns.get(r.nextInt(fns.size()));
                String key = switch (r.nextInt(3)) {
                    case 0 -> f.builtinKey();
                    case 1 -> KEYS.get(r.nextInt(KEYS.size()));
                    default -> null;
                };
                d.put(withKey(f, f.id(), key));
            }
            case 2 -> { // a new impl of some trait (or inherent)
                ImplDef i = impls.get(r.nextInt(impls.size()));
                d.put(withTrait(i, d.newDefId("impl"), i.trait()));
            }
            case 3 -> { // an impl replaced, possibly for another trait
                ImplDef i = impls.get(r.nextInt(impls.size()));
                DefId trait = r.nextBoolean() ? i.trait() : impls.get(r.nextInt(impls.size())).trait();
                d.put(withTrait(i, i.id(), trait));
            }
            case 4 -> { // a new trait
                TraitDef t = traits.get(r.nextInt(traits.size()));
                d.put(new TraitDef(d.newDefId("T"), t.name(), t.generics(), t.methods(), t.assocTypes(), t.supertraits(), null, t.span()));
            }
            case 5 -> { // a trait replaced (as a signature replaces its first declaration)
                TraitDef t = traits.get(r.nextInt(traits.size()));
                d.put(new TraitDef(t.id(), t.name(), t.generics(), java.util.Map.of(), t.assocTypes(), t.supertraits(), t.lang(), t.span()));
            }
            default -> { // an ADT replaced, or a new one
                List<AdtDef> adts = new ArrayList<>(d.adts());
                AdtDef a = adts.get(r.nextInt(adts.size()));
                DefId id = r.nextBoolean() ? a.id() : d.newDefId("A");
                d.put(new AdtDef(id, a.name(), a.kind(), a.genericParams(), a.variants(), a.derives(), a.lang(), a.span()));
            }
        }
    }

    private static FnDef withKey(FnDef f, DefId id, String key) {
        return new FnDef(id, f.name(), f.qualifiedName(), f.generics(), f.sig(), f.selfKind(), f.decl(), key, f.trackCaller(),
                f.parentImpl(), f.parentTrait(), f.span());
    }

    private static ImplDef withTrait(ImplDef i, DefId id, DefId trait) {
        return new ImplDef(id, i.generics(), trait, i.traitArgs(), i.selfTy(), i.methods(), i.assocTypes(), i.derived(), i.span());
    }

    private static void assertSame(ProgramDefs a, ProgramDefs b, ProgramDefs std) {
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(List.copyOf(a.fns())).isEqualTo(List.copyOf(b.fns()));
        assertThat(List.copyOf(a.impls())).isEqualTo(List.copyOf(b.impls()));
        assertThat(List.copyOf(a.traits())).isEqualTo(List.copyOf(b.traits()));
        assertThat(List.copyOf(a.adts())).isEqualTo(List.copyOf(b.adts()));
        assertThat(List.copyOf(a.closures())).isEqualTo(List.copyOf(b.closures()));
        assertThat(List.copyOf(a.consts())).isEqualTo(List.copyOf(b.consts()));
        assertThat(a.fns()).hasSize(b.fns().size());
        Set<DefId> traits = new HashSet<>();
        traits.add(null);
        for (ImplDef i : b.impls()) traits.add(i.trait());
        for (DefId t : traits) assertThat(a.implsOf(t)).as("impls of %s", t).isEqualTo(b.implsOf(t));
        Set<String> keys = new HashSet<>(KEYS);
        for (FnDef f : b.fns()) if (f.builtinKey() != null) keys.add(f.builtinKey());
        for (String k : keys) assertThat(a.builtin(k)).as("builtin %s", k).isEqualTo(b.builtin(k));
        for (int i = 0; i < b.size(); i++) {
            DefId id = new DefId(i);
            assertThat(a.name(id)).isEqualTo(b.name(id));
            assertThat(a.fn(id)).isEqualTo(b.fn(id));
            assertThat(a.impl(id)).isEqualTo(b.impl(id));
            assertThat(a.trait(id)).isEqualTo(b.trait(id));
            assertThat(a.adt(id)).isEqualTo(b.adt(id));
        }
        // the std's own definitions are never written through a copy
        assertThat(std.size()).isLessThanOrEqualTo(a.size());
    }
}
