package dev.shapegen.naming;

import java.util.Set;

/**
 * Names that generated code cannot use as they are. Kept as data so that every naming rule consults the same lists.
 */
public final class ReservedWords {
    private ReservedWords() {}

    /** Java keywords and literals, which can never be identifiers. */
    public static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_");

    /** Restricted identifiers: legal in some places, confusing or illegal in others, so never used. */
    public static final Set<String> RESTRICTED = Set.of(
            "var", "yield", "record", "sealed", "permits", "non-sealed", "when", "module", "open", "exports", "opens",
            "requires", "transitive", "to", "uses", "provides", "with");

    /**
     * Method names a record component may not take: members of {@code Object} and {@code Record}, and the members
     * shapegen generates on every record and builder.
     */
    /**
     * The last component of every generated record and the builder field behind it: the members of the JSON that the
     * code does not know (the runtime's {@code UnknownMembers}).
     */
    public static final String UNKNOWN_MEMBERS = "unknownMembers";

    public static final Set<String> RECORD_MEMBERS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals",
            "builder", "toBuilder", "build", "validate", "validateOrThrow", "readJson", "writeJson", UNKNOWN_MEMBERS);

    /**
     * The parameters, locals and fixed fields of generated types ({@code readJson(JsonParser p)}, a variant's
     * {@code value}, an enum's {@code byValue}), besides the record components and builder methods named after
     * members; generated locals that start with {@code $} are not listed. A package whose first segment is one of
     * these is hidden by the variable where generated code writes a type with its package ({@code
     * com.example.Tag.readJson(q)} in a union with a variant {@code Tag}), so such packages are refused.
     */
    public static final Set<String> GENERATED_VARIABLES = Set.of(
            "all", "b", "byValue", "e", "found", "g", "known", "name", "o", "other", "p", "q", "source",
            UNKNOWN_MEMBERS, "v", "value");

    /**
     * First segments of packages whose types generated code may write with their package ({@code java.lang.Long},
     * where the model has a type named Long; {@code com.fasterxml.jackson.core.JsonParser}, where it has one named
     * JsonParser). A record component with such a name would hide the package, so members are not given them.
     */
    public static final Set<String> LIBRARY_PACKAGE_ROOTS = Set.of("com", "java", "javax");

    /** Nested type names shapegen generates; a top-level type with one of these names would clash. */
    public static final Set<String> NESTED_TYPES = Set.of("Builder", "Known", "Unknown");

    /** Constant names shapegen generates in enum types. */
    public static final Set<String> ENUM_CONSTANTS = Set.of("UNRECOGNIZED");

    /** Classes of {@code java.lang}: a generated type with one of these names forces qualified references. */
    public static final Set<String> JAVA_LANG = Set.of(
            "AbstractMethodError", "Appendable", "ArithmeticException", "ArrayIndexOutOfBoundsException",
            "ArrayStoreException", "AssertionError", "AutoCloseable", "Boolean", "BootstrapMethodError", "Byte",
            "Character", "CharSequence", "Class", "ClassCastException", "ClassFormatError", "ClassLoader",
            "ClassNotFoundException", "ClassValue", "Cloneable", "CloneNotSupportedException", "Comparable",
            "Compiler", "Deprecated", "Double", "Enum", "Error", "Exception", "ExceptionInInitializerError", "Float",
            "FunctionalInterface", "IllegalAccessError", "IllegalAccessException", "IllegalArgumentException",
            "IllegalCallerException", "IllegalMonitorStateException", "IllegalStateException",
            "IllegalThreadStateException", "IncompatibleClassChangeError", "IndexOutOfBoundsException",
            "InheritableThreadLocal", "InstantiationError", "InstantiationException", "Integer", "InternalError",
            "InterruptedException", "Iterable", "LayerInstantiationException", "LinkageError", "Long", "Math",
            "Module", "ModuleLayer", "NegativeArraySizeException", "NoClassDefFoundError", "NoSuchFieldError",
            "NoSuchFieldException", "NoSuchMethodError", "NoSuchMethodException", "NullPointerException", "Number",
            "NumberFormatException", "Object", "OutOfMemoryError", "Override", "Package", "Process",
            "ProcessBuilder", "ProcessHandle", "Readable", "Record", "ReflectiveOperationException", "Runnable",
            "Runtime", "RuntimeException", "RuntimePermission", "SafeVarargs", "SecurityException",
            "SecurityManager", "Short", "StackOverflowError", "StackTraceElement", "StackWalker", "StrictMath",
            "String", "StringBuffer", "StringBuilder", "StringIndexOutOfBoundsException", "SuppressWarnings",
            "System", "Thread", "ThreadDeath", "ThreadGroup", "ThreadLocal", "Throwable", "TypeNotPresentException",
            "UnknownError", "UnsatisfiedLinkError", "UnsupportedClassVersionError",
            "UnsupportedOperationException", "VerifyError", "VirtualMachineError", "Void");

    /** The first segment of a package name: the one a variable of that name would hide. */
    public static String packageRoot(String packageName) {
        int dot = packageName.indexOf('.');
        return dot < 0 ? packageName : packageName.substring(0, dot);
    }

    /** Whether a lowerCamel identifier cannot be used as a record component or builder method name. */
    public static boolean isReservedMember(String identifier) {
        return KEYWORDS.contains(identifier) || RESTRICTED.contains(identifier) || RECORD_MEMBERS.contains(identifier);
    }

    /** Why a reserved member name is not used as it is, for the rename's warning; null when it is not reserved. */
    public static String whyReservedMember(String identifier) {
        return KEYWORDS.contains(identifier) ? "it is a Java keyword"
                : RESTRICTED.contains(identifier) ? "it is one of Java's restricted identifiers (var, record, when, "
                        + "...), which are keywords in some places"
                : RECORD_MEMBERS.contains(identifier) ? "every record or builder has a method of that name"
                : null;
    }
}
