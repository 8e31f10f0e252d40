package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The tree reader must give the very tree the lenient ObjectMapper MetadataReader used gave, or fail as it did. */
class JsonTreesTest {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private final JsonTrees trees = JsonTrees.lenient();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"@type\":\"NewsArticle\",\"headline\":\"Herders\",\"author\":[{\"name\":\"A\"},{\"name\":\"B\"}]}",
            "{\"@graph\":[{\"@type\":[\"WebPage\"]},{\"@type\":\"Article\",\"mainEntity\":{\"a\":[1,[2,[3]],{}]}}]}",
            "{\"a\":1,\"b\":2,\"a\":{\"c\":3}}", "{\"a\":{\"x\":1},\"b\":0,\"a\":[1]}",
            "[1, 2147483647, 2147483648, 9223372036854775807, 9223372036854775808, -0, 1.5, 1e3, -2.5E-3, 0.1]",
            "{'single': 'quotes', \"trailing\": [1, 2,], }", "/* a comment */ {\"a\": 1} // after",
            "{\"text\": \"line\nbreak and a\ttab\"}", "{\"escaped\": \"\\q\\u00e9\\n\"}", "\"just a string\"", "42",
            "null", "true", "[]", "{}", "   ", "/* only a comment */", "{\"a\":1} trailing garbage {",
            "[{\"a\":1}] [2]", "{\"datePublished\":1577836800,\"n\":1577836800123,\"d\":1.5e9}", "[[[[[[]]]]]]"})
    void shouldGiveTheMappersTreeWhenTheJsonIsReadable(String json) throws JacksonException {
        JsonNode expected = mapper.readTree(json);

        JsonNode read = trees.readTree(json);

        assertThat(read).isEqualTo(expected);
        assertThat(read.getNodeType()).isEqualTo(expected.getNodeType());
        assertThat(read.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"@type\":\"NewsArticle\",\"image\":{\"url\":\"x\",\"name\":\"y\"},\"author\":[{\"name\":\"A\",\"url\":1}]}",
            "{\"@graph\":[{\"@type\":[\"WebPage\"],\"about\":[1,{\"headline\":2}]},{\"mainEntity\":{\"a\":[1]}}]}",
            "[{\"skip\":{\"deep\":[[{\"name\":1}]]},\"name\":\"kept\",\"skip\":2}, 3]", "{\"a\":1}", "7"})
    void shouldGiveTheMappersTreeWithOnlyTheNamedKeysWhenGivenKeys(String json) throws JacksonException {
        Set<String> keys = Set.of("@type", "@graph", "mainEntity", "headline", "author", "name");
        JsonNode expected = withOnly(mapper.readTree(json), keys);

        JsonNode read = trees.readTree(json, keys);

        assertThat(read).isEqualTo(expected);
        assertThat(read.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"skip\":[1, 2", "{\"skip\":{\"a\" 1}}", "{\"skip\":tru}", "{\"skip\":{\"a\":1]}"})
    void shouldFailAsTheMapperDidWhenTheBrokenPartIsSkipped(String json) {
        assertThatThrownBy(() -> mapper.readTree(json)).isInstanceOf(JacksonException.class);

        assertThatThrownBy(() -> trees.readTree(json, Set.of("name"))).isInstanceOf(JacksonException.class);
    }

    /** The mapper's tree with every object's other keys removed, at any depth. */
    private static JsonNode withOnly(JsonNode node, Set<String> keys) {
        if (node instanceof ObjectNode object) {
            object.retain(keys);
        }
        for (JsonNode child : node) {
            withOnly(child, keys);
        }
        return node;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":", "{\"a\" 1}", "[1, 2", "{\"a\":1,,}", "{a:1}", "[NaN]", "{\"a\":tru}", "}",
            "{\"a\":1]"})
    void shouldFailAsTheMapperDidWhenTheJsonIsBroken(String json) {
        assertThatThrownBy(() -> mapper.readTree(json)).isInstanceOf(JacksonException.class);

        assertThatThrownBy(() -> trees.readTree(json)).isInstanceOf(JacksonException.class);
    }
}
