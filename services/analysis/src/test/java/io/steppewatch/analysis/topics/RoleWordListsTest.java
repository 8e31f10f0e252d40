package io.steppewatch.analysis.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.steppewatch.analysis.text.PhraseMatcher;
import io.steppewatch.analysis.text.TsvLines;
import io.steppewatch.analysis.text.Words;

class RoleWordListsTest {

    private enum Role { GATE, STATE }

    private static final Map<String, Role> ROLES = Map.of("gate", Role.GATE, "state", Role.STATE);

    @Test
    void shouldGiveEachLanguageItsOwnMatcherWithTheRolesItsLinesName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gates.tsv");
        Files.writeString(file, "# language\trole\twords\nen\tgate\tgate|checkpoint\nen\tstate\topened|closed*\n"
                + "fr\tgate\tporte\n", StandardCharsets.UTF_8);

        Map<String, PhraseMatcher<Role>> matchers = RoleWordLists.parse(TsvLines.fromFile(file, "gates"), ROLES);

        assertThat(matchers).containsOnlyKeys("en", "fr");
        assertThat(matchers.get("en").findAll(Words.split("The checkpoint was closed")))
                .extracting(PhraseMatcher.Match::value).containsExactly(Role.GATE, Role.STATE);
        assertThat(matchers.get("fr").findAll(Words.split("La porte est fermée")))
                .extracting(PhraseMatcher.Match::value).containsExactly(Role.GATE);
        assertThat(matchers.get("fr").findAll(Words.split("The checkpoint was closed"))).isEmpty();
    }

    @Test
    void shouldNameTheLineAndTheAllowedRolesWhenARoleIsUnknown(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gates.tsv");
        Files.writeString(file, "en\tgate\tgate\nen\tdoor\tdoor\n", StandardCharsets.UTF_8);
        List<TsvLines.Line> lines = TsvLines.fromFile(file, "gates");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RoleWordLists.parse(lines, ROLES));

        assertThat(error.getMessage()).isEqualTo(file + ":2: role must be one of [gate, state], got 'door'");
    }
}
