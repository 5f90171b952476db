package dev.paperclipfly.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving each test a fresh {@link FakeFly} and/or {@link FakeTailscale} as method
 * parameters, closed after the test. Needs {@code junit-jupiter-api} on the test class path.
 *
 * <pre>{@code
 * @ExtendWith(FakeApisExtension.class)
 * class MyDeployTest {
 *   @Test
 *   void deploys(FakeFly fly, FakeTailscale tailscale) { ... }
 * }
 * }</pre>
 */
public final class FakeApisExtension implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FakeApisExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    Class<?> type = p.getParameter().getType();
    return type == FakeFly.class || type == FakeTailscale.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    ExtensionContext.Store store = c.getStore(NS);
    if (p.getParameter().getType() == FakeFly.class) {
      return store.getOrComputeIfAbsent(FakeFly.class, k -> FakeFly.start(), FakeFly.class);
    }
    return store.getOrComputeIfAbsent(FakeTailscale.class, k -> FakeTailscale.start(), FakeTailscale.class);
  }

  @Override
  public void afterEach(ExtensionContext c) {
    ExtensionContext.Store store = c.getStore(NS);
    FakeFly fly = store.remove(FakeFly.class, FakeFly.class);
    if (fly != null) {
      fly.close();
    }
    FakeTailscale ts = store.remove(FakeTailscale.class, FakeTailscale.class);
    if (ts != null) {
      ts.close();
    }
  }
}
