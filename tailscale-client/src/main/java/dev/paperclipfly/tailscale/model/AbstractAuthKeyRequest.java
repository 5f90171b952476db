package dev.paperclipfly.tailscale.model;

import dev.paperclipfly.core.internal.PaperclipFlyStyle;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An auth key to create: its capabilities (reusable, ephemeral, preauthorized, tags; tags are
 * required when the client uses OAuth credentials) plus lifetime and description.
 *
 * <p>For a server that redeploys (a Fly machine), make it {@code reusable}: a single-use key is
 * consumed on first boot and the next deploy cannot rejoin.
 */
@Value.Immutable
@PaperclipFlyStyle
public interface AbstractAuthKeyRequest extends AbstractAuthKeyCapabilities {
  /** The API's limit on {@link #description()}. */
  int MAX_DESCRIPTION_LENGTH = 50;

  /** Letters, digits, hyphens and spaces: what the API documents for descriptions. */
  Pattern DESCRIPTION_CHARS = Pattern.compile("[A-Za-z0-9 -]*");

  /** Tag names: {@code tag:} then letters, digits and hyphens, starting with a letter. */
  Pattern TAG = Pattern.compile("tag:[A-Za-z][A-Za-z0-9-]*");

  /** Lifetime; the API defaults to 90 days when absent. Whole seconds. */
  Optional<Duration> expiry();

  /** At most 50 letters, digits, hyphens and spaces. */
  Optional<String> description();

  /**
   * Every problem the API would reject, found before sending. The rule that OAuth-created keys need
   * tags depends on the credentials, so {@code TailnetKeys} adds it.
   */
  default ValidationResult validate() {
    List<Problem> problems = new ArrayList<>();
    description().ifPresent(d -> {
      if (d.length() > MAX_DESCRIPTION_LENGTH) {
        problems.add(Problem.error("description", "is " + d.length() + " characters; the API allows at most "
            + MAX_DESCRIPTION_LENGTH + ": shorten it"));
      }
      if (!DESCRIPTION_CHARS.matcher(d).matches()) {
        problems.add(Problem.error("description",
            "may contain only letters, digits, hyphens and spaces: remove other characters"));
      }
    });
    for (int i = 0; i < tags().size(); i++) {
      String tag = tags().get(i);
      if (!TAG.matcher(tag).matches()) {
        problems.add(Problem.error("tags[" + i + "]", "'" + tag
            + "' is not a tag: write it as tag:name (a letter, then letters, digits or hyphens)"));
      }
    }
    expiry().ifPresent(e -> {
      if (e.isNegative() || e.isZero()) {
        problems.add(Problem.error("expiry", "must be positive, was " + e));
      } else if (e.getNano() != 0) {
        problems.add(Problem.error("expiry", "must be whole seconds (the API takes expirySeconds), was " + e));
      }
      if (e.compareTo(Duration.ofDays(90)) > 0) {
        problems.add(Problem.warning("expiry",
            "is longer than 90 days; Tailscale has refused longer auth key lifetimes, so expect a 400"));
      }
    });
    return new ValidationResult(problems);
  }
}
