package dev.heaplab.core.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * rustc's trimmed paths for std's types and traits (`trimmed_def_paths`): an item is printed by its bare
 * name when no other public item of std, nor any item of the crate, has that name in the type namespace;
 * otherwise by its path (`std::sync::Mutex`, `std::fmt::Display`, `std::cmp::Ordering`). The names and
 * paths of the real std are the table {@code std/trimmed-paths.txt} (scripts/std-trimmed-paths.py).
 */
public final class StdPaths {
    private StdPaths() {}

    /** Stub modules standing for a std module of another name. */
    private static final Map<String, String> STUB_MODULES = Map.of("arc_weak", "sync", "float_f64", "f64", "float_f32", "f32");

    private static final class Table {
        static final Map<String, List<String>> PATHS = load();

        private static Map<String, List<String>> load() {
            Map<String, List<String>> m = new HashMap<>();
            for (String line : dev.heaplab.core.source.ResourceLines.of("/dev/heaplab/std/trimmed-paths.txt")) {
                String[] f = line.split(" ");
                if (f.length >= 2) m.put(f[0], List.of(f).subList(1, f.length));
            }
            return m;
        }
    }

    /**
     * The path of the std item that the stub {@code name}, declared in the stubs' module {@code module}
     * ("" at their root, "mpsc", "fmt"...), stands for; null when the real std has no such item.
     */
    public static String path(String name, String module) {
        List<String> paths = Table.PATHS.get(name);
        if (paths == null) return null;
        if (!module.isEmpty()) {
            String last = module.substring(module.lastIndexOf(':') + 1);
            String seg = "::" + STUB_MODULES.getOrDefault(last, last) + "::" + name;
            for (String p : paths) if (p.endsWith(seg)) return p;
        }
        return paths.get(0);
    }

    /** Whether several items of the real std are called {@code name}: rustc prints each by its path. */
    public static boolean ambiguous(String name) {
        List<String> paths = Table.PATHS.get(name);
        return paths != null && paths.size() > 1;
    }
}
