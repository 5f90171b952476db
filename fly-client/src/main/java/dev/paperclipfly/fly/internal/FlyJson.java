package dev.paperclipfly.fly.internal;

import dev.paperclipfly.core.Secret;
import java.time.Duration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The JSON mapper the client talks to Fly with. Internal. */
public final class FlyJson {
  private FlyJson() {}

  /**
   * A mapper that writes {@link Duration} as Go duration text (the API's form), reads Go text or
   * integer nanoseconds, and reads secret values into {@link Secret}. Secrets are never written: a
   * request that carries one builds its JSON by hand at the place it is sent.
   */
  public static JsonMapper mapper() {
    SimpleModule module = new SimpleModule("fly-api");
    module.addSerializer(Duration.class, new DurationSerializer());
    module.addDeserializer(Duration.class, new DurationDeserializer());
    module.addDeserializer(Secret.class, new SecretDeserializer());
    module.addSerializer(Secret.class, new RefusingSecretSerializer());
    return JsonMapper.builder().addModule(module).build();
  }

  static final class DurationSerializer extends ValueSerializer<Duration> {
    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(GoDurations.format(value));
    }
  }

  static final class DurationDeserializer extends ValueDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        // Go marshals a bare duration number as nanoseconds.
        return Duration.ofNanos(p.getLongValue());
      }
      try {
        return GoDurations.parse(p.getString());
      } catch (IllegalArgumentException e) {
        return (Duration) ctxt.handleWeirdStringValue(Duration.class, p.getString(), e.getMessage());
      }
    }
  }

  static final class SecretDeserializer extends ValueDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) {
      String v = p.getString();
      return v == null || v.isBlank() ? null : Secret.of(v.strip());
    }
  }

  /** A secret reaching the serializer is a bug; fail rather than write it anywhere. */
  static final class RefusingSecretSerializer extends ValueSerializer<Secret> {
    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializationContext ctxt) {
      throw new IllegalStateException("refusing to serialize a Secret: send it through reveal() at the call site");
    }
  }
}
