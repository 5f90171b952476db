package dev.paperclipfly.fly;

import dev.paperclipfly.fly.internal.Answers;
import dev.paperclipfly.fly.internal.ApiRequest;
import dev.paperclipfly.fly.internal.ApiRequest.Repeat;
import dev.paperclipfly.fly.internal.ApiTransport;
import dev.paperclipfly.fly.internal.CursorPages;
import dev.paperclipfly.fly.internal.OrgListing;
import dev.paperclipfly.fly.model.CreateVolumeRequest;
import dev.paperclipfly.fly.model.ExtendVolumeResult;
import dev.paperclipfly.fly.model.OrgListFilter;
import dev.paperclipfly.fly.model.OrgVolume;
import dev.paperclipfly.fly.model.UpdateVolumeRequest;
import dev.paperclipfly.fly.model.Volume;
import dev.paperclipfly.fly.model.VolumeSnapshot;
import java.util.List;

import java.util.stream.Stream;

/** Volumes: {@code /v1/apps/{app}/volumes}. Obtain from {@link FlyClient#volumes()}. */
public final class Volumes {
  private final ApiTransport api;

  Volumes(ApiTransport api) {
    this.api = api;
  }

  /**
   * Creates a volume. A volume pins the Machine that mounts it to the volume's host; a Machine mounts
   * at most one volume.
   *
   * @throws FlyApiException.InsufficientCapacity when the region has no room; try another region
   */
  public Volume create(String app, CreateVolumeRequest request) {
    // Not repeated after an unclear failure: a repeat could leave two volumes (both billed). List the
    // app's volumes by name before trying again.
    return api.json(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "volumes").body(request),
        Volume.class);
  }

  public Volume get(String app, String volumeId) {
    return api.json(ApiRequest.get("apps", app, "volumes", volumeId), Volume.class);
  }

  /** The app's volumes (not paged by the API). */
  public List<Volume> list(String app) {
    return api.jsonList(ApiRequest.get("apps", app, "volumes"), Volume.class);
  }

  /** Changes snapshot retention or automatic backups. */
  public Volume update(String app, String volumeId, UpdateVolumeRequest request) {
    return api.json(ApiRequest.put("apps", app, "volumes", volumeId).body(request), Volume.class);
  }

  /** Destroys the volume and its data. */
  public void delete(String app, String volumeId) {
    api.send(ApiRequest.delete("apps", app, "volumes", volumeId));
  }

  /**
   * Grows the volume to {@code sizeGb}. Check {@link ExtendVolumeResult#needsRestart()}: some Machines
   * see the new size only after a restart.
   */
  public ExtendVolumeResult extend(String app, String volumeId, int sizeGb) {
    if (sizeGb < 1) {
      throw new IllegalArgumentException("sizeGb must be at least 1, was " + sizeGb);
    }
    // The new size is absolute, so a repeat asks for the same size: safe to retry.
    return api.json(ApiRequest.put("apps", app, "volumes", volumeId, "extend")
        .body(api.json().createObjectNode().put("size_gb", sizeGb)), ExtendVolumeResult.class);
  }

  /** The volume's snapshots. */
  public List<VolumeSnapshot> snapshots(String app, String volumeId) {
    return api.jsonList(ApiRequest.get("apps", app, "volumes", volumeId, "snapshots"), VolumeSnapshot.class);
  }

  /** Takes a snapshot now. */
  public void createSnapshot(String app, String volumeId) {
    // Not repeated after an unclear failure: a repeat would take a second snapshot.
    api.send(ApiRequest.post(Repeat.ONLY_IF_NOT_RECEIVED, "apps", app, "volumes", volumeId, "snapshots"));
  }

  /** Every volume of an organization, fetched a page at a time as the stream is consumed. */
  public Stream<OrgVolume> listOrg(String orgSlug, OrgListFilter filter) {
    return CursorPages.stream(cursor -> {
      Answers.OrgVolumesPage page = api.json(OrgListing.request(orgSlug, "volumes", filter, cursor),
          Answers.OrgVolumesPage.class);
      return new CursorPages.Page<>(page.volumes(), page.nextCursor());
    });
  }

}
