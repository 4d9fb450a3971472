package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;
import dev.heaplab.core.trace.MachineObserver;
import dev.heaplab.core.types.Ty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: random sequences of Vec push/pop/reserve/reserve_exact/shrink_to_fit/truncate/clear keep
 * the allocator's accounting consistent (no double free, reallocs name a live block of the size last
 * seen, live bytes equal the sum of live blocks, nothing leaks) and capacity never drops below length.
 */
class AllocatorPropertyTest {
    /** Replays allocator events against an independent ledger. */
    static final class Ledger implements MachineObserver {
        final Map<Integer, Long> live = new HashMap<>();
        long liveBytes, peak;

        @Override public void on(MachineEvent e) {
            switch (e) {
                case MachineEvent.Alloc a -> {
                    assertThat(live).doesNotContainKey(a.allocId());
                    live.put(a.allocId(), a.size());
                    liveBytes += a.size();
                }
                case MachineEvent.Realloc r -> {
                    assertThat(live.get(r.allocId())).as("realloc of a live block").isEqualTo(r.oldSize());
                    live.put(r.allocId(), r.newSize());
                    liveBytes += r.newSize() - r.oldSize();
                }
                case MachineEvent.Dealloc d -> {
                    assertThat(live.remove(d.allocId())).as("free of a live block").isEqualTo(d.size());
                    liveBytes -= d.size();
                }
                default -> { }
            }
            peak = Math.max(peak, liveBytes);
            assertThat(liveBytes).isEqualTo(live.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomVecOperationsKeepAccountingConsistent(long seed) {
        Random rnd = new Random(seed);
        MirFixture fx = new MirFixture("fn main() {}\n");
        Ty elem = rnd.nextBoolean() ? U64 : U8;
        Ty vecTy = fx.ty(fx.vec, elem);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place v = f.local(vecTy, "v"), m = f.local(refMut(vecTy), null), r = f.local(ref(vecTy), null);
        Place u = f.local(UNIT, null), len = f.local(USIZE, null), cap = f.local(USIZE, null);
        Place rl = f.local(ref(USIZE), null), rc = f.local(ref(USIZE), null);
        Place popped = f.local(fx.ty(fx.option, elem), null);
        Span sp = Span.DUMMY;
        dev.heaplab.core.types.IntTy it = elem.equals(U64) ? dev.heaplab.core.types.IntTy.U64 : dev.heaplab.core.types.IntTy.U8;
        f.callNext(sp, fx.fnOp(fx.builtin("Vec::new", 1), elem), v);
        int ops = 40 + rnd.nextInt(80);
        for (int k = 0; k < ops; k++) {
            f.set(m, refMutOf(v));
            int op = rnd.nextInt(10);
            switch (op) {
                case 0, 1, 2, 3 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::push", 1), elem), u, move(m), intOf(k % 200, it));
                case 4 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::pop", 1), elem), popped, move(m));
                case 5 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::reserve", 1), elem), u, move(m), usize(rnd.nextInt(20)));
                case 6 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::reserve_exact", 1), elem), u, move(m), usize(rnd.nextInt(20)));
                case 7 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::shrink_to_fit", 1), elem), u, move(m));
                case 8 -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::truncate", 1), elem), u, move(m), usize(rnd.nextInt(10)));
                default -> f.callNext(sp, fx.fnOp(fx.builtin("Vec::clear", 1), elem), u, move(m));
            }
            f.set(r, refOf(v)).callNext(sp, fx.fnOp(fx.builtin("Vec::len", 1), elem), len, copy(r))
                    .set(r, refOf(v)).callNext(sp, fx.fnOp(fx.builtin("Vec::capacity", 1), elem), cap, copy(r))
                    .set(rl, refOf(len)).set(rc, refOf(cap))
                    .callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} {}\n"), copy(rl), copy(rc));
        }
        f.dropNext(v).returnNow();
        Ledger ledger = new Ledger();
        MirFixture.Run run = fx.run(f.build(), Limits.DEFAULT, List.of(ledger));
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        for (String line : run.stdout().split("\n")) {
            String[] lc = line.split(" ");
            assertThat(Long.parseLong(lc[1])).as(line).isGreaterThanOrEqualTo(Long.parseLong(lc[0]));
        }
        assertThat(ledger.live).isEmpty();
        HeapStats s = run.result().stats();
        assertThat(s.leakedBytes()).isZero();
        assertThat(s.allocs()).isEqualTo(s.deallocs());
        assertThat(s.peakBytes()).isEqualTo(ledger.peak);
    }
}
