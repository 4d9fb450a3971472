package dev.heaplab.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.heaplab.core.lower.LoweredStd;
import dev.heaplab.core.lower.Lowering;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.render.MirPrinter;
import dev.heaplab.core.typeck.TypeChecker;
import dev.heaplab.core.types.DefId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Start-up leaves most std stub bodies to be checked and lowered on first use. A body made that way,
 * in whatever order and from whichever thread, must be exactly the body checking and lowering every
 * stub at once gives (DefIds included), and leaving bodies for later must not move any DefId.
 */
class LazyStdTest {
    static LoweredStd eager;

    @BeforeAll
    static void eagerStubs() {
        eager = Lowering.lowerStd(TypeChecker.checkStd(TypeChecker.loadStd()));
    }

    static LoweredStd lazy() { return Lowering.lowerStd(TypeChecker.checkStd(TypeChecker.loadStd(), true)); }

    @Test
    void mostBodiesWaitAndNoDefIdMoves() {
        LoweredStd lazy = lazy();
        assertThat(eager.typed().deferred()).isEmpty();
        int all = eager.bodies().size();
        assertThat(lazy.typed().deferred().size()).as("deferred of %d bodies", all).isGreaterThan(all / 2);
        assertThat(lazy.typed().defs().size()).isEqualTo(eager.typed().defs().size());
        for (DefId id : lazy.bodies().keySet()) assertThat(lazy.bodies().get(id)).isEqualTo(eager.bodies().get(id));
        for (DefId id : lazy.typed().deferred()) {
            assertThat(eager.bodies()).containsKey(id);
            assertThat(lazy.typed().defs().name(id)).isEqualTo(eager.typed().defs().name(id));
        }
    }

    @Test
    void bodiesMadeOnFirstUseAreTheEagerOnes() {
        LoweredStd lazy = lazy();
        List<DefId> ids = new ArrayList<>(lazy.typed().deferred());
        Collections.shuffle(ids, new Random(7));
        int defs = lazy.typed().defs().size();
        for (DefId id : ids) {
            Body made = lazy.body(id), expected = eager.bodies().get(id);
            assertThat(made).as("%s", lazy.typed().defs().name(id)).isEqualTo(expected);
            assertThat(MirPrinter.print(made, lazy.typed().defs())).isEqualTo(MirPrinter.print(expected, eager.typed().defs()));
            assertThat(lazy.body(id)).isSameAs(made);
        }
        assertThat(lazy.typed().defs().size()).isEqualTo(defs);
        assertThat(lazy.body(lazy.bodies().keySet().iterator().next())).isNull();
    }

    @Test
    void threadsAskingAtOnceGetOneBody() throws Exception {
        LoweredStd lazy = lazy();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<DefId, Body>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                runs.add(pool.submit(() -> {
                    List<DefId> ids = new ArrayList<>(lazy.typed().deferred());
                    Collections.shuffle(ids, new Random(seed));
                    Map<DefId, Body> got = new java.util.HashMap<>();
                    for (DefId id : ids) got.put(id, lazy.body(id));
                    return got;
                }));
            }
            Map<DefId, Body> first = runs.get(0).get();
            for (Future<Map<DefId, Body>> r : runs) {
                for (var e : r.get().entrySet()) {
                    assertThat(e.getValue()).isSameAs(first.get(e.getKey())).isEqualTo(eager.bodies().get(e.getKey()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyDeferredBodiesAreCheckedOnDemand() {
        LoweredStd lazy = lazy();
        DefId eagerOne = lazy.bodies().keySet().iterator().next();
        assertThatThrownBy(() -> lazy.typed().checkDeferred(eagerOne)).isInstanceOf(IllegalArgumentException.class);
    }
}
