package dev.paperclipfly.templates.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule has a fixture bundle that trips it and one that does not (test resources lint/rules/ID/). */
class LintRuleFixturesTest {

  @ParameterizedTest(name = "{0} trips on its failing fixture")
  @EnumSource(LintRule.class)
  void eachRuleTripsOnItsFailingFixture(LintRule rule) {
    Path trips = fixture(rule, "trips");

    List<Finding> findings = BundleLinter.create().lint(trips);

    assertThat(findings).filteredOn(f -> f.ruleId().equals(rule.id()))
        .isNotEmpty()
        .allSatisfy(f -> {
          assertThat(Files.isRegularFile(trips.resolve(f.file()))).as("finding names a real file").isTrue();
          assertThat(f.message()).isEqualTo(rule.problem());
          assertThat(f.fix()).isEqualTo(rule.fix());
        });
  }

  @ParameterizedTest(name = "{0} stays quiet on its passing fixture")
  @EnumSource(LintRule.class)
  void eachRuleStaysQuietOnItsPassingFixture(LintRule rule) {
    List<Finding> findings = BundleLinter.create().lint(fixture(rule, "passes"));

    assertThat(findings).noneMatch(f -> f.ruleId().equals(rule.id()));
  }

  private static Path fixture(LintRule rule, String kind) {
    Path dir = BundleLinterSeedTest.resource("rules").resolve(rule.id()).resolve(kind);
    assertThat(dir).as("fixture directory for " + rule.id()).isDirectory();
    return dir;
  }
}
