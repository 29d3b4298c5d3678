package dev.shapegen.emit;

/** Placeholder until the real converter lands: strips tags and escapes. */
public final class JavadocText {
    private JavadocText() {}

    public static String fromHtml(String html) {
        String text = html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("\\", "&#92;");
    }
}
