package org.galen.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;

/**
 * The one configured Jackson {@link ObjectMapper} of Galen, and what each use needs as a reader or a
 * writer derived from it: {@code Optional} fields as their value or null everywhere (Jackson's JDK 8
 * module), unknown fields refused unless a reader says otherwise, compact output unless pretty is
 * asked for.
 *
 * <p>The mapper is configured once, here, and never handed out: a mapper changed after first use is
 * not thread-safe, while {@link ObjectReader}s and {@link ObjectWriter}s are immutable, so every
 * method here may be called from any thread and what it returns shared freely.
 */
public final class Jackson {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module());
  private static final ObjectReader READER = MAPPER.reader();
  private static final ObjectReader TOLERANT = READER.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectWriter WRITER = MAPPER.writer();
  private static final ObjectWriter PRETTY = WRITER.with(SerializationFeature.INDENT_OUTPUT);

  private Jackson() {}

  /** Reads trees and values; a field the target type does not have is an error. */
  public static ObjectReader reader() {
    return READER;
  }

  /**
   * Reads what Galen stored itself (a document in the index, an article in the database), skipping
   * fields the type no longer has, so a record written by another version still reads.
   */
  public static ObjectReader tolerantReader() {
    return TOLERANT;
  }

  /** Compact JSON, as stored. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /** Indented JSON, for people to read (command output). */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }

  /**
   * A mapper for the web API's requests and responses: the one mapper's configuration, and text
   * never read from a number or a boolean ({"question": 42} is no question). Jackson keeps such
   * coercion rules per mapper, not per reader, and Javalin takes a mapper, so this is a copy made
   * here; each call returns a new one for its server to own.
   */
  public static ObjectMapper forWebRequests() {
    ObjectMapper web = MAPPER.copy();
    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      web.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return web;
  }
}
