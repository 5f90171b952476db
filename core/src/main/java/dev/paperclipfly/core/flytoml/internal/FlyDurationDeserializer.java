package dev.paperclipfly.core.flytoml.internal;

import dev.paperclipfly.core.flytoml.FlyDuration;
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
public final class FlyDurationDeserializer extends StdDeserializer<FlyDuration> {

  public FlyDurationDeserializer() {
    super(FlyDuration.class);
  }

  @Override
  public FlyDuration deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      try {
        return FlyDuration.parse(p.getString());
      } catch (IllegalArgumentException e) {
        return (FlyDuration) ctxt.handleWeirdStringValue(FlyDuration.class, p.getString(), e.getMessage());
      }
    }
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return FlyDuration.ofNumber(p.getNumberValue(), unitOfBareNumber(p.streamReadContext()));
    }
    return (FlyDuration) ctxt.handleUnexpectedToken(FlyDuration.class, p);
  }

  static TimeUnit unitOfBareNumber(TokenStreamContext field) {
    String name = field.currentName();
    TokenStreamContext parent = field.getParent();
    if ("kill_timeout".equals(name) && parent != null && parent.inRoot()) {
      return TimeUnit.SECONDS;
    }
    boolean checkTiming = "interval".equals(name) || "timeout".equals(name) || "grace_period".equals(name);
    if (checkTiming && parent != null && parent.getParent() != null) {
      TokenStreamContext holder = parent.getParent();
      String list = holder.currentName();
      boolean serviceCheck = parent.inArray() && ("tcp_checks".equals(list) || "http_checks".equals(list))
          && holder.getParent() != null && "services".equals(holder.getParent().getParent() == null
              ? null : holder.getParent().getParent().currentName());
      boolean topLevelCheck = parent.inObject() && "checks".equals(list)
          && holder.getParent() != null && holder.getParent().inRoot();
      if (serviceCheck || topLevelCheck) {
        return TimeUnit.MILLISECONDS;
      }
    }
    return TimeUnit.NANOSECONDS;
  }
}
