package dev.paperclipfly.fly.internal;

import dev.paperclipfly.fly.model.OrgListFilter;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The request for one page of {@code /v1/orgs/{org}/machines} or {@code /volumes}. Internal. */
public final class OrgListing {
  private OrgListing() {}

  public static ApiRequest request(String orgSlug, String kind, OrgListFilter filter, Optional<String> cursor) {
    return ApiRequest.get("orgs", orgSlug, kind)
        .query("include_deleted", filter.includeDeleted())
        .query("region", filter.region())
        .query("state", filter.states().isEmpty() ? Optional.empty() : Optional.of(String.join(",", filter.states())))
        .query("summary", filter.summary())
        .query("updated_after", filter.updatedAfter().map(DateTimeFormatter.ISO_INSTANT::format))
        .query("cursor", cursor)
        .query("limit", filter.pageSize());
  }
}
