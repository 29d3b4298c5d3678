package dev.shapegen.diff.docs;

import dev.shapegen.model.ServiceModel;

/** Placeholder. */
public final class MethodDocs {
    private MethodDocs() {}

    public static String render(ServiceModel model, String operation) {
        throw new UnsupportedOperationException("not yet");
    }
}
