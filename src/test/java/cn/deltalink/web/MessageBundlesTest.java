package cn.deltalink.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page text exists in Chinese (the default bundle) and in English, and no text with
 * parameters loses an apostrophe: Spring formats such texts with {@code MessageFormat}, which reads
 * a single ' as the start of a quoted part, so it must be written ''.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/i18n");
  private static final Pattern PARAMETER = Pattern.compile("\\{\\d");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static Stream<String> bundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties") && !n.contains("_")).map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyTextIsInBothLanguages(String bundle) throws IOException {
    assertThat(load(bundle + "_en").stringPropertyNames()).as(bundle + "_en.properties against " + bundle + ".properties").isEqualTo(load(bundle).stringPropertyNames());
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void noTextWithParametersHasALoneApostrophe(String bundle) throws IOException {
    List<String> broken = new ArrayList<>();
    for (String language : List.of(bundle, bundle + "_en")) {
      Properties texts = load(language);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (PARAMETER.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
          broken.add(language + ": " + key);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
