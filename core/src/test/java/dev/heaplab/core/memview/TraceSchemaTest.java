package dev.heaplab.core.memview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.heaplab.core.interp.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON trace of every tests/trace program (default and --all selections) validates against docs/trace-format.schema.json. */
class TraceSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema schema() throws IOException {
        String text = Files.readString(TraceFixture.projectDir("docs").resolve("trace-format.schema.json"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    @TestFactory
    Stream<DynamicTest> tracesValidate() throws IOException {
        Schema schema = schema();
        return TraceFixture.programs(TraceFixture.projectDir("tests/trace")).stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> {
                    Trace t = TraceFixture.trace(p.getFileName().toString(), Files.readString(p), Limits.DEFAULT);
                    for (boolean all : new boolean[] {false, true}) {
                        String json = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.JSON, false, -1, all, false, 200)).text();
                        List<Error> errors = schema.validate(JSON.readTree(json));
                        assertThat(errors).as(p + (all ? " --all" : "")).isEmpty();
                    }
                }));
    }

    @Test
    void schemaRejectsAWrongVersionAndAnUnknownValueKind() throws IOException {
        Schema schema = schema();
        Path p = TraceFixture.projectDir("tests/trace").resolve("box_list.rs");
        Trace t = TraceFixture.trace("box_list.rs", Files.readString(p), Limits.DEFAULT);
        String json = TraceOutput.render(t, new TraceOutput.Options(TraceOutput.Format.JSON, false, -1, false, false, 200)).text();
        JsonNode good = JSON.readTree(json);
        assertThat(schema.validate(good)).isEmpty();
        assertThat(schema.validate(JSON.readTree(json.replace("\"version\": 1", "\"version\": 2")))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree(json.replaceFirst("\"kind\": \"scalar\"", "\"kind\": \"number\"")))).isNotEmpty();
    }
}
