package dev.shapegen.diff.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shapegen.diag.Diagnostics;
import dev.shapegen.model.ServiceModel;
import dev.shapegen.parse.SpecParser;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The documentation of one operation, construct by construct, on small models. The expected pages are what
 * botocore writes for these models, as docutils shows it.
 */
class MethodDocsTest {

    /** An enum is written as its values joined by |, and documented as a string. */
    @Test
    void enumParameter() {
        ServiceModel model = model("json", """
                "SetColor": {"name": "SetColor", "input": {"shape": "SetColorRequest"},
                  "documentation": "<p>Sets the color.</p>"}
                """, """
                "SetColorRequest": {"type": "structure", "required": ["Color"], "members": {
                  "Color": {"shape": "Color", "documentation": "<p>The color to use.</p>"}}},
                "Color": {"type": "string", "enum": ["RED", "GREEN", "BLUE"]}
                """);

        assertEquals(page("""
                Sets the color.

                See also: AWS API Documentation

                Request Syntax

                client.set_color(
                    Color='RED'|'GREEN'|'BLUE'
                )
                type Color:

                string

                param Color:

                [REQUIRED]

                The color to use.

                returns:

                None
                """), MethodDocs.render(model, "SetColor"));
    }

    /** A list of structures nests a (dict) bullet holding the members, each with its own required mark. */
    @Test
    void nestedListOfStructures() {
        ServiceModel model = model("json", """
                "PutItems": {"name": "PutItems", "input": {"shape": "PutItemsRequest"},
                  "output": {"shape": "PutItemsResponse"}}
                """, """
                "PutItemsRequest": {"type": "structure", "required": ["Items"], "members": {
                  "Items": {"shape": "ItemList", "documentation": "<p>The items to put.</p>"}}},
                "PutItemsResponse": {"type": "structure", "members": {
                  "Failed": {"shape": "ItemList", "documentation": "<p>The items that were not put.</p>"}}},
                "ItemList": {"type": "list", "member": {"shape": "Item"}},
                "Item": {"type": "structure", "required": ["Key"], "members": {
                  "Key": {"shape": "String", "documentation": "<p>The key.</p>"},
                  "Tags": {"shape": "StringList"}}, "documentation": "<p>One item.</p>"},
                "StringList": {"type": "list", "member": {"shape": "String"}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.put_items(
                    Items=[
                        {
                            'Key': 'string',
                            'Tags': [
                                'string',
                            ]
                        },
                    ]
                )
                type Items:

                list

                param Items:

                [REQUIRED]

                The items to put.

                  • (dict) --

                    One item.

                    • Key (string) -- [REQUIRED]

                      The key.

                    • Tags (list) --

                      • (string) --

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Failed': [
                        {
                            'Key': 'string',
                            'Tags': [
                                'string',
                            ]
                        },
                    ]
                }

                Response Structure

                  • (dict) --

                    • Failed (list) --

                      The items that were not put.

                      • (dict) --

                        One item.

                        • Key (string) --

                          The key.

                        • Tags (list) --

                          • (string) --
                """), MethodDocs.render(model, "PutItems"));
    }

    /** A map is written with a 'string' key; its value is documented as a bullet inside the key's. */
    @Test
    void maps() {
        ServiceModel model = model("json", """
                "Label": {"name": "Label", "input": {"shape": "LabelRequest"},
                  "output": {"shape": "LabelResponse"}}
                """, """
                "LabelRequest": {"type": "structure", "members": {"Labels": {"shape": "LabelMap",
                  "documentation": "<p>The labels.</p>"}}},
                "LabelResponse": {"type": "structure", "members": {"ByName": {"shape": "ThingMap"}}},
                "LabelMap": {"type": "map", "key": {"shape": "LabelKey"}, "value": {"shape": "String"}},
                "ThingMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Thing"}},
                "LabelKey": {"type": "string", "documentation": "<p>A label key.</p>"},
                "Thing": {"type": "structure", "members": {"Size": {"shape": "Integer"}}},
                "String": {"type": "string"},
                "Integer": {"type": "integer"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.label(
                    Labels={
                        'string': 'string'
                    }
                )
                type Labels:

                dict

                param Labels:

                The labels.

                  • (string) --

                    A label key.

                    • (string) --

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'ByName': {
                        'string': {
                            'Size': 123
                        }
                    }
                }

                Response Structure

                  • (dict) --

                    • ByName (dict) --

                      • (string) --

                        • (dict) --

                          • Size (integer) --
                """), MethodDocs.render(model, "Label"));
    }

    /** A shape inside itself is written {'... recursive ...'} and documented once more without its members. */
    @Test
    void recursion() {
        ServiceModel model = model("json", """
                "PutTree": {"name": "PutTree", "input": {"shape": "PutTreeRequest"},
                  "output": {"shape": "PutTreeRequest"}}
                """, """
                "PutTreeRequest": {"type": "structure", "required": ["Root"],
                  "members": {"Root": {"shape": "Node"}}},
                "Node": {"type": "structure", "required": ["Name"], "members": {
                  "Name": {"shape": "String"},
                  "Children": {"shape": "NodeList", "documentation": "<p>The sub-nodes.</p>"}},
                    "documentation": "<p>A node.</p>"},
                "NodeList": {"type": "list", "member": {"shape": "Node"}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.put_tree(
                    Root={
                        'Name': 'string',
                        'Children': [
                            {'... recursive ...'},
                        ]
                    }
                )
                type Root:

                dict

                param Root:

                [REQUIRED]

                A node.

                  • Name (string) -- [REQUIRED]

                  • Children (list) --

                    The sub-nodes.

                    • (dict) --

                      A node.

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Root': {
                        'Name': 'string',
                        'Children': [
                            {'... recursive ...'},
                        ]
                    }
                }

                Response Structure

                  • (dict) --

                    • Root (dict) --

                      A node.

                      • Name (string) --

                      • Children (list) --

                        The sub-nodes.

                        • (dict) --

                          A node.
                """), MethodDocs.render(model, "PutTree"));
    }

    /**
     * Scalars have botocore's example values and Python type names: long is an integer, double and float are floats,
     * float has no example.
     */
    @Test
    void scalarTypes() {
        ServiceModel model = model("json", """
                "Measure": {"name": "Measure", "input": {"shape": "Values"}, "output": {"shape": "Values"}}
                """, """
                "Values": {"type": "structure", "members": {
                  "Enabled": {"shape": "Boolean"}, "Data": {"shape": "Blob"}, "At": {"shape": "Timestamp"},
                  "Count": {"shape": "Integer"}, "Size": {"shape": "Long"}, "Ratio": {"shape": "Double"},
                  "Weight": {"shape": "Float"}, "Name": {"shape": "String"}}},
                "Boolean": {"type": "boolean"}, "Blob": {"type": "blob"}, "Timestamp": {"type": "timestamp"},
                "Integer": {"type": "integer"}, "Long": {"type": "long"}, "Double": {"type": "double"},
                "Float": {"type": "float"}, "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.measure(
                    Enabled=True|False,
                    Data=b'bytes',
                    At=datetime(2015, 1, 1),
                    Count=123,
                    Size=123,
                    Ratio=123.0,
                    Weight=...,
                    Name='string'
                )
                type Enabled:

                boolean

                param Enabled:

                type Data:

                bytes

                param Data:

                type At:

                datetime

                param At:

                type Count:

                integer

                param Count:

                type Size:

                integer

                param Size:

                type Ratio:

                float

                param Ratio:

                type Weight:

                float

                param Weight:

                type Name:

                string

                param Name:

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Enabled': True|False,
                    'Data': b'bytes',
                    'At': datetime(2015, 1, 1),
                    'Count': 123,
                    'Size': 123,
                    'Ratio': 123.0,
                    'Weight': ...,
                    'Name': 'string'
                }

                Response Structure

                  • (dict) --

                    • Enabled (boolean) --

                    • Data (bytes) --

                    • At (datetime) --

                    • Count (integer) --

                    • Size (integer) --

                    • Ratio (float) --

                    • Weight (float) --

                    • Name (string) --
                """), MethodDocs.render(model, "Measure"));
    }

    /**
     * [REQUIRED] opens a required parameter's text; documentation without a paragraph continues the line it starts
     * on.
     */
    @Test
    void requiredMarksAndInlineDocumentation() {
        ServiceModel model = model("json", """
                "Tag": {"name": "Tag", "input": {"shape": "TagRequest"}}
                """, """
                "TagRequest": {"type": "structure", "required": ["Arn", "Tag", "Note"], "members": {
                  "Arn": {"shape": "String", "documentation": "The ARN, as plain text."},
                  "Note": {"shape": "String"},
                  "Tag": {"shape": "Tag", "documentation": "<p>The tag.</p>"}}},
                "Tag": {"type": "structure", "required": ["Key"], "members": {
                  "Key": {"shape": "String", "documentation": "The key, as plain text."},
                  "Value": {"shape": "String"}}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.tag(
                    Arn='string',
                    Note='string',
                    Tag={
                        'Key': 'string',
                        'Value': 'string'
                    }
                )
                type Arn:

                string

                param Arn:

                [REQUIRED] The ARN, as plain text.

                type Note:

                string

                param Note:

                [REQUIRED]

                type Tag:

                dict

                param Tag:

                [REQUIRED]

                The tag.

                  • Key (string) -- [REQUIRED] The key, as plain text.

                  • Value (string) --

                returns:

                None
                """), MethodDocs.render(model, "Tag"));
    }

    /**
     * Without an input the call has no arguments; with an input without members too; without an output it returns
     * None.
     */
    @Test
    void withoutInputOrOutput() {
        ServiceModel model = model("json", """
                "ListAll": {"name": "ListAll", "output": {"shape": "ListAllResponse"},
                  "documentation": "Lists everything."},
                "Ping": {"name": "Ping", "input": {"shape": "Empty"}}
                """, """
                "ListAllResponse": {"type": "structure", "members": {"Names": {"shape": "Names"}},
                  "documentation": "<p>All of it.</p>"},
                "Names": {"type": "list", "member": {"shape": "String"}},
                "Empty": {"type": "structure", "members": {}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                Lists everything.

                See also: AWS API Documentation

                Request Syntax

                client.list_all()
                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Names': [
                        'string',
                    ]
                }

                Response Structure

                  • (dict) --

                    All of it.

                    • Names (list) --

                      • (string) --
                """), MethodDocs.render(model, "ListAll"));

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.ping()
                returns:

                None
                """), MethodDocs.render(model, "Ping"));
    }

    /**
     * A structure without members is {} in a response; in a request botocore ends the line after it, so its comma
     * stands alone.
     */
    @Test
    void emptyStructures() {
        ServiceModel model = model("json", """
                "Configure": {"name": "Configure", "input": {"shape": "Config"}, "output": {"shape": "Config"}}
                """, """
                "Config": {"type": "structure", "members": {"Simple": {"shape": "Empty"},
                  "Name": {"shape": "String"}}},
                "Empty": {"type": "structure", "members": {}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.configure(
                    Simple={}
                    ,
                    Name='string'
                )
                type Simple:

                dict

                param Simple:

                type Name:

                string

                param Name:

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Simple': {},
                    'Name': 'string'
                }

                Response Structure

                  • (dict) --

                    • Simple (dict) --

                    • Name (string) --
                """), MethodDocs.render(model, "Configure"));
    }

    /** A documented union gets botocore's note; an idempotency token says it is filled in. */
    @Test
    void unionAndIdempotencyToken() {
        ServiceModel model = model("json", """
                "Choose": {"name": "Choose", "input": {"shape": "ChooseRequest"},
                  "output": {"shape": "ChooseResponse"}}
                """, """
                "ChooseRequest": {"type": "structure", "members": {
                  "Token": {"shape": "String", "idempotencyToken": true,
                    "documentation": "<p>A unique token.</p>"},
                  "Choice": {"shape": "Choice", "documentation": "<p>Pick one.</p>"}}},
                "ChooseResponse": {"type": "structure", "members": {"Choice": {"shape": "Choice"}}},
                "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "String"},
                  "B": {"shape": "Integer"}},
                  "documentation": "<p>A choice.</p>"},
                "String": {"type": "string"}, "Integer": {"type": "integer"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.choose(
                    Token='string',
                    Choice={
                        'A': 'string',
                        'B': 123
                    }
                )
                type Token:

                string

                param Token:

                A unique token.

                This field is autopopulated if not provided.

                type Choice:

                dict

                param Choice:

                Pick one.

                Note

                This is a Tagged Union structure. Only one of the following top level keys can be set: A, B.

                  • A (string) --

                  • B (integer) --

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Choice': {
                        'A': 'string',
                        'B': 123
                    }
                }

                Response Structure

                  • (dict) --

                    • Choice (dict) --

                      A choice.

                      Note

                      This is a Tagged Union structure. Only one of the following top level keys will be set: A, B. If a client receives an unknown member it will set SDK_UNKNOWN_MEMBER as the top level key, which maps to the name or tag of the unknown member. The structure of SDK_UNKNOWN_MEMBER is as follows:

                      'SDK_UNKNOWN_MEMBER': {'name': 'UnknownMemberName'}

                      • A (string) --

                      • B (integer) --
                """), MethodDocs.render(model, "Choose"));
    }

    /** A deprecated operation carries botocore's warning, spelling included. */
    @Test
    void deprecatedOperation() {
        ServiceModel model = model("json", """
                "OldOp": {"name": "OldOp", "input": {"shape": "OldRequest"}, "deprecated": true,
                  "documentation": "<p>Does it the old way.</p>"}
                """, """
                "OldRequest": {"type": "structure", "members": {"Id": {"shape": "String"}}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                Does it the old way.

                Danger

                This operation is deprecated and may not function as expected. This operation should not be used going forward and is only kept for the purpose of backwards compatiblity.

                See also: AWS API Documentation

                Request Syntax

                client.old_op(
                    Id='string'
                )
                type Id:

                string

                param Id:

                returns:

                None
                """), MethodDocs.render(model, "OldOp"));
    }

    /**
     * A REST operation's blob body is a file or bytes going in and a StreamingBody coming out; an event stream is
     * wrapped in EventStream().
     */
    @Test
    void streamingBodies() {
        ServiceModel model = model("rest-json", """
                "Upload": {"name": "Upload", "http": {"method": "PUT", "requestUri": "/{Id}"},
                  "input": {"shape": "UploadRequest"}, "output": {"shape": "Download"}},
                "Subscribe": {"name": "Subscribe", "http": {"method": "GET", "requestUri": "/events"},
                  "output": {"shape": "Events"}}
                """, """
                "UploadRequest": {"type": "structure", "required": ["Id"], "members": {
                  "Id": {"shape": "String", "location": "uri", "locationName": "Id"},
                  "Body": {"shape": "Blob", "documentation": "<p>The bytes.</p>"}}, "payload": "Body"},
                "Download": {"type": "structure", "members": {
                  "ETag": {"shape": "String", "location": "header", "locationName": "ETag"},
                  "Body": {"shape": "Stream"}}, "payload": "Body"},
                "Events": {"type": "structure", "members": {"Stream": {"shape": "EventStream"}},
                  "payload": "Stream"},
                "EventStream": {"type": "structure", "eventstream": true,
                  "members": {"Tick": {"shape": "Tick"}}},
                "Tick": {"type": "structure", "event": true, "members": {"At": {"shape": "Timestamp"}}},
                "String": {"type": "string"}, "Blob": {"type": "blob"}, "Stream": {"type": "blob",
                  "streaming": true},
                "Timestamp": {"type": "timestamp"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.upload(
                    Id='string',
                    Body=b'bytes'|file
                )
                type Id:

                string

                param Id:

                [REQUIRED]

                type Body:

                bytes or seekable file-like object

                param Body:

                The bytes.

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'ETag': 'string',
                    'Body': StreamingBody()
                }

                Response Structure

                  • (dict) --

                    • ETag (string) --

                    • Body (:class:`.StreamingBody`) --
                """), MethodDocs.render(model, "Upload"));

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.subscribe()
                rtype:

                dict

                returns:

                The response of this operation contains an :class:`.EventStream` member. When iterated the :class:`.EventStream` will yield events based on the structure below, where only one of the top level keys will be present for any given event.

                Response Syntax

                {
                    'Stream': EventStream({
                        'Tick': {
                            'At': datetime(2015, 1, 1)
                        }
                    })
                }

                Response Structure

                  • (dict) --

                    • Stream (:class:`.EventStream`) --

                      • Tick (dict) --

                        • At (datetime) --
                """), MethodDocs.render(model, "Subscribe"));
    }

    /** Documents and JSON values in headers take any JSON value. */
    @Test
    void documentsAndJsonHeaders() {
        ServiceModel model = model("rest-json", """
                "Send": {"name": "Send", "http": {"method": "POST", "requestUri": "/"},
                  "input": {"shape": "SendRequest"}, "output": {"shape": "SendResponse"}}
                """, """
                "SendRequest": {"type": "structure", "members": {
                  "Context": {"shape": "String", "location": "header", "locationName": "x-context",
                    "jsonvalue": true},
                  "Settings": {"shape": "Settings", "documentation": "<p>Free-form settings.</p>"}}},
                "SendResponse": {"type": "structure", "members": {"Echo": {"shape": "Settings"}}},
                "Settings": {"type": "structure", "document": true, "members": {}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                client.send(
                    Context={...}|[...]|123|123.4|'string'|True|None,
                    Settings={...}|[...]|123|123.4|'string'|True|None
                )
                type Context:

                JSON serializable

                param Context:

                type Settings:

                :ref:`document<document>`

                param Settings:

                Free-form settings.

                rtype:

                dict

                returns:

                Response Syntax

                {
                    'Echo': {...}|[...]|123|123.4|'string'|True|None
                }

                Response Structure

                  • (dict) --

                    • Echo (:ref:`document<document>`) --
                """), MethodDocs.render(model, "Send"));
    }

    /** Documentation HTML becomes paragraphs and bullets, at the depth of the list it is in; code shows its text. */
    @Test
    void htmlDocumentation() {
        ServiceModel model = model("json", """
                "Explain": {"name": "Explain", "input": {"shape": "ExplainRequest"},
                  "documentation": "<p>Explains.</p> <ul> <li> <p>Use <code>Foo</code>.</p> </li> </ul>"}
                """, """
                "ExplainRequest": {"type": "structure", "members": {
                  "Topic": {"shape": "String",
                    "documentation": "<p>The topic:</p> <ul> <li> <p> <code>A</code> - the first.</p> </li> </ul>"}}},
                "String": {"type": "string"}
                """);

        assertEquals(page("""
                Explains.

                  • Use Foo.

                See also: AWS API Documentation

                Request Syntax

                client.explain(
                    Topic='string'
                )
                type Topic:

                string

                param Topic:

                The topic:

                  • A - the first.

                returns:

                None
                """), MethodDocs.render(model, "Explain"));
    }

    /** An operation the model does not have is an error, not an empty page. */
    @Test
    void unknownOperation() {
        ServiceModel model = model("json", "", "");
        assertThrows(IllegalArgumentException.class, () -> MethodDocs.render(model, "Missing"));
    }

    /** A request syntax of more than 1,500 lines is replaced, and so are parameters of more than 5,000. */
    @Test
    void requestSectionsTooLongToRender() {
        assertTrue(MethodDocs.render(wide("Short", 1249, false, false), "Short").contains("""
                    M1248='string'
                )
                type M0:
                """));
        // The parameters no longer fit, but the syntax does: botocore's replacement, indented like the code,
        // becomes part of the code block.
        assertTrue(MethodDocs.render(wide("Wide", 1250, false, false), "Wide").endsWith("""
                    M1249='string'
                )


                **Parameters**
                ::

                    # This section is too large to render.
                    # Please see the AWS API Documentation linked below.

                `AWS API Documentation <https://docs.aws.amazon.com/goto/WebAPI/demo-2020-01-01/Wide>`_
                returns:

                None"""));
        assertEquals(page("""
                See also: AWS API Documentation

                Request Syntax

                # This section is too large to render.
                # Please see the AWS API Documentation linked below.

                AWS API Documentation

                Parameters

                # This section is too large to render.
                # Please see the AWS API Documentation linked below.

                AWS API Documentation

                returns:

                None
                """), MethodDocs.render(wide("Wider", 1493, false, false), "Wider"));
    }

    /** A response structure of more than 5,000 lines of botocore's text is replaced; the limit is exact. */
    @Test
    void responseStructureTooLongToRender() {
        String fits = MethodDocs.render(wide("Fits", 713, true, true), "Fits");
        assertTrue(fits.endsWith("\n    \u2022 M712 (string) --\n\n      Member."));
        String tooLong = MethodDocs.render(wide("Long", 714, true, true), "Long");
        assertTrue(tooLong.endsWith("""
                    'M713': 'string'
                }

                Response Structure

                # This section is too large to render.
                # Please see the AWS API Documentation linked below.

                AWS API Documentation"""));
        // botocore links to the operation's page only when its name has letters only.
        String digits = MethodDocs.render(wide("Long2", 714, true, true), "Long2");
        assertTrue(digits.endsWith("\n\nhttps://docs.aws.amazon.com/index.html"));
    }

    /** An operation whose one structure has {@code count} string members, as input or as documented output. */
    private static ServiceModel wide(String operation, int count, boolean output, boolean documented) {
        String members = IntStream.range(0, count)
                .mapToObj(i -> "\"M" + i + "\": {\"shape\": \"String\""
                        + (documented ? ", \"documentation\": \"<p>Member.</p>\"}" : "}"))
                .collect(Collectors.joining(", "));
        return model("json", "\"" + operation + "\": {\"name\": \"" + operation + "\", \""
                + (output ? "output" : "input") + "\": {\"shape\": \"S\"}}",
                "\"S\": {\"type\": \"structure\", \"members\": {" + members + "}}, \"String\": {\"type\": \"string\"}");
    }

    /** A service model with these operations and shapes (JSON object entries), as a spec file would have them. */
    static ServiceModel model(String protocol, String operations, String shapes) {
        String json = "{\"version\": \"2.0\", \"metadata\": {\"apiVersion\": \"2020-01-01\", \"protocol\": \""
                + protocol + "\", \"serviceId\": \"Demo\", \"uid\": \"demo-2020-01-01\", \"endpointPrefix\": \"demo\","
                + " \"signatureVersion\": \"v4\"},\n\"operations\": {" + operations + "},\n\"shapes\": {" + shapes
                + "}}";
        Diagnostics diagnostics = new Diagnostics();
        return SpecParser.parse("demo.json", json.getBytes(UTF_8), diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.all()));
    }

    /** A page written as a text block: without the text block's final line break. */
    static String page(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
