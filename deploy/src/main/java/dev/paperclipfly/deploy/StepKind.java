package dev.paperclipfly.deploy;

/** What a plan step is about, in the order apply takes them. */
public enum StepKind {
  APP,
  PUBLIC_IPS,
  PRIVATE_IP,
  VOLUME,
  TAILNET_SETTINGS,
  TAILNET_DNS,
  AUTH_KEY,
  SECRETS,
  MACHINE,
  MACHINE_STARTED,
  HEALTH,
  ADMIN_INVITE
}
