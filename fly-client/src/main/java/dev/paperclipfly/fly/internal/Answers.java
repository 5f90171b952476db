package dev.paperclipfly.fly.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.paperclipfly.fly.model.App;
import dev.paperclipfly.fly.model.AppSecret;
import dev.paperclipfly.fly.model.CertificateSummary;
import dev.paperclipfly.fly.model.IpAssignment;
import dev.paperclipfly.fly.model.OrgMachine;
import dev.paperclipfly.fly.model.OrgVolume;
import java.util.List;
import java.util.Optional;

/** The API's envelope answers, unwrapped by the public API before callers see them. Internal. */
public final class Answers {
  private Answers() {}

  /** {@code ListAppsResponse}. */
  public record AppList(@JsonProperty("apps") List<App> apps, @JsonProperty("total_apps") Optional<Integer> totalApps) {
    public AppList {
      apps = apps == null ? List.of() : List.copyOf(apps);
    }
  }

  /** {@code OrgMachinesResponse}. */
  public record OrgMachinesPage(@JsonProperty("machines") List<OrgMachine> machines,
      @JsonProperty("next_cursor") Optional<String> nextCursor) {
    public OrgMachinesPage {
      machines = machines == null ? List.of() : machines;
    }
  }

  /** {@code OrgVolumesResponse}. */
  public record OrgVolumesPage(@JsonProperty("volumes") List<OrgVolume> volumes,
      @JsonProperty("next_cursor") Optional<String> nextCursor) {
    public OrgVolumesPage {
      volumes = volumes == null ? List.of() : volumes;
    }
  }

  /** {@code listCertificatesResponse}. */
  public record CertificatesPage(@JsonProperty("certificates") List<CertificateSummary> certificates,
      @JsonProperty("next_cursor") Optional<String> nextCursor) {
    public CertificatesPage {
      certificates = certificates == null ? List.of() : certificates;
    }
  }

  /** {@code listIPAssignmentsResponse}. */
  public record IpList(@JsonProperty("ips") List<IpAssignment> ips) {
    public IpList {
      ips = ips == null ? List.of() : List.copyOf(ips);
    }
  }

  /** {@code AppSecrets}. */
  public record SecretList(@JsonProperty("secrets") List<AppSecret> secrets) {
    public SecretList {
      secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }
  }

  /** {@code AppSecretsUpdateResp}, and {@code DeleteAppSecretResponse} (which has no secrets). */
  public record SecretsVersion(@JsonProperty("version") Optional<Long> version,
      @JsonProperty("Version") Optional<Long> capitalVersion, @JsonProperty("secrets") List<AppSecret> secrets) {
    public SecretsVersion {
      secrets = secrets == null ? List.of() : List.copyOf(secrets);
      version = version == null ? Optional.empty() : version;
      capitalVersion = capitalVersion == null ? Optional.empty() : capitalVersion;
    }

    /** The spec lists both {@code version} and {@code Version}; either may carry the number. */
    public Optional<Long> anyVersion() {
      return version.or(() -> capitalVersion);
    }
  }
}
