package dev.shapegen.diff.docs;

import dev.shapegen.diff.docs.DocBlock.Admonition;
import dev.shapegen.diff.docs.DocBlock.Literal;
import dev.shapegen.diff.docs.DocBlock.Paragraph;
import dev.shapegen.model.Operation;
import dev.shapegen.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation of one operation as boto3's client reference shows it, in the plain-text form of the AWS API
 * change pages: the description, "See also", the request syntax of {@code client.method_name(...)}, every
 * parameter with its type and documentation, then the return type, the response syntax and the response structure.
 *
 * <p>The text follows what botocore writes as reStructuredText and how that page shows it: HTML documentation
 * becomes paragraphs and bullets, inline code becomes plain text unless its markup is broken, nested lists indent
 * by two columns. Sections botocore finds too long (over 1,500 lines of syntax or 5,000 of parameters) are replaced,
 * as botocore replaces them, by a pointer to the AWS API documentation.
 */
public final class MethodDocs {

    private static final String DEPRECATED = "This operation is deprecated and may not function as expected. This"
            + " operation should not be used going forward and is only kept for the purpose of backwards"
            + " compatiblity."; // sic: botocore's wording
    /** botocore's limits, in lines of its reStructuredText, above which it does not render a section. */
    private static final int SYNTAX_LIMIT = 1500;
    private static final int PARAMS_LIMIT = 5000;
    private static final List<String> TOO_LARGE = List.of("# This section is too large to render.",
            "# Please see the AWS API Documentation linked below.");
    /** The operation's page, which botocore links to only when it recognises the service and operation names. */
    private static final Pattern DOCS_UID = Pattern.compile("[a-z0-9-.]*");
    private static final Pattern DOCS_OPERATION = Pattern.compile("[a-zA-Z]*");
    private static final String DEFAULT_DOCS = "https://docs.aws.amazon.com/index.html";

    /** Names botocore spells by hand because its rules would split them wrongly. */
    private static final Map<String, String> SPECIAL_NAMES = Map.of(
            "CreateCachediSCSIVolume", "create_cached_iscsi_volume",
            "DescribeCachediSCSIVolumes", "describe_cached_iscsi_volumes",
            "DescribeStorediSCSIVolumes", "describe_stored_iscsi_volumes",
            "CreateStorediSCSIVolume", "create_stored_iscsi_volume",
            "ListHITsForQualificationType", "list_hits_for_qualification_type",
            "ExecutePartiQLStatement", "execute_partiql_statement",
            "ExecutePartiQLTransaction", "execute_partiql_transaction",
            "ExecutePartiQLBatch", "execute_partiql_batch");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s$");
    private static final Pattern FIRST_CAP = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern END_CAP = Pattern.compile("([a-z0-9])([A-Z])");

    private MethodDocs() {}

    /**
     * The documentation block of an operation, from its description through the end of the response structure:
     * lines joined with {@code \n}, no leading or trailing blank line.
     *
     * @throws IllegalArgumentException when the model has no such operation
     */
    public static String render(ServiceModel model, String operationName) {
        Operation op = model.operations().get(operationName);
        if (op == null) {
            throw new IllegalArgumentException("no operation " + operationName + " in " + model.source());
        }
        DocShapes shapes = new DocShapes(model, op);
        String uid = model.metadata().get("uid");
        String link = docsLink(uid, op.name());
        Page page = new Page();

        DocText.layout(page, op.documentation());
        if (op.deprecated()) {
            page.blocks(List.of(new Admonition("Danger", List.of(new Paragraph(DEPRECATED)))), 0);
        }
        if (uid != null) {
            page.line(0, "See also: AWS API Documentation");
        }

        Skeleton.Code requestSyntax = Skeleton.request(shapes, op.input(), "client." + pythonName(op.name()));
        ParamDocs.Section params = ParamDocs.request(shapes, op.input());
        boolean paramsTooLong = params.restLines() > PARAMS_LIMIT;
        if (requestSyntax.restLines() > SYNTAX_LIMIT) {
            tooLong(page, "Request Syntax", link);
            if (paramsTooLong) {
                tooLong(page, "Parameters", link);
            }
        } else {
            page.line(0, "Request Syntax");
            List<String> code = new ArrayList<>(requestSyntax.lines());
            if (paramsTooLong) {
                // botocore indents its replacement like the code above it, so the code block takes it in as typed.
                code.addAll(List.of("", "", "**Parameters**", "::", ""));
                TOO_LARGE.forEach(line -> code.add("    " + line));
                code.add("");
                code.add(link);
            }
            page.block(code);
            // The page shows the fields (parameters, then return type) right under the syntax block.
            page.tight();
        }
        if (!paramsTooLong) {
            ParamDocs.render(page, params.entries(), 0);
        }

        if (op.output() == null) {
            page.line(0, "returns:");
            page.line(0, "None");
            return page.text();
        }
        page.line(0, "rtype:");
        page.line(0, "dict");
        page.line(0, "returns:");
        if (shapes.hasEventStreamOutput()) {
            page.line(0, "The response of this operation contains an :class:`.EventStream` member. When iterated the"
                    + " :class:`.EventStream` will yield events based on the structure below, where only one of the"
                    + " top level keys will be present for any given event.");
        }
        Skeleton.Code responseSyntax = Skeleton.response(shapes, op.output());
        if (responseSyntax.restLines() > SYNTAX_LIMIT) {
            tooLong(page, "Response Syntax", link);
        } else {
            page.line(0, "Response Syntax");
            page.block(responseSyntax.lines());
        }
        ParamDocs.Section structure = ParamDocs.response(shapes, op.output());
        if (structure.restLines() > PARAMS_LIMIT) {
            tooLong(page, "Response Structure", link);
        } else {
            page.line(0, "Response Structure");
            ParamDocs.render(page, structure.entries(), 0);
        }
        return page.text();
    }

    /** What botocore puts in place of a section that is too long to render; {@code link} is reST. */
    private static void tooLong(Page page, String title, String link) {
        page.line(0, title);
        page.blocks(List.of(new Literal(TOO_LARGE)), 0);
        page.line(0, RestInline.render(link));
    }

    /**
     * The link under a section too long to render, as botocore writes it: to the operation's page when the "See
     * also" link exists and botocore's pattern recognises it, else to the documentation's home page.
     */
    private static String docsLink(String uid, String operation) {
        if (uid != null && DOCS_UID.matcher(uid).matches() && DOCS_OPERATION.matcher(operation).matches()) {
            return "`AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/" + uid + "/" + operation + ">`_";
        }
        return DEFAULT_DOCS;
    }

    /**
     * The Python name boto3 gives an operation, by botocore's {@code xform_name}: {@code ListTrainingPlans} becomes
     * {@code list_training_plans}, {@code DescribeDBInstances} {@code describe_db_instances}, and a pluralised
     * acronym stays whole ({@code ListWebACLs}: {@code list_web_acls}). A name that already contains an underscore is
     * returned as it is.
     */
    public static String pythonName(String name) {
        if (name.indexOf('_') >= 0) {
            return name;
        }
        String special = SPECIAL_NAMES.get(name);
        if (special != null) {
            return special;
        }
        Matcher plural = PLURAL_ACRONYM.matcher(name);
        if (plural.find()) {
            name = name.substring(0, plural.start()) + "_" + plural.group().toLowerCase(Locale.ROOT);
        }
        String s1 = FIRST_CAP.matcher(name).replaceAll("$1_$2");
        return END_CAP.matcher(s1).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }
}
