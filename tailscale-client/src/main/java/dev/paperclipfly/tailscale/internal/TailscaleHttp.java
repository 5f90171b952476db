package dev.paperclipfly.tailscale.internal;

import dev.paperclipfly.core.retry.Retrier;
import dev.paperclipfly.core.retry.RetryableFailure;
import dev.paperclipfly.tailscale.TailscaleApiException;
import dev.paperclipfly.tailscale.TailscaleConnectionException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link ApiRequest}s with the JDK HTTP client: adds the bearer token, retries what is safe to
 * retry through the core {@link Retrier}, and turns error answers into typed exceptions. Never logs a
 * header or a body.
 */
public final class TailscaleHttp {
  private static final System.Logger LOG = System.getLogger("dev.paperclipfly.tailscale");

  private final HttpClient http;
  private final String baseUri;
  private final Retrier retrier;
  private final Duration requestTimeout;
  private final String userAgent;
  private final ApiErrors errors;
  private final AccessTokenSource tokens;

  /**
   * @param tokenSourceFactory builds the token source; it receives this transport so an OAuth source
   *     can fetch tokens through it
   */
  public TailscaleHttp(
      HttpClient http,
      URI baseUri,
      Retrier retrier,
      Duration requestTimeout,
      String userAgent,
      Clock clock,
      JsonMapper mapper,
      Function<TailscaleHttp, AccessTokenSource> tokenSourceFactory) {
    this.http = Objects.requireNonNull(http, "http");
    // Kept as text without a trailing slash so a path prefix (an API gateway) survives.
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri").toString().replaceAll("/+$", "");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.errors = new ApiErrors(mapper, clock);
    this.tokens = tokenSourceFactory.apply(this);
  }

  /**
   * Sends the request, retrying as its {@link RetrySafety} allows.
   *
   * @return the 2xx answer
   * @throws TailscaleApiException for an error status once retries are spent
   * @throws TailscaleConnectionException when no answer came
   */
  public ApiResponse send(ApiRequest request) {
    return retrier.call(Optional.empty(), attempt -> attempt(request, attempt));
  }

  private ApiResponse attempt(ApiRequest request, int attempt) throws RetryableFailure {
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() == 401 && request.authenticated() && tokens.invalidate()) {
      // An OAuth access token can expire or be revoked before its stated lifetime: fetch a fresh one
      // and repeat once. A 401 means the server did nothing, so this is safe even for creates.
      LOG.log(System.Logger.Level.DEBUG, "{0} got 401; refreshing the OAuth access token", request.describe());
      response = exchange(request);
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new ApiResponse(status, response.headers(), response.body() == null ? "" : response.body());
    }
    TailscaleApiException failure = errors.toException(request, status, response.headers(), response.body());
    if (request.safety().retriesStatus(status)) {
      LOG.log(System.Logger.Level.DEBUG, "{0} attempt {1} got {2}; retrying if attempts remain",
          request.describe(), attempt, status);
      throw new RetryableFailure(failure, errors.retryAfter(response.headers()));
    }
    throw failure;
  }

  private HttpResponse<String> exchange(ApiRequest request) throws RetryableFailure {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUri + request.pathAndQuery()))
        .timeout(requestTimeout)
        .header("User-Agent", userAgent);
    if (!request.headers().containsKey("Accept")) {
      b.header("Accept", "application/json");
    }
    request.headers().forEach(b::header);
    if (request.authenticated()) {
      // The only place the token is revealed: the header it travels in.
      b.header("Authorization", "Bearer " + tokens.token().reveal());
    }
    if (request.body().isPresent()) {
      b.header("Content-Type", request.body().get().contentType());
      b.method(request.method(), HttpRequest.BodyPublishers.ofString(request.body().get().text()));
    } else {
      b.method(request.method(), HttpRequest.BodyPublishers.noBody());
    }
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      TailscaleConnectionException failure = new TailscaleConnectionException(
          request.describe() + " failed without an answer: " + e.getClass().getSimpleName()
              + (request.safety().retriesConnectionFailure(e) ? ""
                  : " (not repeated: the server may already have acted on it; check before trying again)"),
          e);
      if (request.safety().retriesConnectionFailure(e)) {
        LOG.log(System.Logger.Level.DEBUG, "{0} failed with {1}; retrying if attempts remain",
            request.describe(), e.getClass().getSimpleName());
        throw new RetryableFailure(failure, Optional.empty());
      }
      throw failure;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TailscaleConnectionException(request.describe() + " was interrupted", e);
    }
  }
}
