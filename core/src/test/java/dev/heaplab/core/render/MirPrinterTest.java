package dev.heaplab.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Body;
import dev.heaplab.core.mir.ConstValue;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.LocalDecl;
import dev.heaplab.core.mir.Operand;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.mir.Statement;
import dev.heaplab.core.mir.Terminator;
import dev.heaplab.core.source.Span;
import dev.heaplab.core.types.DefId;
import dev.heaplab.core.types.Ty;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MIR printer on hand-built bodies, compared with rustc's `-Zunpretty=mir` layout. */
class MirPrinterTest {
    private static final Span S = Span.DUMMY;
    private static final Ty I32_BOOL = new Ty.Tuple(List.of(Ty.I32, Ty.BOOL));

    private static Place p(int local) { return Place.of(new Local(local)); }

    @Test
    void checkedAdditionLooksLikeRustcs() {
        Body add = new Body(new DefId(0), "add", List.of(
                new LocalDecl(Ty.I32, null, false, S, LocalDecl.Kind.RETURN),
                new LocalDecl(Ty.I32, "a", false, S, LocalDecl.Kind.ARG),
                new LocalDecl(Ty.I32, "b", false, S, LocalDecl.Kind.ARG),
                new LocalDecl(I32_BOOL, null, false, S, LocalDecl.Kind.TEMP)), 2, List.of(
                new Body.BasicBlock(List.of(new Statement.Assign(S, p(3),
                        new Rvalue.CheckedBinaryOp(Rvalue.BinOp.ADD, new Operand.Copy(p(1)), new Operand.Copy(p(2))))),
                        new Terminator.Assert(S, new Operand.Move(p(3).field(1, Ty.BOOL)), false,
                                new Terminator.AssertMessage.Overflow(Rvalue.BinOp.ADD), new BlockId(1), null), false),
                new Body.BasicBlock(List.of(new Statement.Assign(S, p(0),
                        new Rvalue.Use(new Operand.Move(p(3).field(0, Ty.I32))))), new Terminator.Return(S), false)), S);
        assertThat(MirPrinter.print(add, d -> "add")).isEqualTo("""
                fn add(_1: i32, _2: i32) -> i32 {
                    debug a => _1;
                    debug b => _2;
                    let mut _0: i32;
                    let mut _3: (i32, bool);

                    bb0: {
                        _3 = AddWithOverflow(copy _1, copy _2);
                        assert(!move (_3.1: bool), "attempt to add with overflow") -> [success: bb1, unwind continue];
                    }

                    bb1: {
                        _0 = move (_3.0: i32);
                        return;
                    }
                }
                """);
    }

    @Test
    void callsDropsSwitchesAndCleanupBlocks() {
        DefId f = new DefId(1);
        Ty fnTy = new Ty.FnDef(f, List.of());
        Body main = new Body(new DefId(0), "main", List.of(
                new LocalDecl(Ty.UNIT, null, false, S, LocalDecl.Kind.RETURN),
                new LocalDecl(Ty.I32, "x", true, S, LocalDecl.Kind.USER),
                new LocalDecl(Ty.BOOL, null, false, S, LocalDecl.Kind.TEMP),
                new LocalDecl(Ty.ref(Ty.I32), "r", false, S, LocalDecl.Kind.USER)), 0, List.of(
                new Body.BasicBlock(List.of(new Statement.StorageLive(S, new Local(1))),
                        new Terminator.Call(S, new Operand.Constant(new ConstValue.ZeroSized(), fnTy),
                                List.of(new Operand.Constant(new ConstValue.Int(BigInteger.TWO), Ty.I32)), p(1),
                                new BlockId(1), new BlockId(3)), false),
                new Body.BasicBlock(List.of(
                        new Statement.Assign(S, p(2), new Rvalue.BinaryOp(Rvalue.BinOp.GT, new Operand.Copy(p(1)),
                                new Operand.Constant(new ConstValue.Int(BigInteger.ONE), Ty.I32))),
                        new Statement.Assign(S, p(3), new Rvalue.Ref(Rvalue.BorrowKind.SHARED, p(1)))),
                        new Terminator.SwitchInt(S, new Operand.Move(p(2)), List.of(BigInteger.ZERO),
                                List.of(new BlockId(2)), new BlockId(2)), false),
                new Body.BasicBlock(List.of(new Statement.StorageDead(S, new Local(1))),
                        new Terminator.Drop(S, p(1), null, new BlockId(4), null), false),
                new Body.BasicBlock(List.of(), new Terminator.UnwindResume(S), true),
                new Body.BasicBlock(List.of(), new Terminator.Return(S), false)), S);
        assertThat(MirPrinter.print(main, d -> d.index() == 1 ? "two_times" : "main")).isEqualTo("""
                fn main() -> () {
                    debug x => _1;
                    debug r => _3;
                    let mut _0: ();
                    let mut _1: i32;
                    let mut _2: bool;
                    let _3: &i32;

                    bb0: {
                        StorageLive(_1);
                        _1 = two_times(const 2_i32) -> [return: bb1, unwind: bb3];
                    }

                    bb1: {
                        _2 = Gt(copy _1, const 1_i32);
                        _3 = &_1;
                        switchInt(move _2) -> [0: bb2, otherwise: bb2];
                    }

                    bb2: {
                        StorageDead(_1);
                        drop(_1) -> [return: bb4, unwind continue];
                    }

                    bb3 (cleanup): {
                        resume;
                    }

                    bb4: {
                        return;
                    }
                }
                """);
    }
}
