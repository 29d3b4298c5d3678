package dev.shapegen.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapegen.diag.Diagnostic;
import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads spec bytes into a JSON tree, within limits that keep memory bounded, and turns everything that can go wrong
 * on the way (empty, too large, not UTF-8, not JSON, too deep, more than one value) into one diagnostic with its
 * place. The limits are far above the largest AWS model (ec2: 4 MiB, about 146,000 tokens, 6 levels deep).
 */
public final class SpecJson {
    /** Bytes: the file is read whole, so this bounds the memory of the bytes and of the strings in them. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /** Tokens (names, values, brackets): bounds the size of the tree whatever the bytes look like. */
    static final long MAX_TOKENS = 2_000_000;
    static final int MAX_DEPTH = 100;

    /** Strict about duplicate keys, which a hand-edited spec may contain by mistake. */
    static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxTokenCount(MAX_TOKENS).build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String EMPTY =
            "the spec file is empty; expected a JSON object with \"metadata\", \"operations\" and \"shapes\"";

    private SpecJson() {}

    /** The tree of the spec, or null when there is none (the reason is in {@code diagnostics}). */
    static JsonNode read(String file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > MAX_BYTES) {
            diagnostics.add(tooLarge(file, bytes.length));
            return null;
        }
        if (!SpecEncoding.check(file, bytes, diagnostics)) {
            return null;
        }
        try (JsonParser p = JSON.createParser(bytes)) {
            JsonNode root;
            try {
                root = p.nextToken() == null ? null : tree(p);
            } catch (StreamConstraintsException e) {
                diagnostics.add(limit(file, p, e));
                return null;
            } catch (JsonProcessingException e) {
                diagnostics.add(syntax(file, p, e));
                return null;
            }
            if (root == null) {
                // No bytes, or only whitespace.
                diagnostics.error("json.empty", new SourceLocation(file, 1, 1, "", null, null), EMPTY);
                return null;
            }
            trailing(file, p, diagnostics);
            return root;
        } catch (IOException e) {
            diagnostics.error("json.read", new SourceLocation(file, 0, 0, null, null, null),
                    "cannot read the spec: " + e.getMessage());
            return null;
        }
    }

    /**
     * The tree of the value at the parser's current token, made as {@code ObjectMapper.readTree} makes it (the same
     * node types) but straight from the parser: a cold JVM spends about 0.2 s setting up an {@code ObjectMapper},
     * about as long as reading sagemaker-latest takes without one. Recursion is bounded by {@link #MAX_DEPTH}, which
     * the parser enforces.
     */
    static JsonNode tree(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    object.set(name, tree(p));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(p));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return NODES.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return NODES.booleanNode(false);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected token " + p.currentToken());
        }
    }

    /** The diagnostic for a spec over {@link #MAX_BYTES}, said before it is read at all where possible. */
    public static Diagnostic tooLarge(String file, long size) {
        return Diagnostic.error("spec.too-large", new SourceLocation(file, 1, 1, "", null, null),
                String.format(Locale.ROOT, "the spec is %.1f MiB; shapegen reads specs of up to %d MiB (the largest "
                        + "AWS model, ec2, is about 4 MiB): check that this is the service model you meant",
                        size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }

    /** A second JSON value after the spec: most likely two files pasted together, or a stray edit. */
    private static void trailing(String file, JsonParser p, Diagnostics diagnostics) throws IOException {
        JsonLocation end = p.currentLocation();
        try {
            if (p.nextToken() == null) {
                return;
            }
            end = p.currentTokenLocation();
        } catch (JsonProcessingException e) {
            end = e.getLocation() != null ? e.getLocation() : end;
        }
        diagnostics.error("json.trailing", new SourceLocation(file, end.getLineNr(), end.getColumnNr(), null, null,
                null), "more text follows the end of the spec's JSON object; a spec file holds exactly one JSON "
                        + "object: remove what follows, or merge it into the object");
    }

    private static Diagnostic syntax(String file, JsonParser p, JsonProcessingException e) {
        JsonLocation l = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String pointer = p.getParsingContext().pathAsPointer().toString();
        String message = withoutSource(e.getOriginalMessage());
        if (e instanceof JsonEOFException) {
            message = "the file ends before the JSON is complete (" + truncation(message) + "); is it truncated? "
                    + "Restore the rest of the file";
        } else {
            message = "not valid JSON: " + message;
        }
        return Diagnostic.error("json.syntax", Pointers.located(file, l.getLineNr(), l.getColumnNr(), pointer),
                message);
    }

    /** Jackson's end-of-input message in the words of someone editing JSON, without its token names. */
    private static String truncation(String message) {
        return message.replace("Unexpected end-of-input", "unexpected end-of-input")
                .replaceAll(" in VALUE_STRING$", " inside a string")
                .replaceAll(" in (FIELD_NAME|VALUE_\\w+)$", " inside a value")
                .replace("within/between Object entries", "inside an object")
                .replace("within/between Array entries", "inside an array")
                .replace("close marker for Object", "'}' to close the object")
                .replace("close marker for Array", "']' to close the array")
                .replace("(start marker at ", "that starts at ").replaceAll("(, column \\d+)\\)$", "$1");
    }

    private static Diagnostic limit(String file, JsonParser p, StreamConstraintsException e) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        JsonLocation here = p.currentLocation();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Document nesting depth")) {
            // The check runs as soon as the bracket that goes one level too deep is read: it is the byte before.
            String outer = Pointers.ancestor(pointer, 4);
            return Diagnostic.error("json.too-deep", Pointers.located(file, here.getLineNr(),
                    Math.max(1, here.getColumnNr() - 1), outer), "the JSON nests deeper than " + MAX_DEPTH
                            + " levels here, inside " + (outer.isEmpty() ? "the top-level value" : outer)
                            + "; service models nest a few levels (the AWS ones 6 at most): look for unbalanced or "
                            + "runaway brackets");
        }
        JsonLocation token = p.currentTokenLocation();
        if (message.startsWith("Token count")) {
            return Diagnostic.error("spec.too-large", Pointers.located(file, token.getLineNr(), token.getColumnNr(),
                    pointer), String.format(Locale.ROOT, "the spec has more than %,d JSON tokens (names, values and "
                            + "brackets); shapegen reads up to that many (the largest AWS model, ec2, has about "
                            + "146,000): check that this is the service model you meant", MAX_TOKENS));
        }
        return Diagnostic.error("json.limit", Pointers.located(file, token.getLineNr(), token.getColumnNr(), pointer),
                withoutSource(message).replaceAll(", from `[^`]*`", "")
                        + "; no service model needs a name, string or number that long");
    }

    /**
     * Jackson's message with its {@code [Source: ...; line: L, column: C]} parts reduced to {@code line L, column C}:
     * the source description names parser settings, which mean nothing to someone editing the spec.
     */
    static String withoutSource(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]",
                "line $1, column $2");
    }
}
