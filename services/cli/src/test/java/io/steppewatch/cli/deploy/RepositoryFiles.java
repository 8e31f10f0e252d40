package io.steppewatch.cli.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Finds the repository's deploy files and reads YAML, one tree per document. */
final class RepositoryFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RepositoryFiles() {
    }

    /** The repository root: the nearest directory above the working directory that holds deploy/ and pom.xml. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("deploy")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no repository root with deploy/ above " + Path.of("").toAbsolutePath());
    }

    static List<JsonNode> yamlDocuments(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll().stream()
                    .filter(node -> node != null && !node.isNull() && !node.isMissingNode())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read YAML " + file, e);
        }
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read YAML", e);
        }
    }

    /** Every {@code .yaml} file under {@code dir}, sorted. */
    static List<Path> yamlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
