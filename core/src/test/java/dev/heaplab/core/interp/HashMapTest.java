package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HashMap tables sized and allocated as hashbrown does, checked against a counting allocator under rustc. */
class HashMapTest {
    private static final Span SP = Span.DUMMY;

    /**
     * rustc: inserting 0..30 into a HashMap<i32, i32> gives capacities 3, 7, 14, 28, 56 with tables of
     * 52, 88, 160, 304 and 592 bytes (each growth a new table, the old one freed): allocs=5 deallocs=5
     * bytes=1196 peak=896 (old and new table live together).
     */
    @Test
    void tableGrowthMatchesHashbrown() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        AdtDef hm = fx.adt("HashMap", LangItem.HASH_MAP, List.of("K", "V"), false);
        Ty mapTy = fx.ty(hm, I32, I32);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place m = f.local(mapTy, "m"), mm = f.local(refMut(mapTy), null), rm = f.local(ref(mapTy), null);
        Place old = f.local(fx.ty(fx.option, I32), null), cap = f.local(USIZE, null), rc = f.local(ref(USIZE), null);
        Place u = f.local(UNIT, null), key = f.local(I32, null), rk = f.local(ref(I32), null);
        Place got = f.local(fx.ty(fx.option, ref(I32)), null), rg = f.local(ref(fx.ty(fx.option, ref(I32))), null);
        f.callNext(SP, fx.fnOp(fx.builtin("HashMap::new", 2), I32, I32), m);
        for (int i = 0; i < 30; i++) {
            f.set(mm, refMutOf(m)).callNext(SP, fx.fnOp(fx.builtin("HashMap::insert", 2), I32, I32), old, move(mm), int32(i),
                    int32(i * 10));
            f.set(rm, refOf(m)).callNext(SP, fx.fnOp(fx.builtin("HashMap::capacity", 2), I32, I32), cap, copy(rm))
                    .set(rc, refOf(cap)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} "), copy(rc));
        }
        f.set(key, use(int32(17))).set(rk, refOf(key)).set(rm, refOf(m))
                .callNext(SP, fx.fnOp(fx.builtin("HashMap::get", 3), I32, I32, I32), got, copy(rm), copy(rk))
                .set(rg, refOf(got)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?}\n"), copy(rg))
                .set(mm, refMutOf(m)).callNext(SP, fx.fnOp(fx.builtin("HashMap::remove", 3), I32, I32, I32), old, move(mm), copy(rk))
                .set(rm, refOf(m)).callNext(SP, fx.fnOp(fx.builtin("HashMap::get", 3), I32, I32, I32), got, copy(rm), copy(rk))
                .set(rg, refOf(got)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?}\n"), copy(rg))
                .dropNext(m).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("3 3 3 7 7 7 7 14 14 14 14 14 14 14 28 28 28 28 28 28 28 28 28 28 28 28 28 28 "
                + "56 56 Some(170)\nNone\n");
        assertThat(run.result().stats()).isEqualTo(new HeapStats(5, 0, 5, 1196, 896, 0));
    }
}
