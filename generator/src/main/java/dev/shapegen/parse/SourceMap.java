package dev.shapegen.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.shapegen.diag.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds line and column of JSON pointers in the spec's bytes. Only runs when there are diagnostics to place, so the
 * parsed model carries no position data and a clean run pays nothing for it.
 */
public final class SourceMap {
    private SourceMap() {}

    /** Returns the diagnostics with file, line and column filled in wherever their pointer is found. */
    public static List<Diagnostic> place(String file, byte[] bytes, List<Diagnostic> diagnostics) {
        Set<String> wanted = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.location().line() == 0 && d.location().pointer() != null) {
                wanted.add(d.location().pointer());
            }
        }
        Map<String, int[]> found = wanted.isEmpty() ? Map.of() : locate(bytes, wanted);
        List<Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            var loc = d.location();
            int[] pos = loc.line() == 0 && loc.pointer() != null ? found.get(loc.pointer()) : null;
            if (pos != null) {
                loc = loc.withPosition(file, pos[0], pos[1]);
            } else if (loc.file() == null) {
                loc = loc.withPosition(file, loc.line(), loc.column());
            }
            out.add(new Diagnostic(d.id(), d.severity(), loc, d.message()));
        }
        // In file order, so people can fix them top to bottom; the sort is stable for equal positions.
        out.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line() == 0 ? Integer.MAX_VALUE
                : d.location().line()).thenComparingInt(d -> d.location().column()));
        return out;
    }

    /** Maps each wanted pointer to {line, column} of its key (or of the value, for array elements and the root). */
    static Map<String, int[]> locate(byte[] bytes, Set<String> wanted) {
        Map<String, int[]> found = new HashMap<>();
        try (JsonParser p = SpecJson.JSON.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null && found.size() < wanted.size()) {
                if (t.isStructEnd()) {
                    // A closing bracket is not where anything is; after it the context is the parent's again.
                    continue;
                }
                String ptr = pointer(p, t);
                if (wanted.contains(ptr) && !found.containsKey(ptr)) {
                    JsonLocation l = p.currentTokenLocation();
                    found.put(ptr, new int[] {l.getLineNr(), l.getColumnNr()});
                }
            }
        } catch (IOException e) {
            // The spec was readable once; whatever was placed before a late failure is still right.
        }
        return found;
    }

    /**
     * The pointer of the value around byte {@code offset}: of the last token that starts at or before it, or of
     * the place where the parser gave up on the bytes there. For problems the parser itself does not point at.
     */
    static String pointerAt(byte[] bytes, long offset) {
        String last = "";
        try (JsonParser p = SpecJson.JSON.createParser(bytes)) {
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null && p.currentTokenLocation().getByteOffset() <= offset) {
                    last = t.isStructEnd() ? p.getParsingContext().pathAsPointer().toString() : pointer(p, t);
                }
            } catch (IOException e) {
                last = p.getParsingContext().pathAsPointer().toString();
            }
        } catch (IOException e) {
            // Closing an in-memory parser does not fail; the pointer found so far stands.
        }
        return last;
    }

    private static String pointer(JsonParser p, JsonToken t) {
        JsonStreamContext context = p.getParsingContext();
        if (t.isStructStart()) {
            // The parser has already entered the new object or array; the value's place is its parent's path.
            context = context.getParent();
        }
        return context.pathAsPointer().toString();
    }
}
