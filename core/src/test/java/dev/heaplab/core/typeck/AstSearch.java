package dev.heaplab.core.typeck;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Finds AST nodes of a given record type in a crate, in source order (tests only; walks records reflectively). */
final class AstSearch {
    private AstSearch() {}

    static <T> List<T> all(Object root, Class<T> type) {
        List<T> out = new ArrayList<>();
        walk(root, type, out);
        return out;
    }

    private static <T> void walk(Object o, Class<T> type, List<T> out) {
        if (o == null) return;
        if (type.isInstance(o)) out.add(type.cast(o));
        if (o instanceof List<?> l) {
            for (Object x : l) walk(x, type, out);
            return;
        }
        if (!o.getClass().isRecord() || !o.getClass().getPackageName().startsWith("dev.heaplab.core.syntax")) return;
        for (RecordComponent rc : o.getClass().getRecordComponents()) {
            try {
                walk(rc.getAccessor().invoke(o), type, out);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
