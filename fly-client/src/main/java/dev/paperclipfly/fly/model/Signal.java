package dev.paperclipfly.fly.model;

/**
 * A POSIX signal the Machines API can deliver. {@code stop}, {@code restart} and a Machine's
 * {@code stop_config} accept only {@link #SIGHUP}, {@link #SIGINT}, {@link #SIGQUIT},
 * {@link #SIGKILL}, {@link #SIGUSR1}, {@link #SIGUSR2} and {@link #SIGTERM}; the {@code signal}
 * endpoint accepts all of them.
 */
public enum Signal {
  SIGABRT,
  SIGALRM,
  SIGFPE,
  SIGHUP,
  SIGILL,
  SIGINT,
  SIGKILL,
  SIGPIPE,
  SIGQUIT,
  SIGSEGV,
  SIGTERM,
  SIGTRAP,
  SIGUSR1,
  SIGUSR2;

  /** True when {@code stop}, {@code restart} and {@code stop_config} accept this signal. */
  public boolean stoppable() {
    switch (this) {
      case SIGHUP:
      case SIGINT:
      case SIGQUIT:
      case SIGKILL:
      case SIGUSR1:
      case SIGUSR2:
      case SIGTERM:
        return true;
      default:
        return false;
    }
  }
}
