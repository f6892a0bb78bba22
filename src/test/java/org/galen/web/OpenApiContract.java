package org.galen.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document held as a contract over real responses, by a JSON Schema validator in its
 * OpenAPI 3.0 dialect ({@code nullable} understood). Read strictly: every object schema that lists
 * its fields is closed ({@code additionalProperties: false} added where the document leaves it
 * open), so a field the server sends and the document does not name is a violation, as is a
 * missing required field, a null where none is allowed, a status the operation does not list, a
 * media type or a header the response does not have.
 *
 * <p>It also remembers which documented statuses it has seen, so a test can show that every one was
 * produced. Not thread-safe: one test's exchanges, one after another.
 */
final class OpenApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Where the strict copy is registered with the validator; never fetched. */
  private static final String LOCATION = "https://galen.invalid/api/v1/openapi.json";

  private final JsonNode document;
  private final SchemaRegistry schemas;
  private final List<String> openObjects = new ArrayList<>();
  private final Set<String> seen = new TreeSet<>();

  OpenApiContract(JsonNode document) {
    this.document = document;
    ObjectNode strict = document.deepCopy();
    closeSchemas(strict, "");
    String text = strict.toString();
    this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi30(), registry -> registry.schemas(Map.of(LOCATION,
        text)));
  }

  /** {@code "POST /ask"} for each operation the document describes, in its order. */
  List<String> operations() {
    List<String> operations = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  /** The operations on one path, as {@link #operations()} names them. */
  List<String> operationsOn(String template) {
    return operations().stream().filter(operation -> operation.endsWith(" " + template)).toList();
  }

  /**
   * Object schemas that name no fields and leave others open: places where any field would pass.
   * Only the OpenAPI document itself may be one (it is not described field by field here).
   */
  List<String> openObjects() {
    return List.copyOf(openObjects);
  }

  /** One answer as it came over the wire: from the HTTP client, or read off a socket by hand. */
  record Answer(int status, HttpHeaders headers, String body) {
    static Answer of(HttpResponse<String> response) {
      return new Answer(response.statusCode(), response.headers(), response.body());
    }
  }

  /** Holds one real response of an operation ({@code "GET /articles/{id}"}) to the document. */
  void check(String operation, HttpResponse<String> response) throws IOException {
    check(operation, Answer.of(response));
  }

  void check(String operation, Answer answer) throws IOException {
    org.assertj.core.api.Assertions.assertThat(violations(operation, answer))
        .as("%s answered %s: %s", operation, answer.status(), abbreviated(answer.body())).isEmpty();
    seen.add(operation + " " + answer.status());
  }

  /** Holds a response to every operation of its path: a method the path does not take (405). */
  void checkForEveryOperationOn(String template, HttpResponse<String> response) throws IOException {
    for (String operation : operationsOn(template)) {
      check(operation, response);
    }
  }

  /** What is wrong with a response by the document; empty when nothing is. */
  List<String> violations(String operation, HttpResponse<String> response) throws IOException {
    return violations(operation, Answer.of(response));
  }

  List<String> violations(String operation, Answer answer) throws IOException {
    String status = String.valueOf(answer.status());
    String contentType = answer.headers().firstValue("Content-Type").orElse("");
    List<String> violations = new ArrayList<>();
    String pointer = responsePointer(operation, status);
    if (pointer == null) {
      return List.of("status " + status + " is not among the documented responses of " + operation);
    }
    JsonNode declared = document.at(pointer);
    declared.path("headers").fieldNames().forEachRemaining(header -> {
      if (answer.headers().firstValue(header).isEmpty()) {
        violations.add("header " + header + " is documented and missing");
      }
    });
    if (!declared.has("content")) {
      if (!answer.body().isEmpty()) {
        violations.add("the document gives no body, and one came (" + contentType + ")");
      }
      return violations;
    }
    String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!declared.get("content").has(mediaType)) {
      violations.add("media type '" + mediaType + "' is not documented; the document gives "
          + declared.get("content").fieldNames().next());
      return violations;
    }
    violations.addAll(violations(pointer + "/content/" + escape(mediaType) + "/schema", JSON.readTree(answer.body())));
    return violations;
  }

  /** What is wrong with a value by the schema at a JSON pointer into the document. */
  List<String> violations(String schemaPointer, JsonNode value) {
    List<Error> errors = schemas.getSchema(SchemaLocation.of(LOCATION + "#" + schemaPointer)).validate(value);
    return errors.stream().map(Error::toString).toList();
  }

  /**
   * What is wrong, by the document, with a JSON body the server took: the request schema closed like
   * the responses', since the server refuses a field it does not know. Empty when nothing is.
   */
  List<String> requestViolations(String operation, String body) throws IOException {
    String pointer = operationPointer(operation) + "/requestBody/content/application~1json/schema";
    if (document.at(pointer).isMissingNode()) {
      return List.of(operation + " takes a body the document does not describe");
    }
    return violations(pointer, JSON.readTree(body));
  }

  /** A JSON pointer to the response an operation documents for a status, its {@code $ref} followed. */
  String responsePointer(String operation, String status) {
    String pointer = operationPointer(operation) + "/responses/" + status;
    JsonNode declared = document.at(pointer);
    if (declared.isMissingNode()) {
      return null;
    }
    return declared.has("$ref") ? declared.get("$ref").asText().substring(1) : pointer;
  }

  private static String operationPointer(String operation) {
    String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
    return "/paths/" + escape(operation.substring(operation.indexOf(' ') + 1)) + "/" + method;
  }

  /** Each documented {@code "OPERATION STATUS"} no checked response has had. */
  Set<String> unseen() {
    Set<String> unseen = new TreeSet<>();
    for (String operation : operations()) {
      String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
      String template = operation.substring(operation.indexOf(' ') + 1);
      document.get("paths").get(template).get(method).get("responses").fieldNames().forEachRemaining(status -> {
        if (!seen.contains(operation + " " + status)) {
          unseen.add(operation + " " + status);
        }
      });
    }
    return unseen;
  }

  /** Every schema in the document, wherever one may stand, made strict. */
  private void closeSchemas(JsonNode node, String pointer) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        closeSchemas(node.get(i), pointer + "/" + i);
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String at = pointer + "/" + escape(field.getKey());
      if (field.getKey().equals("schema") || pointer.equals("/components/schemas")) {
        closeSchema(field.getValue(), at);
      } else if (field.getValue().isContainerNode()) {
        closeSchemas(field.getValue(), at);
      }
    }
  }

  /** One schema and the schemas inside it: closed where they list their fields. */
  private void closeSchema(JsonNode schema, String pointer) {
    if (!(schema instanceof ObjectNode object) || object.has("$ref")) {
      return;
    }
    if (object.has("properties") && !object.has("additionalProperties")) {
      object.put("additionalProperties", false);
    }
    if ("object".equals(object.path("type").asText()) && !object.has("properties")
        && !object.has("additionalProperties")) {
      openObjects.add(pointer);
    }
    object.path("properties").fields().forEachRemaining(property -> closeSchema(property.getValue(),
        pointer + "/properties/" + escape(property.getKey())));
    for (String keyword : List.of("items", "additionalProperties", "not")) {
      closeSchema(object.path(keyword), pointer + "/" + keyword);
    }
    if (object.has("allOf")) {
      // Each part closed would refuse the other parts' fields: such an object is described whole here.
      openObjects.add(pointer + " (allOf)");
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      for (int i = 0; i < object.path(keyword).size(); i++) {
        closeSchema(object.path(keyword).get(i), pointer + "/" + keyword + "/" + i);
      }
    }
  }

  /** A JSON pointer's escaping of one key (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviated(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "…";
  }
}
