package dev.heaplab.core.typeck;

import dev.heaplab.core.source.ResourceLines;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.ProgramDefs;
import dev.heaplab.core.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the methods and associated functions the real standard library has on the std types
 * heaplab models in part (resource {@code std/surface.txt}, generated from rustc's documentation by
 * scripts/std-surface.sh). A name heaplab's stubs lack is then told apart: a real std method is
 * outside the subset (refused as unsupported), any other name is E0599 as rustc reports it.
 */
final class StdSurface {
    private static final Map<String, Set<String>> NAMES = load();

    private StdSurface() {}

    /** Without the table every missing name is reported as E0599: less precise, never an accept. */
    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : ResourceLines.of("/dev/heaplab/std/surface.txt")) {
            String[] words = line.split(" ");
            out.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length)));
        }
        return out;
    }

    /**
     * The std type whose real API has {@code name}, as `Type::name`, for a receiver (or the type of a
     * `Type::name` path) and what it dereferences to; null when the real std has no such name there.
     * {@code isIterator} says whether the type implements Iterator (its adapters' methods count).
     */
    static String realStdItem(Ty receiver, String name, ProgramDefs defs, boolean isIterator) {
        // the table lists the blanket `Borrow`/`BorrowMut` methods, which need an import: without one,
        // `rc.borrow_mut()` on an `Rc<T>` without `RefCell` (or `weak.borrow()`) is rustc's E0599
        if (name.equals("borrow") || name.equals("borrow_mut")) return null;
        for (String key : keys(receiver, defs)) {
            if (NAMES.getOrDefault(key, Set.of()).contains(name)) return key + "::" + name;
        }
        if (isIterator && NAMES.getOrDefault("Iterator", Set.of()).contains(name)) return "Iterator::" + name;
        return null;
    }

    /** The table's keys for a type and the types it auto-dereferences to, nearest first. */
    private static List<String> keys(Ty ty, ProgramDefs defs) {
        Set<String> out = new LinkedHashSet<>();
        List<Ty> todo = new ArrayList<>(List.of(ty));
        for (int i = 0; i < todo.size() && i < 8; i++) {
            switch (todo.get(i)) {
                case Ty.Int t -> out.add(t.kind().rustName());
                case Ty.Float t -> out.add(t.kind().rustName());
                case Ty.Bool t -> out.add("bool");
                case Ty.Char t -> out.add("char");
                case Ty.Str t -> out.add("str");
                case Ty.Slice t -> out.add("slice");
                case Ty.Array t -> { out.add("array"); out.add("slice"); }
                case Ty.Ref r -> todo.add(r.inner());
                case Ty.RawPtr r -> { }
                case Ty.Adt a -> {
                    AdtDef def = defs.adt(a.def());
                    if (def == null || !CheckedStd.isStd(def.span())) break;
                    out.add(def.name());
                    switch (def.name()) {
                        case "Vec" -> out.add("slice");
                        case "String" -> out.add("str");
                        case "Box", "Rc", "Arc", "Ref", "RefMut", "MutexGuard" -> { if (!a.args().isEmpty()) todo.add(a.args().get(0)); }
                        default -> { }
                    }
                }
                case Ty.Never t -> { }
                case Ty.Tuple t -> { }
                case Ty.FnDef t -> { }
                case Ty.FnPtr t -> { }
                case Ty.Closure t -> { }
                case Ty.Dynamic t -> {
                    // `dyn Any`'s inherent methods (`is`, `downcast_ref`...).
                    var trait = defs.trait(t.trait());
                    if (trait != null && trait.name().equals("Any") && CheckedStd.isStd(trait.span())) out.add("Any");
                }
                case Ty.Param t -> { }
                case Ty.Infer t -> { }
                case Ty.Projection t -> { }
                case Ty.Opaque t -> { }
                case Ty.Error t -> { }
            }
        }
        return List.copyOf(out);
    }
}
