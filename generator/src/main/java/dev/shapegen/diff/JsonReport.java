package dev.shapegen.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shapegen.diff.severity.DiffSeverity;
import dev.shapegen.diff.severity.SeverityRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The machine-readable report: every change, additions and removals alike, with its severity. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static String render(String oldName, String newName, List<Change> changes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", oldName);
        root.put("new", newName);
        Map<DiffSeverity, Integer> counts = new EnumMap<>(DiffSeverity.class);
        for (DiffSeverity s : DiffSeverity.values()) {
            counts.put(s, 0);
        }
        ArrayNode list = MAPPER.createArrayNode();
        for (Change c : changes) {
            DiffSeverity severity = SeverityRules.judge(c);
            counts.merge(severity, 1, Integer::sum);
            ObjectNode n = list.addObject();
            n.put("kind", c.kind().wireName());
            n.put("severity", severity.wireName());
            n.put("path", c.path());
            putIfSet(n, "shape", c.shape());
            putIfSet(n, "member", c.member());
            putIfSet(n, "old", c.before());
            putIfSet(n, "new", c.after());
            putIfSet(n, "note", c.note());
            if (c.kind() == ChangeKind.CONSTRAINT_CHANGED) {
                n.put("tightened", c.tightened());
            }
            if (c.usedInInput()) {
                n.put("input", true);
            }
        }
        ObjectNode summary = root.putObject("summary");
        counts.forEach((s, n) -> summary.put(s.wireName(), n));
        root.set("changes", list);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfSet(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    /** Whether any change is breaking. */
    public static boolean hasBreaking(List<Change> changes) {
        return changes.stream().anyMatch(c -> SeverityRules.judge(c) == DiffSeverity.BREAKING);
    }
}
