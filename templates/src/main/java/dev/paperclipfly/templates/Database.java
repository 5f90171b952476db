package dev.paperclipfly.templates;

import dev.paperclipfly.core.Secret;
import java.util.Objects;

/**
 * Where Paperclip keeps its data: a PostgreSQL server inside the container with its cluster on the Fly
 * volume (the default), or an external server reached through a connection string held as a
 * {@link Secret} (managed Postgres). The connection string is never rendered into a file: the bundle
 * only names the {@code DATABASE_URL} secret, set through {@code flyctl secrets import}.
 */
public sealed interface Database permits Database.LocalPostgres, Database.ExternalPostgres {

  /** PostgreSQL from the distribution's packages, cluster on the volume. */
  static Database localPostgres() {
    return LocalPostgres.INSTANCE;
  }

  /** An external PostgreSQL; the connection string goes to Fly as the {@code DATABASE_URL} secret. */
  static Database external(Secret connectionString) {
    return new ExternalPostgres(connectionString);
  }

  /** PostgreSQL inside the container. */
  final class LocalPostgres implements Database {
    static final LocalPostgres INSTANCE = new LocalPostgres();

    private LocalPostgres() {}

    @Override
    public String toString() {
      return "LocalPostgres";
    }
  }

  /**
   * An external PostgreSQL.
   *
   * @param connectionString the {@code postgres://} URL, kept secret
   */
  record ExternalPostgres(Secret connectionString) implements Database {
    /** Requires a connection string. */
    public ExternalPostgres {
      Objects.requireNonNull(connectionString, "connectionString");
    }
  }
}
