package dev.heaplab.core.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The programs the mutations start from: tests/ui, examples and bench programs, in a fixed order. */
final class Corpus {
    private Corpus() {}

    record Program(String name, String text) {}

    static List<Program> all() {
        Path root = projectRoot();
        try (Stream<Path> ui = Files.walk(root.resolve("tests/ui"));
             Stream<Path> ex = Files.walk(root.resolve("examples"));
             Stream<Path> bench = Files.walk(root.resolve("bench/programs"))) {
            return Stream.of(ui, ex, bench).flatMap(s -> s)
                    .filter(p -> p.toString().endsWith(".rs"))
                    .map(p -> new Program(root.relativize(p).toString(), read(p)))
                    .sorted(java.util.Comparator.comparing(Program::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory holding tests/ui, searched upwards from the working directory (core/ under Maven). */
    static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tests").resolve("ui"))) return dir;
        }
        throw new IllegalStateException("tests/ui not found above " + Path.of("").toAbsolutePath());
    }
}
