package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.Place;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.Ty;
import org.junit.jupiter.api.Test;

/** String and Vec growth and heap statistics, checked against rustc runs with a counting allocator. */
class StringVecTest {
    private static final String SRC = """
            fn main() {
                let mut s = String::new();
                s.push_str("hello");
                println!("{} {}", s.len(), s.capacity());
                s.push_str(" world!!!");
                println!("{}", s.capacity());
                let b = Box::new(5u64);
                println!("{}", b);
            }
            """;

    /** rustc: `5 8`, `16`, `5`; allocs=2 reallocs=1 deallocs=2 bytes=32 peak=24 leaked=0. */
    @Test
    void stringGrowthAndBoxStatsMatchRustc() {
        MirFixture fx = new MirFixture(SRC);
        Ty string = fx.ty(fx.string);
        Ty boxU64 = fx.ty(fx.box, U64);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place s = f.local(string, "s"), m = f.local(refMut(string), null), r = f.local(ref(string), null);
        Place len = f.local(USIZE, null), cap = f.local(USIZE, null), u = f.local(UNIT, null);
        Place rl = f.local(ref(USIZE), null), rc = f.local(ref(USIZE), null);
        Place b = f.local(boxU64, "b"), rb = f.local(ref(boxU64), null);
        Span sp = Span.DUMMY;
        f.callNext(sp, fx.fnOp(fx.builtin("String::new", 0)), s)
                .set(m, refMutOf(s)).callNext(sp, fx.fnOp(fx.builtin("String::push_str", 0)), u, move(m), str("hello"))
                .set(r, refOf(s)).callNext(sp, fx.fnOp(fx.builtin("String::len", 0)), len, copy(r))
                .set(r, refOf(s)).callNext(sp, fx.fnOp(fx.builtin("String::capacity", 0)), cap, copy(r))
                .set(rl, refOf(len)).set(rc, refOf(cap))
                .callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} {}\n"), copy(rl), copy(rc))
                .set(m, refMutOf(s)).callNext(sp, fx.fnOp(fx.builtin("String::push_str", 0)), u, move(m), str(" world!!!"))
                .set(r, refOf(s)).callNext(sp, fx.fnOp(fx.builtin("String::capacity", 0)), cap, copy(r))
                .set(rc, refOf(cap)).callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rc))
                .callNext(sp, fx.fnOp(fx.builtin("Box::new", 1), U64), b, intOf(5, dev.heaplab.core.types.IntTy.U64))
                .set(rb, refOf(b)).callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rb))
                .dropNext(b).dropNext(s).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("5 8\n16\n5\n");
        assertThat(run.result().stats()).isEqualTo(new HeapStats(2, 1, 2, 32, 24, 0));
    }

    /** rustc: pushing 0..10 gives capacities [4, 4, 4, 4, 8, 8, 8, 8, 16, 16]. */
    @Test
    void vecPushGrowthMatchesRustc() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        Ty vecI32 = fx.ty(fx.vec, I32);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place v = f.local(vecI32, "v"), m = f.local(refMut(vecI32), null), r = f.local(ref(vecI32), null);
        Place cap = f.local(USIZE, null), u = f.local(UNIT, null), rc = f.local(ref(USIZE), null);
        Span sp = Span.DUMMY;
        f.callNext(sp, fx.fnOp(fx.builtin("Vec::new", 1), I32), v);
        for (int i = 0; i < 10; i++) {
            f.set(m, refMutOf(v)).callNext(sp, fx.fnOp(fx.builtin("Vec::push", 1), I32), u, move(m), int32(i))
                    .set(r, refOf(v)).callNext(sp, fx.fnOp(fx.builtin("Vec::capacity", 1), I32), cap, copy(r))
                    .set(rc, refOf(cap)).callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} "), copy(rc));
        }
        f.set(r, refOf(v)).callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?}\n"), copy(r));
        f.dropNext(v).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("4 4 4 4 8 8 8 8 16 16 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n");
        // 1 alloc (16 B) + reallocs to 32 and 64 B; freed at the end.
        assertThat(run.result().stats()).isEqualTo(new HeapStats(1, 2, 1, 16 + 32 + 64, 64, 0));
    }

    /** rustc: capacities 8, 4, 14, 24, 0; allocs=2 reallocs=4 deallocs=1 bytes=57 peak=24 leaked=4 (forgotten Box). */
    @Test
    void reserveShrinkAndForgetMatchRustc() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        Ty vecU8 = fx.ty(fx.vec, U8);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place w = f.local(vecU8, "w"), m = f.local(refMut(vecU8), null), r = f.local(ref(vecU8), null);
        Place cap = f.local(USIZE, null), u = f.local(UNIT, null), rc = f.local(ref(USIZE), null);
        Place leak = f.local(fx.ty(fx.box, I32), "leak");
        Span sp = Span.DUMMY;
        Runnable printCap = () -> f.set(r, refOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::capacity", 1), U8), cap, copy(r))
                .set(rc, refOf(cap)).callNext(sp, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{}\n"), copy(rc));
        f.callNext(sp, fx.fnOp(fx.builtin("Vec::with_capacity", 1), U8), w, usize(3));
        for (int k = 1; k <= 4; k++)
            f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::push", 1), U8), u, move(m),
                    intOf(k, dev.heaplab.core.types.IntTy.U8));
        printCap.run();
        f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::shrink_to_fit", 1), U8), u, move(m));
        printCap.run();
        f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::reserve", 1), U8), u, move(m), usize(10));
        printCap.run();
        f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::reserve_exact", 1), U8), u, move(m), usize(20));
        printCap.run();
        f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::clear", 1), U8), u, move(m));
        f.set(m, refMutOf(w)).callNext(sp, fx.fnOp(fx.builtin("Vec::shrink_to_fit", 1), U8), u, move(m));
        printCap.run();
        f.callNext(sp, fx.fnOp(fx.builtin("Box::new", 1), I32), leak, int32(7))
                .callNext(sp, fx.fnOp(fx.builtin("mem::forget", 1), fx.ty(fx.box, I32)), u, move(leak))
                .dropNext(leak).dropNext(w).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("8\n4\n14\n24\n0\n");
        assertThat(run.result().stats()).isEqualTo(new HeapStats(2, 4, 1, 57, 24, 4));
    }
}
