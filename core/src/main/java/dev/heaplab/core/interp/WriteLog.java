package dev.heaplab.core.interp;

import java.util.List;

/**
 * The machine's memory-write choke points report here, only while a trace recorder tracks changes
 * (otherwise every allocation's {@link Allocation#log} is null and the hooks cost one null test).
 * A touch means "this allocation's contents, size or liveness may have changed": writes report it,
 * and so do the reads through which native code reaches a container it then mutates in place
 * ({@link Memory#get}, {@link RawVec#buffer}); reporting a read too costs a redraw, never a wrong one.
 */
interface WriteLog {
    void touched(Allocation a);

    /**
     * Native code is about to run a nested call (its steps end the current step's window): returns the
     * allocations touched so far in this window, which {@link #nestedDone} touches again, because the
     * native code may still write to containers it reached before the call.
     */
    List<Allocation> nestedStart();

    void nestedDone(List<Allocation> before);
}
