package dev.heaplab.core.fmt;

/**
 * Rust's {@code DebugTuple}: `Name(1, 2)`; with an empty name a tuple, where a single field gets a
 * trailing comma `(1,)`. With `#` one field per line, indented, each followed by a comma.
 */
public final class DebugTuple {
    private final RustFormatter f;
    private final boolean emptyName;
    private int fields;

    DebugTuple(RustFormatter f, String name) {
        this.f = f;
        this.emptyName = name.isEmpty();
        f.write(name);
    }

    public DebugTuple field(RustFormatter.Fmt value) {
        if (f.alternate()) {
            if (fields == 0) f.write("(\n");
            RustFormatter inner = f.withSink(new PadAdapter(f.sink()));
            value.fmt(inner);
            inner.write(",\n");
        } else {
            f.write(fields == 0 ? "(" : ", ");
            value.fmt(f);
        }
        fields++;
        return this;
    }

    public void finish() {
        if (fields == 0) {
            if (emptyName) f.write("()");
            return;
        }
        if (fields == 1 && emptyName && !f.alternate()) f.write(",");
        f.write(")");
    }
}
