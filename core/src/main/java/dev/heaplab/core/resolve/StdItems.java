package dev.heaplab.core.resolve;

import dev.heaplab.core.source.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The item and submodule names of each module of the real std (resource {@code std/items.txt},
 * generated from rustc's documentation by scripts/std-items.sh). A `use std::…` heaplab cannot resolve
 * is then told apart: a real item is outside the subset (refused as unsupported), a name its module
 * does not have is rustc's E0432.
 */
final class StdItems {
    private StdItems() {}

    /** Read on first use: only a failed std import asks. */
    private static final class Table {
        static final Map<String, Set<String>> NAMES = load();
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : ResourceLines.of("/dev/heaplab/std/items.txt")) {
            String[] words = line.split(" ");
            out.put(words[0], Set.of(java.util.Arrays.copyOfRange(words, 1, words.length)));
        }
        return out;
    }

    /**
     * For a path `std::m1::…::name`: the index of the first segment its module does not have, or -1 when
     * every segment is a real std name or a module on the way is not in the table (then nothing is known).
     */
    /** A name of module {@code module} (a path from `std`) equal to {@code name} but for case (rustc's "similar name"). */
    static String sameIgnoringCase(List<String> module, String name) {
        for (String n : Table.NAMES.getOrDefault(String.join("::", module), Set.of())) {
            if (n.equalsIgnoreCase(name)) return n;
        }
        return null;
    }

    static int firstMissing(List<String> segs) {
        if (segs.size() < 2 || !segs.get(0).equals("std")) return -1;
        String module = "std";
        for (int i = 1; i < segs.size(); i++) {
            Set<String> names = Table.NAMES.get(module);
            if (names == null) return -1;
            if (!names.contains(segs.get(i))) return i;
            module = module + "::" + segs.get(i);
        }
        return -1;
    }
}
