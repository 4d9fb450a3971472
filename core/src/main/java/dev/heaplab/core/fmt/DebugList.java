package dev.heaplab.core.fmt;

/**
 * Rust's {@code DebugList} and {@code DebugSet}: `[1, 2]` or `{1, 2}`; with `#` one entry per line,
 * indented, each followed by a comma.
 */
public final class DebugList {
    private final RustFormatter f;
    private final String close;
    private boolean hasEntries;

    DebugList(RustFormatter f, String open, String close) {
        this.f = f;
        this.close = close;
        f.write(open);
    }

    public DebugList entry(RustFormatter.Fmt value) {
        if (f.alternate()) {
            if (!hasEntries) f.write("\n");
            RustFormatter inner = f.withSink(new PadAdapter(f.sink()));
            value.fmt(inner);
            inner.write(",\n");
        } else {
            if (hasEntries) f.write(", ");
            value.fmt(f);
        }
        hasEntries = true;
        return this;
    }

    public void finish() { f.write(close); }
}
