package dev.paperclipfly.fly;

import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.internal.CursorPages;
import dev.paperclipfly.fly.model.CertificateCheck;
import dev.paperclipfly.fly.model.CertificateDetail;
import dev.paperclipfly.fly.model.CertificateSummary;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * TLS certificates for an app's custom hostnames: {@code /v1/apps/{app}/certificates}. Obtain from
 * {@link FlyClient#certificates()}.
 */
public final class Certificates {
  private static final int PAGE_SIZE = 100;

  private final ApiTransport api;

  Certificates(ApiTransport api) {
    this.api = api;
  }

  /** The app's certificates, fetched a page at a time as the stream is consumed. */
  public Stream<CertificateSummary> list(String app) {
    return list(app, Optional.empty());
  }

  /** The app's certificates whose hostname matches {@code filter}. */
  public Stream<CertificateSummary> list(String app, Optional<String> filter) {
    return CursorPages.stream(cursor -> {
      Answers.CertificatesPage page = api.json(ApiRequest.get("apps", app, "certificates")
          .query("filter", filter)
          .query("cursor", cursor)
          .query("limit", Optional.of(PAGE_SIZE)), Answers.CertificatesPage.class);
      return new CursorPages.Page<>(page.certificates(), page.nextCursor());
    });
  }

  /** Asks Fly to obtain a Let's Encrypt certificate for {@code hostname}. */
  public CertificateDetail requestAcme(String app, String hostname) {
    // Not repeated after an unclear failure: a repeat answers 422 for a hostname already added.
    return api.json(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "certificates", "acme")
        .body(api.json().createObjectNode().put("hostname", hostname)), CertificateDetail.class);
  }

  public CertificateDetail get(String app, String hostname) {
    return api.json(ApiRequest.get("apps", app, "certificates", hostname), CertificateDetail.class);
  }

  /** Re-checks DNS and issuance for {@code hostname} now (a read with side effects only on Fly's cache). */
  public CertificateCheck check(String app, String hostname) {
    return api.json(ApiRequest.post(Repeat.SAFE, "apps", app, "certificates", hostname, "check"),
        CertificateCheck.class);
  }

  /** Removes the hostname and its certificates. */
  public void delete(String app, String hostname) {
    api.send(ApiRequest.delete("apps", app, "certificates", hostname));
  }
}
