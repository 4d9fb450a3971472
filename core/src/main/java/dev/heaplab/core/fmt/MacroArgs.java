package dev.heaplab.core.fmt;

import dev.heaplab.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The explicit arguments of a formatting macro after its format string, with their source spans
 * (used by "argument never used"); {@link Span#DUMMY} when unknown.
 */
public record MacroArgs(List<Span> positional, List<Named> named) {
    public MacroArgs {
        positional = List.copyOf(positional);
        named = List.copyOf(named);
    }

    /** `name = expr`: {@code span} is the expression's. */
    public record Named(String name, Span span) {}

    /** Arguments without source positions. */
    public static MacroArgs unlocated(int positional, List<String> named) {
        List<Span> pos = new ArrayList<>();
        for (int k = 0; k < positional; k++) pos.add(Span.DUMMY);
        List<Named> nm = new ArrayList<>();
        for (String n : named) nm.add(new Named(n, Span.DUMMY));
        return new MacroArgs(pos, nm);
    }

    /** How many explicit arguments there are; captured variables get indices from here on. */
    public int total() { return positional.size() + named.size(); }
}
