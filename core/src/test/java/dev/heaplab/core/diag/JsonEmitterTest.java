package dev.heaplab.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The JSON format: one parseable object per line with rustc's field names and byte/line/column positions. */
class JsonEmitterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void movedValueAsRustcStyleJson() throws Exception {
        RustcSample r = RustcSample.load("moved");
        Diagnostic d = Diagnostic.error("E0382", "borrow of moved value: `s`")
                .primary(r.at(4, "s"), "value borrowed here after move")
                .secondary(r.at(3, "s"), "value moved here")
                .note("a note")
                .suggestion("consider cloning", r.after(3, "= s"), ".clone()")
                .build();
        String[] lines = JsonEmitter.forFile(r.file()).renderAll(java.util.List.of(d)).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode j = JSON.readTree(lines[0]);
        assertThat(j.get("message").asText()).isEqualTo("borrow of moved value: `s`");
        assertThat(j.get("code").get("code").asText()).isEqualTo("E0382");
        assertThat(j.get("level").asText()).isEqualTo("error");
        JsonNode primary = j.get("spans").get(0);
        assertThat(primary.get("is_primary").asBoolean()).isTrue();
        assertThat(primary.get("line_start").asInt()).isEqualTo(4);
        assertThat(primary.get("column_start").asInt()).isEqualTo(20);
        assertThat(primary.get("column_end").asInt()).isEqualTo(21);
        int byteStart = primary.get("byte_start").asInt();
        assertThat(r.file().text().substring(byteStart, byteStart + 1)).isEqualTo("s");
        assertThat(primary.get("text").get(0).get("text").asText()).isEqualTo("    println!(\"{}\", s);");
        assertThat(j.get("children").get(0).get("level").asText()).isEqualTo("note");
        assertThat(j.get("children").get(1).get("spans").get(0).get("suggested_replacement").asText()).isEqualTo(".clone()");
        assertThat(j.get("rendered").asText()).startsWith("error[E0382]: borrow of moved value: `s`\n --> moved.rs:4:20\n");
        assertThat(JSON.readTree(lines[1]).get("message").asText()).isEqualTo("aborting due to 1 previous error");
    }
}
