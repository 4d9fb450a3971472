package dev.heaplab.core.memview;

import dev.heaplab.core.source.Span;
import dev.heaplab.core.trace.MachineEvent;

/**
 * A machine event in a trace: {@code step} is the step during which it happened; {@code lastUse}
 * is where a borrow is last used when a provider of the checker's facts joined it (else null).
 */
public record TraceEvent(long step, MachineEvent event, Span lastUse) {}
