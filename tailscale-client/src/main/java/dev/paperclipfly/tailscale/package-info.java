/**
 * A Tailscale API v2 client on the JDK HTTP client: auth keys, devices, DNS, tailnet settings and the
 * policy file, plus {@link dev.paperclipfly.tailscale.DeploymentDevices} for finding and cleaning up
 * the device a deployment registered. Start at {@link dev.paperclipfly.tailscale.TailscaleClient}.
 */
package dev.paperclipfly.tailscale;
