package dev.paperclipfly.core.flytoml;

import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link FlyDuration} from a string or a bare number. The unit of a bare number depends on
 * where it sits, as in flyctl's patches: top-level {@code kill_timeout} is in seconds; {@code interval},
 * {@code timeout} and {@code grace_period} of {@code [[services.tcp_checks]]},
 * {@code [[services.http_checks]]} and {@code [checks.*]} are in milliseconds; anything else is in
 * nanoseconds (Go's {@code time.Duration}).
 */
final class FlyDurationDeserializer extends StdDeserializer<FlyDuration> {

  FlyDurationDeserializer() {
    super(FlyDuration.class);
  }

  @Override
  public FlyDuration deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      // An IllegalArgumentException naming the text and the accepted form; the codec adds the path.
      return FlyDuration.parse(p.getString());
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return FlyDuration.ofNumber(p.getNumberValue(), unitOfBareNumber(p.streamReadContext()));
    }
    return (FlyDuration) ctxt.handleUnexpectedToken(FlyDuration.class, p);
  }

  /**
   * The unit for a bare number in the field the parser is on. {@code field} is the table holding the
   * field; its parents lead back to the document root.
   */
  static TimeUnit unitOfBareNumber(TokenStreamContext field) {
    String name = field.currentName();
    TokenStreamContext parent = field.getParent();
    if ("kill_timeout".equals(name) && parent.inRoot()) {
      return TimeUnit.SECONDS;
    }
    if (!List.of("interval", "timeout", "grace_period").contains(name) || parent.inRoot()) {
      return TimeUnit.NANOSECONDS;
    }
    // [[services.tcp_checks]] / [[services.http_checks]]: check -> list -> service -> services list -> document
    TokenStreamContext holder = parent.getParent();
    boolean serviceCheck = parent.inArray()
        && List.of("tcp_checks", "http_checks").contains(holder.currentName())
        && holder.getParent() != null && holder.getParent().inArray()
        && "services".equals(holder.getParent().getParent().currentName());
    // [checks.<name>]: check -> checks table -> document
    boolean topLevelCheck = parent.inObject() && "checks".equals(holder.currentName())
        && holder.getParent() != null && holder.getParent().inRoot();
    return serviceCheck || topLevelCheck ? TimeUnit.MILLISECONDS : TimeUnit.NANOSECONDS;
  }
}
