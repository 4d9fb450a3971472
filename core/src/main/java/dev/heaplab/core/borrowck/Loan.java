package dev.heaplab.core.borrowck;

import dev.heaplab.core.mir.BlockId;
import dev.heaplab.core.mir.Local;
import dev.heaplab.core.mir.Place;
import dev.heaplab.core.mir.Rvalue;
import dev.heaplab.core.source.Span;

/**
 * A borrow `&place` / `&mut place` created at one statement and stored into {@code holder}; or, when
 * {@code universal}, the lifetime of a reference parameter (held by that parameter at entry), used
 * to check what the function returns against its signature.
 */
record Loan(int id, Place place, Rvalue.BorrowKind kind, BlockId block, int index, Span span, Local holder, boolean universal) {
    boolean mutable() { return kind == Rvalue.BorrowKind.MUT || kind == Rvalue.BorrowKind.TWO_PHASE_MUT; }

    boolean twoPhase() { return kind == Rvalue.BorrowKind.TWO_PHASE_MUT; }
}
