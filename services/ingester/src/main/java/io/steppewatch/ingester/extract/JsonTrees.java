package io.steppewatch.ingester.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON text into Jackson's tree as {@code ObjectMapper.readTree} does, without an ObjectMapper: building
 * one (its configuration, its date format and with it the JDK's locale data) is a noticeable part of a short
 * extract run's start-up, and the tree needs none of it. The same parser with the same features; the same nodes:
 * the last of duplicate keys wins in the first one's place, an integer becomes an int, long or big integer node
 * by its size, a decimal a double node; whatever follows the first value is ignored; no value at all (blank, or
 * comments only) is a missing node. Malformed JSON throws the parser's own exception.
 */
final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonFactory factory;

    /** Pages write JSON-LD by hand: control characters in strings, trailing commas, comments, single quotes. */
    static JsonTrees lenient() {
        return new JsonTrees(JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .build());
    }

    JsonTrees(JsonFactory factory) {
        this.factory = factory;
    }

    JsonNode readTree(String content) throws JacksonException {
        return readTree(content, null);
    }

    /**
     * The same tree, but objects keep only the keys named in {@code keys} (at any depth; array items all stay):
     * the values of the others are skipped as the parser reads past them, checked but never built. Null keeps all.
     */
    JsonNode readTree(String content, Set<String> keys) throws JacksonException {
        try (JsonParser parser = factory.createParser(content)) {
            return read(parser, keys);
        } catch (JacksonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail but for its content", e);
        }
    }

    private static JsonNode read(JsonParser parser, Set<String> keys) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return MissingNode.getInstance();
        }
        // A stack rather than recursion: the parser's nesting limit is deeper than a thread's stack may allow.
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        JsonNode root = null;
        String key = null;
        do {
            if (token == JsonToken.FIELD_NAME) {
                key = parser.currentName();
                if (keys != null && !keys.contains(key)) {
                    JsonToken skipped = parser.nextToken();
                    if (skipped != null && skipped.isStructStart()) {
                        parser.skipChildren();
                    }
                }
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                if (open.isEmpty()) {
                    return root;
                }
                continue;
            }
            JsonNode node = node(parser, token);
            ContainerNode<?> parent = open.peek();
            if (parent == null) {
                root = node;
            } else if (parent instanceof ObjectNode object) {
                object.replace(key, node);
            } else {
                ((ArrayNode) parent).add(node);
            }
            if (node instanceof ContainerNode<?> container) {
                open.push(container);
            } else if (parent == null) {
                return root;
            }
        } while ((token = parser.nextToken()) != null);
        return root;
    }

    private static JsonNode node(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            // A text parser has not typed a decimal yet (unknown), so it is a double, as the mapper makes it.
            case VALUE_NUMBER_FLOAT -> parser.getNumberTypeFP() == JsonParser.NumberTypeFP.FLOAT32
                    ? NODES.numberNode(parser.getFloatValue()) : NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a JSON text has no token " + token);
        };
    }
}
