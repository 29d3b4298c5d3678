package dev.shapegen;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.diag.SourceLocation;
import dev.shapegen.naming.Namer;
import dev.shapegen.naming.ReservedWords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request's package: one that javac, the JVM and file systems all take, and that generated code can name. A class
 * of its own, so that the up-to-date check, which never needs it, does not compile its pattern.
 */
final class PackageCheck {
    private static final Pattern PATTERN = Pattern.compile(
            "(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private PackageCheck() {}

    /** Reports a package that generated code cannot live in, with what to use instead. */
    static void check(String packageName, Diagnostics diagnostics) {
        // Characters javac ignores in identifiers (controls, format characters) would give a folder whose name is
        // not the package's.
        List<String> parts = List.of(packageName.split("\\."));
        boolean valid = PATTERN.matcher(packageName).matches()
                && packageName.codePoints().noneMatch(Character::isIdentifierIgnorable)
                && parts.stream().noneMatch(ReservedWords.KEYWORDS::contains);
        String problem = valid ? jdkOwned(packageName) : "is not a valid Java package name";
        if (problem == null && parts.stream().anyMatch(
                part -> part.getBytes(StandardCharsets.UTF_8).length > Namer.MAX_FILE_NAME_BYTES)) {
            problem = "has a segment longer than the " + Namer.MAX_FILE_NAME_BYTES + " bytes file systems take in a "
                    + "folder name";
        }
        if (problem == null) {
            problem = hiddenRoot(packageName);
        }
        if (problem != null) {
            diagnostics.error("request.package", new SourceLocation("<request>", 0, 0, null, null, null),
                    "\"" + packageName + "\" " + problem + "; use dot-separated identifiers of your own such as "
                            + "com.example.sagemaker");
        }
    }

    /**
     * Why generated code could not name the package, or null when it can: where a type must be written with its
     * package, a parameter or local variable named like the first segment hides the package.
     */
    private static String hiddenRoot(String packageName) {
        String root = ReservedWords.packageRoot(packageName);
        String why = ReservedWords.GENERATED_VARIABLES.contains(root)
                ? "the name of a variable in generated code" : root.startsWith("$")
                ? "and generated code names its local variables with a leading $" : null;
        if (why != null) {
            return "starts with " + root + ", " + why + ", which would hide the package where a type is written "
                    + "with its package";
        }
        return null;
    }

    /**
     * Why a package belongs to the JDK, or null when it does not. The JVM refuses classes in {@code java} and the
     * packages under it; javac refuses classes in a package a module of the JDK holds ({@code javax.xml},
     * {@code jdk.jfr}), as a package split between modules.
     */
    private static String jdkOwned(String packageName) {
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            return "is reserved for the JDK: the JVM loads no other classes from java and the packages under it";
        }
        for (Module module : ModuleLayer.boot().modules()) {
            if (module.getPackages().contains(packageName)) {
                return "is a package of the JDK's module " + module.getName() + ", and javac compiles no other "
                        + "classes into it";
            }
        }
        return null;
    }
}
