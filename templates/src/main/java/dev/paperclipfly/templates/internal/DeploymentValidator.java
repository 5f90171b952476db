package dev.paperclipfly.templates.internal;

import dev.paperclipfly.core.flytoml.FlyNames;
import dev.paperclipfly.core.validation.Problem;
import dev.paperclipfly.core.validation.ValidationResult;
import dev.paperclipfly.templates.AbstractPaperclipDeployment;
import dev.paperclipfly.templates.AgentCli;
import dev.paperclipfly.templates.S3Storage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every field of a deployment against the shape its target accepts. Values that pass reach
 * shell, TOML, JSON and Dockerfile text safely: the character sets below contain no quote, space,
 * backslash, dollar sign or newline.
 */
public final class DeploymentValidator {
  private static final Pattern ORG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern VM_SIZE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern SEMVER = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}(-[0-9A-Za-z.-]{1,40})?");
  private static final Pattern NODE_TAG = Pattern.compile("24\\.(\\d{1,3})\\.\\d{1,3}-[a-z]{3,20}(-slim)?");
  private static final Pattern ABS_PATH = Pattern.compile("(/[A-Za-z0-9_.-]+)+");
  private static final Pattern NPM_PACKAGE = Pattern.compile("(@[a-z0-9][a-z0-9._-]{0,100}/)?[a-z0-9][a-z0-9._-]{0,100}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,127}");
  private static final Pattern S3_TEXT = Pattern.compile("[A-Za-z0-9._/-]{0,255}");
  private static final Pattern HTTPS_URL = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?/?");

  private DeploymentValidator() {}

  /** Every problem with {@code d}, each with the field's name and what to do. */
  public static ValidationResult validate(AbstractPaperclipDeployment d) {
    List<Problem> p = new ArrayList<>();
    FlyNames.checkAppName("appName", d.appName()).ifPresent(p::add);
    if (!ORG.matcher(d.org()).matches()) {
      p.add(Problem.error("org", "must be a Fly organization slug: lowercase letters, digits and dashes, e.g. personal"));
    }
    FlyNames.checkRegion("primaryRegion", d.primaryRegion()).ifPresent(p::add);
    FlyNames.checkVolumeName("volumeName", d.volumeName()).ifPresent(p::add);
    if (d.volumeSizeGb() < 1 || d.volumeSizeGb() > 500) {
      p.add(Problem.error("volumeSizeGb", "must be between 1 and 500 GB"));
    }
    if (!ABS_PATH.matcher(d.volumePath()).matches() || d.volumePath().contains("/..") || d.volumePath().contains("/./")) {
      p.add(Problem.error("volumePath", "must be an absolute path of letters, digits, '.', '_' and '-' segments, e.g. /paperclip"));
    }
    if (!VM_SIZE.matcher(d.vmSize()).matches()) {
      p.add(Problem.error("vmSize", "must be a Fly VM size preset such as shared-cpu-1x or performance-2x"));
    }
    // Gotcha: 512 MB is not enough; Claude Code gets OOM-killed mid-response (exit 137).
    if (d.memoryMb() < 1024) {
      p.add(Problem.error("memoryMb", "must be at least 1024: Paperclip, PostgreSQL, Tailscale and an agent CLI"
          + " do not fit in less (agents get OOM-killed)"));
    } else if (d.memoryMb() % 256 != 0) {
      p.add(Problem.error("memoryMb", "must be a multiple of 256 (Fly memory sizes)"));
    }
    d.tailnetDnsSuffix().ifPresent(s -> {
      if (!isDnsName(s) || !s.contains(".")) {
        p.add(Problem.error("tailnetDnsSuffix", "must be the tailnet DNS name shown at login.tailscale.com/admin/dns,"
            + " e.g. tail1234ab.ts.net"));
      }
    });
    version(p, "paperclipVersion", d.paperclipVersion());
    version(p, "tailscaleVersion", d.tailscaleVersion());
    var node = NODE_TAG.matcher(d.nodeImageTag());
    if (!node.matches() || Integer.parseInt(node.group(1)) < 11) {
      p.add(Problem.error("nodeImageTag", "must be a pinned Node 24 tag, 24.11.0 or newer, such as "
          + AbstractPaperclipDeployment.DEFAULT_NODE_IMAGE_TAG + " (Paperclip needs Node.js >= 24.11; never lts or latest)"));
    }
    Set<String> packages = new HashSet<>();
    for (int i = 0; i < d.agentClis().size(); i++) {
      AgentCli cli = d.agentClis().get(i);
      String at = "agentClis[" + i + "]";
      if (!NPM_PACKAGE.matcher(cli.npmPackage()).matches()) {
        p.add(Problem.error(at + ".npmPackage", "must be an npm package name such as @anthropic-ai/claude-code"));
      } else if (!packages.add(cli.npmPackage())) {
        p.add(Problem.error(at + ".npmPackage", "is listed twice; list each agent CLI once"));
      }
      version(p, at + ".version", cli.version());
      if (!ENV_NAME.matcher(cli.credentialSecret()).matches()) {
        p.add(Problem.error(at + ".credentialSecret", "must be an environment variable name such as CLAUDE_CODE_OAUTH_TOKEN"));
      }
    }
    for (int i = 0; i < d.additionalSecretNames().size(); i++) {
      if (!ENV_NAME.matcher(d.additionalSecretNames().get(i)).matches()) {
        p.add(Problem.error("additionalSecretNames[" + i + "]",
            "must be an environment variable name: uppercase letters, digits and underscores, starting with a letter"));
      }
    }
    if (d.storage() instanceof S3Storage s3) {
      if (s3.bucket().isEmpty() || !S3_TEXT.matcher(s3.bucket()).matches() || s3.bucket().contains("/")) {
        p.add(Problem.error("storage.bucket", "must be an S3 bucket name: letters, digits, '.', '_' and '-'"));
      }
      if (s3.region().isEmpty() || !S3_TEXT.matcher(s3.region()).matches() || s3.region().contains("/")) {
        p.add(Problem.error("storage.region", "must be a region name such as auto (Tigris) or us-east-1"));
      }
      if (!S3_TEXT.matcher(s3.prefix()).matches()) {
        p.add(Problem.error("storage.prefix", "must contain only letters, digits, '.', '_', '-' and '/'"));
      }
      s3.endpoint().ifPresent(e -> {
        if (!HTTPS_URL.matcher(e).matches()) {
          p.add(Problem.error("storage.endpoint", "must be a bare URL such as https://fly.storage.tigris.dev"));
        }
      });
    }
    if (d.internalPort() < 1024 || d.internalPort() > 65535) {
      p.add(Problem.error("internalPort", "must be between 1024 and 65535 (Paperclip runs unprivileged)"));
    }
    return new ValidationResult(p);
  }

  private static void version(List<Problem> p, String field, String value) {
    if (value.equalsIgnoreCase("latest") || !SEMVER.matcher(value).matches()) {
      p.add(Problem.error(field, "must be an exact version such as 1.2.3 (pinned, never latest or a range)"));
    }
  }

  private static boolean isDnsName(String s) {
    if (s.length() > 253) {
      return false;
    }
    for (String label : s.split("\\.", -1)) {
      if (!DNS_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
