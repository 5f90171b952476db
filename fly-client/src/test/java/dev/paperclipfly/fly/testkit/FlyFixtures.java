package dev.paperclipfly.fly.testkit;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * JSON answers shaped like the Machines OpenAPI spec, for stubbing {@link FlyApiStub}. {@link FlyApiStub}
 * validates each one against the spec after the test, so a fixture cannot drift from it unnoticed.
 */
public final class FlyFixtures {
  private FlyFixtures() {}

  /** A {@code Machine} with a typical web config. */
  public static String machine(String id, String state) {
    return """
        {
          "id": "%s",
          "name": "web-%s",
          "state": "%s",
          "region": "ams",
          "instance_id": "01J8ZQ4V6T5N1WJ3D2K9X7C0AB",
          "private_ip": "fdaa:0:1:a7b:1f6:1:2:3",
          "created_at": "2026-01-01T00:00:00Z",
          "updated_at": "2026-01-01T00:01:00Z",
          "host_status": "ok",
          "image_ref": {"registry": "registry.fly.io", "repository": "paperclip", "tag": "latest",
                        "digest": "sha256:0f1e2d", "labels": {}},
          "config": {
            "image": "registry.fly.io/paperclip:latest",
            "env": {"PRIMARY_REGION": "ams"},
            "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 1024},
            "metadata": {"fly_platform_version": "v2", "fly_process_group": "app"},
            "services": [{
              "protocol": "tcp",
              "internal_port": 3100,
              "autostop": "stop",
              "autostart": true,
              "min_machines_running": 0,
              "ports": [{"port": 80, "handlers": ["http"], "force_https": true},
                        {"port": 443, "handlers": ["http", "tls"]}],
              "checks": [{"type": "http", "interval": "15s", "timeout": "2s", "grace_period": "10s",
                          "method": "GET", "path": "/api/health",
                          "headers": [{"name": "X-Forwarded-Proto", "values": ["https"]}]}]
            }],
            "mounts": [{"volume": "vol_4v8k2j", "path": "/paperclip", "name": "paperclip_data"}],
            "restart": {"policy": "on-failure", "max_retries": 10},
            "stop_config": {"signal": "SIGTERM", "timeout": "30s"}
          },
          "events": [{"id": "01J8ZQ4V6T5N1WJ3D2K9X7C0EV", "type": "start", "status": "started",
                      "source": "user", "timestamp": 1767225660000}],
          "checks": [{"name": "servicecheck-00-http-3100", "status": "passing", "output": "OK",
                      "updated_at": "2026-01-01T00:01:00Z"}]
        }""".formatted(id, id, state);
  }

  /** A JSON array of {@code count} Machines. */
  public static String machines(String... ids) {
    return "[" + java.util.Arrays.stream(ids).map(id -> machine(id, "started")).collect(Collectors.joining(",")) + "]";
  }

  /** One page of {@code GET /orgs/{org}/machines}: Machines {@code from} to {@code from+count-1}. */
  public static String orgMachinesPage(int from, int count, Optional<String> nextCursor) {
    String items = IntStream.range(from, from + count)
        .mapToObj(i -> """
            {"id": "m%06d", "name": "m-%d", "app_name": "app-%d", "state": "started", "region": "ams",
             "instance_id": "01J8ZQ4V6T5N1WJ3D2K9X7C0AB", "private_ip": "fdaa::%x", "version": "v1",
             "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
             "config": {"image": "registry.fly.io/app:%d", "guest": {"cpu_kind": "shared", "cpus": 1, "memory_mb": 256},
                        "metadata": {"fly_process_group": "app"}}}""".formatted(i, i, i % 50, i, i))
        .collect(Collectors.joining(","));
    return "{\"machines\": [" + items + "]"
        + nextCursor.map(c -> ", \"next_cursor\": \"" + c + "\"").orElse("")
        + ", \"last_machine_id\": \"m" + (from + count - 1) + "\", \"last_updated_at\": \"2026-01-01T00:00:00Z\"}";
  }

  /** A lease answer in the documented {@code {status, data}} envelope. */
  public static String leaseWrapped(String nonce) {
    return """
        {"status": "success",
         "data": {"nonce": "%s", "expires_at": 1767225900, "owner": "ops@example.com",
                  "description": "deploy", "version": "01J8ZQ4V6T5N1WJ3D2K9X7C0AB"}}""".formatted(nonce);
  }

  /** A {@code Volume}. */
  public static String volume(String id, int sizeGb) {
    return """
        {"id": "%s", "name": "paperclip_data", "state": "created", "size_gb": %d, "region": "ams",
         "zone": "a1b2", "encrypted": true, "attached_machine_id": "", "created_at": "2026-01-01T00:00:00Z",
         "fstype": "ext4", "snapshot_retention": 5, "auto_backup_enabled": true, "host_status": "ok",
         "type": "local"}""".formatted(id, sizeGb);
  }

  /** An {@code ErrorResponse}. */
  public static String error(String message) {
    return "{\"error\": \"" + message + "\"}";
  }

  /** An {@code ErrorResponse} with a {@code status} code. */
  public static String error(String message, String status) {
    return "{\"error\": \"" + message + "\", \"status\": \"" + status + "\"}";
  }
}
