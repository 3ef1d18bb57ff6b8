package org.gongkai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** A message bundle of the application read as it is shipped (UTF-8), for tests of its texts. */
public final class MessageBundles {

    private MessageBundles() {}

    public static Properties load(String resource) {
        var properties = new Properties();
        try (var stream = MessageBundles.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
