package dev.paperclipfly.core.testing.openapi;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns WireMock's serve events into {@link Exchange}s. A stub can carry metadata that shapes how its
 * answer is checked:
 *
 * <ul>
 *   <li>{@value #OFF_SPEC_RESPONSE}: why the answer deliberately departs from the spec; it is not checked;
 *   <li>{@value #VALIDATE_MEMBER}: check only this member of the JSON answer (for answers the vendor
 *       documents wrapped in an envelope the spec leaves out).
 * </ul>
 */
public final class WireMockExchanges {
  /** Stub metadata key: why this stub's answer deliberately departs from the spec. */
  public static final String OFF_SPEC_RESPONSE = "offSpecResponse";
  /** Stub metadata key: validate only this member of the answer against the response schema. */
  public static final String VALIDATE_MEMBER = "validateMember";

  private WireMockExchanges() {}

  /** The exchanges of the given serve events, in the same order. */
  public static List<Exchange> of(List<ServeEvent> events) {
    return events.stream().map(WireMockExchanges::of).toList();
  }

  /** The exchange of one serve event; a simulated fault has no answer. */
  public static Exchange of(ServeEvent event) {
    var request = event.getRequest();
    Optional<Exchange.Answer> answer = Optional.empty();
    if (event.getResponseDefinition() != null && event.getResponseDefinition().getFault() == null
        && event.getResponse() != null) {
      Map<String, Object> metadata = event.getStubMapping() == null || event.getStubMapping().getMetadata() == null
          ? Map.of() : event.getStubMapping().getMetadata();
      String body = event.getResponse().getBodyAsString();
      answer = Optional.of(new Exchange.Answer(event.getResponse().getStatus(),
          firstValues(event.getResponse().getHeaders()), body == null ? "" : body,
          Optional.ofNullable(metadata.get(OFF_SPEC_RESPONSE)).map(Object::toString),
          Optional.ofNullable(metadata.get(VALIDATE_MEMBER)).map(Object::toString)));
    }
    String body = request.getBodyAsString();
    return new Exchange(request.getMethod().getName(), request.getUrl(), firstValues(request.getHeaders()),
        body == null ? "" : body, event.getWasMatched(), answer);
  }

  private static Map<String, String> firstValues(HttpHeaders headers) {
    Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      for (HttpHeader h : headers.all()) {
        out.putIfAbsent(h.key(), h.firstValue());
      }
    }
    return out;
  }
}
