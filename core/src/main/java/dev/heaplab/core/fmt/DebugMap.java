package dev.heaplab.core.fmt;

/**
 * Rust's {@code DebugMap}: `{k: v, k2: v2}`; with `#` one `k: v,` per line, indented (the key and
 * its value share one pad adapter, so a multi-line key continues into its value).
 */
public final class DebugMap {
    private final RustFormatter f;
    private boolean hasEntries;

    DebugMap(RustFormatter f) {
        this.f = f;
        f.write("{");
    }

    public DebugMap entry(RustFormatter.Fmt key, RustFormatter.Fmt value) {
        if (f.alternate()) {
            if (!hasEntries) f.write("\n");
            RustFormatter inner = f.withSink(new PadAdapter(f.sink()));
            key.fmt(inner);
            inner.write(": ");
            value.fmt(inner);
            inner.write(",\n");
        } else {
            if (hasEntries) f.write(", ");
            key.fmt(f);
            f.write(": ");
            value.fmt(f);
        }
        hasEntries = true;
        return this;
    }

    public void finish() { f.write("}"); }
}
