package dev.shapegen.diff;

import dev.shapegen.model.Member;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** The shapes reachable from any operation's input: where a tightened constraint may reject a request. */
final class InputShapes {
    private InputShapes() {}

    static Set<String> of(ServiceModel model) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        model.operations().values().stream().map(Operation::input).filter(Objects::nonNull).forEach(todo::add);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            Shape s = model.shape(name);
            if (s == null || !seen.add(name)) {
                continue;
            }
            s.members().values().forEach(m -> todo.push(m.target()));
            for (Member child : new Member[] {s.listMember(), s.mapKey(), s.mapValue()}) {
                if (child != null) {
                    todo.push(child.target());
                }
            }
        }
        return new HashSet<>(seen);
    }
}
