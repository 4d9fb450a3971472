package dev.heaplab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heaplab.core.interp.HeapStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes `--stats-json`: the heap statistics of `main` as one JSON object with keys in the contract's order. */
final class StatsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatsJson() {}

    static String toJson(HeapStats s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("allocs", s.allocs());
        n.put("reallocs", s.reallocs());
        n.put("deallocs", s.deallocs());
        n.put("bytes_allocated", s.bytesAllocated());
        n.put("peak_bytes", s.peakBytes());
        n.put("leaked_bytes", s.leakedBytes());
        return n.toString() + "\n";
    }

    static void write(Path path, HeapStats s) throws IOException {
        Files.writeString(path, toJson(s), StandardCharsets.UTF_8);
    }
}
