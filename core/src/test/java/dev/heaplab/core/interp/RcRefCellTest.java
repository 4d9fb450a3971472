package dev.heaplab.core.interp;

import static dev.heaplab.core.interp.MirFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.AdtDef;
import dev.heaplab.core.types.IntTy;
import dev.heaplab.core.types.LangItem;
import dev.heaplab.core.types.Ty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rc/Weak reference counts and memory, RefCell borrow flags and their panics. */
class RcRefCellTest {
    private static final Span SP = Span.DUMMY;

    /**
     * rustc (with `w.upgrade()` printed with {:?}): `2 1`, `[1, 2, 3] 1`, `None`;
     * allocs=2 reallocs=1 deallocs=2 bytes=58 peak=56 leaked=0 (the RcBox outlives the value while a Weak exists).
     */
    @Test
    void rcWeakCountsAndStatsMatchRustc() {
        MirFixture fx = new MirFixture("fn main() {}\n");
        AdtDef weak = fx.adt("Weak", LangItem.RC_WEAK, List.of("T"), false);
        AdtDef refMutD = fx.adt("RefMut", LangItem.CELL_REF_MUT, List.of("T"), false);
        AdtDef refD = fx.adt("Ref", LangItem.CELL_REF, List.of("T"), false);
        Ty vecU8 = fx.ty(fx.vec, U8), cell = fx.ty(fx.refCell, vecU8), rcTy = fx.ty(fx.rc, cell), weakTy = fx.ty(weak, cell);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place v = f.local(vecU8, null), c = f.local(cell, null), a = f.local(rcTy, "a"), b = f.local(rcTy, "b");
        Place w = f.local(weakTy, "w"), ra = f.local(ref(rcTy), null), u = f.local(UNIT, null);
        Place sc = f.local(USIZE, null), wc = f.local(USIZE, null), r1 = f.local(ref(USIZE), null), r2 = f.local(ref(USIZE), null);
        Place rcell = f.local(ref(cell), null), g = f.local(fx.ty(refMutD, vecU8), null), gm = f.local(refMut(fx.ty(refMutD, vecU8)), null);
        Place vm = f.local(refMut(vecU8), null), g2 = f.local(fx.ty(refD, vecU8), null), rg2 = f.local(ref(fx.ty(refD, vecU8)), null);
        Place rw = f.local(ref(weakTy), null), up = f.local(fx.ty(fx.option, rcTy), null), rup = f.local(ref(fx.ty(fx.option, rcTy)), null);
        Operand u8one = intOf(1, IntTy.U8), u8two = intOf(2, IntTy.U8);
        f.set(vecArr(f), new Rvalue.Aggregate(new Rvalue.AggregateKind.Array(U8), List.of(u8one, u8two)))
                .callNext(SP, fx.fnOp(fx.builtin("Vec::from_array", 1), U8), v, move(vecArr(f)))
                .callNext(SP, fx.fnOp(fx.builtin("RefCell::new", 1), vecU8), c, move(v))
                .callNext(SP, fx.fnOp(fx.builtin("Rc::new", 1), cell), a, move(c))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::clone", 1), cell), b, copy(ra))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::downgrade", 1), cell), w, copy(ra))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::strong_count", 1), cell), sc, copy(ra))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::weak_count", 1), cell), wc, copy(ra))
                .set(r1, refOf(sc)).set(r2, refOf(wc))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{} {}\n"), copy(r1), copy(r2))
                .set(ra, refOf(b)).callNext(SP, fx.fnOp(fx.builtin("Rc::deref", 1), cell), rcell, copy(ra))
                .callNext(SP, fx.fnOp(fx.builtin("RefCell::borrow_mut", 1), vecU8), g, copy(rcell))
                .set(gm, refMutOf(g)).callNext(SP, fx.fnOp(fx.builtin("RefMut::deref_mut", 1), vecU8), vm, move(gm))
                .callNext(SP, fx.fnOp(fx.builtin("Vec::push", 1), U8), u, move(vm), intOf(3, IntTy.U8))
                .dropNext(g)
                .callNext(SP, fx.fnOp(fx.builtin("mem::drop", 1), rcTy), u, move(b))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::deref", 1), cell), rcell, copy(ra))
                .callNext(SP, fx.fnOp(fx.builtin("RefCell::borrow", 1), vecU8), g2, copy(rcell))
                .set(ra, refOf(a)).callNext(SP, fx.fnOp(fx.builtin("Rc::strong_count", 1), cell), sc, copy(ra))
                .set(rg2, refOf(g2)).set(r1, refOf(sc))
                .callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?} {}\n"), copy(rg2), copy(r1))
                .dropNext(g2)
                .callNext(SP, fx.fnOp(fx.builtin("mem::drop", 1), rcTy), u, move(a))
                .set(rw, refOf(w)).callNext(SP, fx.fnOp(fx.builtin("Weak::upgrade", 1), cell), up, copy(rw))
                .set(rup, refOf(up)).callNext(SP, fx.fnOp(fx.builtin("fmt::print", 0)), u, fmt("{:?}\n"), copy(rup))
                .dropNext(up).dropNext(w).dropNext(b).dropNext(a).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().outcome()).as(run.result().message()).isEqualTo(ExecutionResult.Outcome.COMPLETED);
        assertThat(run.stdout()).isEqualTo("2 1\n[1, 2, 3] 1\nNone\n");
        assertThat(run.result().stats()).isEqualTo(new HeapStats(2, 1, 2, 58, 56, 0));
    }

    private Place arr;

    private Place vecArr(MirFixture.FnBuilder f) {
        if (arr == null) arr = f.local(new Ty.Array(U8, 2), null);
        return arr;
    }

    /** rustc 1.95: `RefCell already borrowed` when borrow_mut meets a live shared borrow. */
    @Test
    void borrowMutWhileBorrowedPanicsWithRustcMessage() {
        MirFixture fx = new MirFixture("fn main() {\n    let c = RefCell::new(1);\n    let a = c.borrow();\n    let b = c.borrow_mut();\n}\n");
        AdtDef refMutD = fx.adt("RefMut", LangItem.CELL_REF_MUT, List.of("T"), false);
        AdtDef refD = fx.adt("Ref", LangItem.CELL_REF, List.of("T"), false);
        Ty cell = fx.ty(fx.refCell, I32);
        MirFixture.FnBuilder f = fx.fn("main", UNIT).begin();
        Place c = f.local(cell, "c"), rc = f.local(ref(cell), null), a = f.local(fx.ty(refD, I32), "a");
        Place b = f.local(fx.ty(refMutD, I32), "b");
        f.callNext(SP, fx.fnOp(fx.builtin("RefCell::new", 1), I32), c, int32(1))
                .set(rc, refOf(c)).callNext(SP, fx.fnOp(fx.builtin("RefCell::borrow", 1), I32), a, copy(rc))
                .set(rc, refOf(c)).callNext(fx.at("c.borrow_mut()"), fx.fnOp(fx.builtin("RefCell::borrow_mut", 1), I32), b, copy(rc))
                .dropNext(b).dropNext(a).returnNow();
        MirFixture.Run run = fx.run(f.build());
        assertThat(run.result().exitCode()).isEqualTo(101);
        assertThat(run.stderr()).startsWith("\nthread 'main' panicked at src/main.rs:4:13:\nRefCell already borrowed\n");
    }
}
