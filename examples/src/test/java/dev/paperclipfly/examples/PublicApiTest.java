package dev.paperclipfly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the public surface of every published module: a type in an {@code internal} package must
 * never appear in a public or protected signature of a public type outside one, so users who stay
 * out of {@code internal} packages never need them.
 */
class PublicApiTest {
  private static final List<String> MODULES =
      List.of("core", "fly-client", "tailscale-client", "templates", "deploy", "testkit");

  /** The compiled classes of one published module: its target/classes folder or its main jar. */
  private static boolean isModuleOutput(Path entry) {
    String file = entry.getFileName().toString();
    if (Files.isDirectory(entry)) {
      return entry.endsWith(Paths.get("target", "classes"))
          && MODULES.contains(entry.getParent().getParent().getFileName().toString());
    }
    return MODULES.stream().anyMatch(m -> file.startsWith("paperclip-fly-" + m + "-"))
        && file.endsWith(".jar") && !file.endsWith("-tests.jar");
  }

  private static List<String> classNames(Path entry) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        files.filter(p -> p.toString().endsWith(".class"))
            .forEach(f -> names.add(entry.relativize(f).toString().replace(File.separatorChar, '/')));
      }
    } else {
      try (JarFile jar = new JarFile(entry.toFile())) {
        jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
      }
    }
    return names.stream().map(n -> n.replace('/', '.').replaceAll("\\.class$", "")).toList();
  }

  private static List<Class<?>> publicApiClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> classes = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path root = Paths.get(entry);
      if (!isModuleOutput(root)) {
        continue;
      }
      for (String name : classNames(root)) {
        if (name.contains(".internal.") || name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
        if (isExposed(c)) {
          classes.add(c);
        }
      }
    }
    return classes;
  }

  private static boolean isExposed(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return !c.isSynthetic() && !c.isAnonymousClass();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void collect(Type t, String where, Set<String> leaks, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> c) {
      Class<?> base = c;
      while (base.isArray()) {
        base = base.getComponentType();
      }
      if (base.getName().startsWith("dev.paperclipfly.") && base.getName().contains(".internal.")) {
        leaks.add(where + " exposes " + base.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), where, leaks, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, where, leaks, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, where, leaks, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, where, leaks, seen);
      }
    } else if (t instanceof GenericArrayType g) {
      collect(g.getGenericComponentType(), where, leaks, seen);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, where, leaks, seen);
      }
    }
  }

  private static Set<String> leaksOf(Class<?> c) {
    Set<String> leaks = new TreeSet<>();
    String n = c.getName();
    Set<Type> seen = new java.util.HashSet<>();
    collect(c.getGenericSuperclass(), n + " (supertype)", leaks, seen);
    for (Type i : c.getGenericInterfaces()) {
      collect(i, n + " (supertype)", leaks, seen);
    }
    for (Method m : c.getDeclaredMethods()) {
      if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        String where = n + "." + m.getName() + "()";
        collect(m.getGenericReturnType(), where, leaks, new java.util.HashSet<>());
        for (Type p : m.getGenericParameterTypes()) {
          collect(p, where, leaks, new java.util.HashSet<>());
        }
        for (Type e : m.getGenericExceptionTypes()) {
          collect(e, where, leaks, new java.util.HashSet<>());
        }
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (visible(k.getModifiers()) && !k.isSynthetic()) {
        for (Type p : k.getGenericParameterTypes()) {
          collect(p, n + ".<init>", leaks, new java.util.HashSet<>());
        }
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (visible(f.getModifiers()) && !f.isSynthetic()) {
        collect(f.getGenericType(), n + "." + f.getName(), leaks, new java.util.HashSet<>());
      }
    }
    return leaks;
  }

  @Test
  void everyPublishedModuleIsScanned() throws Exception {
    Set<String> packages = new TreeSet<>();
    for (Class<?> c : publicApiClasses()) {
      packages.add(c.getPackageName());
    }
    assertThat(packages).contains("dev.paperclipfly.core", "dev.paperclipfly.core.config", "dev.paperclipfly.core.flytoml",
        "dev.paperclipfly.fly", "dev.paperclipfly.tailscale", "dev.paperclipfly.templates", "dev.paperclipfly.deploy",
        "dev.paperclipfly.testkit");
  }

  @Test
  void noPublicSignatureExposesAnInternalType() throws Exception {
    Set<String> leaks = new TreeSet<>();
    for (Class<?> c : publicApiClasses()) {
      leaks.addAll(leaksOf(c));
    }
    assertThat(leaks).isEmpty();
  }

  /** The check above must be able to fail: an internal type in a public signature is caught. */
  public static final class Leaky {
    public dev.paperclipfly.core.internal.PaperclipFlyStyle leak() {
      return null;
    }
  }

  @Test
  void aLeakIsDetected() {
    assertThat(leaksOf(Leaky.class)).singleElement().asString().contains("exposes dev.paperclipfly.core.internal.PaperclipFlyStyle");
  }
}
