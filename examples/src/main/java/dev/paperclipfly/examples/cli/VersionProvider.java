package dev.paperclipfly.examples.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = PaperclipFlyCli.class.getPackage().getImplementationVersion();
    return new String[] {"paperclip-fly " + (v == null ? "development" : v)};
  }
}
