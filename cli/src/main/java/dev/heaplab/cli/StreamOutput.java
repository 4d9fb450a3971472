package dev.heaplab.cli;

import dev.heaplab.core.interp.ProgramOutput;
import java.io.PrintWriter;

/**
 * Streams the running program's output to the terminal. Stdout is buffered and flushed at line ends
 * at most every 50 ms (and before anything goes to stderr), so long outputs stay fast and short
 * programs still show their lines as they run.
 */
final class StreamOutput implements ProgramOutput {
    private static final long FLUSH_NANOS = 50_000_000L;
    private final PrintWriter out;
    private final PrintWriter err;
    private long lastFlush = System.nanoTime();

    StreamOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override public void stdout(String text) {
        out.write(text);
        if (text.indexOf('\n') >= 0 && System.nanoTime() - lastFlush > FLUSH_NANOS) flush();
    }

    @Override public void stderr(String text) {
        out.flush();
        err.write(text);
        err.flush();
    }

    void flush() {
        out.flush();
        err.flush();
        lastFlush = System.nanoTime();
    }
}
