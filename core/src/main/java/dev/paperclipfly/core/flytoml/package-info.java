/**
 * fly.toml as a typed model: read every shape flyctl reads, check it, change it, write it back.
 *
 * <ul>
 *   <li>{@link dev.paperclipfly.core.flytoml.FlyToml} is the whole file, built with
 *       {@code FlyToml.builder()}; every section has its own immutable type ({@code HttpService},
 *       {@code HttpCheck}, {@code Service}, {@code Mount}, {@code Vm}, ...), and keys the model does not
 *       know are kept in each type's {@code extra()}.
 *   <li>Values with units are types that know Fly's rules and remember how they were written:
 *       {@link dev.paperclipfly.core.flytoml.FlyDuration}, {@link dev.paperclipfly.core.flytoml.MemorySize},
 *       {@link dev.paperclipfly.core.flytoml.VolumeSize}, {@link dev.paperclipfly.core.flytoml.AutoStopMachines}.
 *   <li>{@link dev.paperclipfly.core.flytoml.FlyTomlReader} reads text or a file;
 *       {@link dev.paperclipfly.core.flytoml.FlyTomlWriter} writes a model in the layout people write by hand;
 *       {@link dev.paperclipfly.core.flytoml.FlyTomlEditor} changes single values of an existing file and keeps
 *       its comments and layout; {@link dev.paperclipfly.core.flytoml.FlyTomlValidator} reports every problem
 *       with its dotted path.
 * </ul>
 *
 * <pre>{@code
 * FlyToml toml = FlyToml.builder()
 *     .app("my-paperclip")
 *     .primaryRegion("sjc")
 *     .putEnv("PORT", "3100")
 *     .httpService(HttpService.builder()
 *         .internalPort(3100)
 *         .autoStopMachines(AutoStopMachines.OFF)
 *         .addChecks(HttpCheck.builder()
 *             .path("/api/health")
 *             .gracePeriod(FlyDuration.ofSeconds(60))
 *             .putHeaders("Host", "localhost")
 *             .build())
 *         .build())
 *     .addMounts(Mount.builder().source("paperclip_data").destination("/paperclip").build())
 *     .addVm(Vm.builder().size("shared-cpu-1x").memory(MemorySize.ofMegabytes(1024)).build())
 *     .build();
 * FlyTomlValidator.validate(toml).throwIfInvalid("fly.toml");
 * String text = FlyTomlWriter.write(toml);
 * }</pre>
 */
package dev.paperclipfly.core.flytoml;
