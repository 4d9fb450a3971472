package dev.heaplab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heaplab.core.profile.Hint;
import dev.heaplab.core.profile.Profile;
import dev.heaplab.core.profile.ProfileText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes `--profile-json`: the allocation profile in the schema of docs/profile-json.md (version 1). */
final class ProfileJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProfileJson() {}

    static String toJson(Profile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ObjectNode totals = root.putObject("totals");
        totals.put("allocs", p.totals().allocs());
        totals.put("reallocs", p.totals().reallocs());
        totals.put("deallocs", p.totals().deallocs());
        totals.put("bytes_allocated", p.totals().bytesAllocated());
        totals.put("peak_bytes", p.peak().bytes());
        totals.put("leaked_bytes", p.liveBytesAtEnd());
        ObjectNode peak = root.putObject("peak");
        peak.put("bytes", p.peak().bytes());
        peak.put("step", p.peak().step());
        peak.put("line", p.peak().line());
        ObjectNode end = root.putObject("end");
        end.put("live_blocks", p.liveBlocksAtEnd());
        end.put("live_bytes", p.liveBytesAtEnd());
        end.put("steps", p.steps());
        ArrayNode sites = root.putArray("sites");
        for (Profile.Site s : p.sites()) {
            ObjectNode n = sites.addObject();
            n.put("line", s.line());
            n.put("code", s.code());
            n.put("allocs", s.allocs());
            n.put("reallocs", s.reallocs());
            n.put("bytes", s.bytes());
            n.put("freed", s.freed());
            n.put("live_at_end", s.liveAtEnd());
            n.put("avg_lifetime", s.avgLifetime());
            n.put("max_lifetime", s.maxLifetime());
        }
        ArrayNode hints = root.putArray("hints");
        for (Hint h : p.hints()) {
            ObjectNode n = hints.addObject();
            n.put("kind", h.kind().name().toLowerCase(Locale.ROOT));
            n.put("line", h.line());
            n.put("what", h.what());
            n.put("count", h.count());
            n.put("from", h.from());
            n.put("to", h.to());
            n.put("saved_allocs", h.savedAllocs());
            n.put("saved_reallocs", h.savedReallocs());
            n.put("message", ProfileText.message(h, false));
            n.put("message_fr", ProfileText.message(h, true));
            ArrayNode edits = n.putArray("edits");
            for (Hint.Edit e : h.edits()) {
                ObjectNode en = edits.addObject();
                en.put("lo", e.lo());
                en.put("hi", e.hi());
                en.put("text", e.text());
            }
        }
        return root.toString() + "\n";
    }

    static void write(Path path, Profile p) throws IOException {
        Files.writeString(path, toJson(p), StandardCharsets.UTF_8);
    }
}
