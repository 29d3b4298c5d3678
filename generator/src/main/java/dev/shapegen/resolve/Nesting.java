package dev.shapegen.resolve;

import dev.shapegen.model.Member;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.model.Shape;
import dev.shapegen.model.ShapeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How deep the lists and maps of a model nest, all found in one pass, in time linear in the model: each list or map
 * holds one shape (a map's value), so following them from any shape either ends at another kind of shape or runs
 * into a loop. Walking from each shape on its own took minutes on a chain of thousands.
 */
final class Nesting {
    /** The depth of a list or map that is on a loop, or leads into one: no Java type can express it. */
    static final int ENDLESS = -1;

    private final ServiceModel model;
    /** Levels of lists and maps from a shape down, itself included, or {@link #ENDLESS}. */
    private final Map<String, Integer> depth = new HashMap<>();
    /** For a shape on a loop, how many shapes the loop has. */
    private final Map<String, Integer> loopLength = new HashMap<>();

    Nesting(ServiceModel model) {
        this.model = model;
        for (Shape s : model.shapes().values()) {
            if (nests(s) && !depth.containsKey(s.name())) {
                walk(s);
            }
        }
    }

    private static boolean nests(Shape s) {
        return s != null && (s.type() == ShapeType.LIST || s.type() == ShapeType.MAP);
    }

    /** The list or map that a list or map holds, or null when it holds another kind of shape (or a missing one). */
    Shape inner(Shape s) {
        Member element = s.type() == ShapeType.LIST ? s.listMember() : s.mapValue();
        Shape next = element == null ? null : model.shape(element.target());
        return nests(next) ? next : null;
    }

    private void walk(Shape start) {
        List<Shape> path = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int below;
        for (Shape s = start;;) {
            index.put(s.name(), path.size());
            path.add(s);
            Shape next = inner(s);
            if (next == null) {
                below = 0;
                break;
            }
            Integer known = depth.get(next.name());
            if (known != null) {
                below = known;
                break;
            }
            Integer at = index.get(next.name());
            if (at != null) {
                for (int i = at; i < path.size(); i++) {
                    depth.put(path.get(i).name(), ENDLESS);
                    loopLength.put(path.get(i).name(), path.size() - at);
                }
                path = path.subList(0, at);
                below = ENDLESS;
                break;
            }
            s = next;
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            below = below == ENDLESS ? ENDLESS : below + 1;
            depth.put(path.get(i).name(), below);
        }
    }

    /** Levels of lists and maps from a list or map down, itself included, or {@link #ENDLESS}. */
    int depth(Shape listOrMap) {
        return depth.getOrDefault(listOrMap.name(), 0);
    }

    /** How many shapes the loop a shape is on has, or 0 when it is on none. */
    int loopLength(Shape listOrMap) {
        return loopLength.getOrDefault(listOrMap.name(), 0);
    }

    /** The names from a shape inwards, {@code steps} shapes after it or up to where the nesting ends. */
    String path(Shape from, int steps) {
        StringBuilder names = new StringBuilder(from.name());
        Shape s = from;
        for (int i = 0; i < steps && (s = inner(s)) != null; i++) {
            names.append(" -> ").append(s.name());
        }
        return names.toString();
    }
}
