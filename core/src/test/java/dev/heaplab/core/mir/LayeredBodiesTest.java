package dev.heaplab.core.mir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.types.DefId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A program's bodies over the std stubs' read as the merged copy they replace. */
class LayeredBodiesTest {
    private final Map<DefId, Body> std = LoweredStd.shared().bodies();

    @Test
    void readsAsTheMergedCopy() {
        List<Map.Entry<DefId, Body>> some = new ArrayList<>(std.entrySet()).subList(0, 3);
        DefId mine = new DefId(1_000_000), replaced = some.get(0).getKey();
        Map<DefId, Body> own = Map.of(mine, some.get(1).getValue(), replaced, some.get(2).getValue());
        Map<DefId, Body> layered = LayeredBodies.of(std, own);
        Map<DefId, Body> merged = new HashMap<>(std);
        merged.putAll(own);
        assertEquals(merged, layered);
        assertEquals(merged.size(), layered.size());
        assertEquals(std.size() + 1, layered.size());
        assertSame(some.get(2).getValue(), layered.get(replaced)); // the program's body wins
        assertSame(some.get(1).getValue(), layered.get(mine));
        assertNull(layered.get(new DefId(2_000_000)));
        List<DefId> keys = new ArrayList<>(layered.keySet());
        assertEquals(keys.size(), new HashSet<>(keys).size()); // each key once
        assertThrows(UnsupportedOperationException.class, () -> layered.put(mine, some.get(0).getValue()));
    }

    @Test
    void withoutStdBodiesIsAPlainCopy() {
        Map.Entry<DefId, Body> e = std.entrySet().iterator().next();
        assertEquals(Map.of(e.getKey(), e.getValue()), LayeredBodies.of(Map.of(), Map.of(e.getKey(), e.getValue())));
    }
}
