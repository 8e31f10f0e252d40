package io.steppewatch.processor.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Paths of the browser libraries inside their WebJars. The versions come from the WebJars' own
 * {@code pom.properties}, so the root pom is the one place that names them.
 */
public final class Assets {

    public static final String HTMX = "/webjars/htmx.org/" + version("htmx.org") + "/dist/htmx.min.js";
    public static final String UPLOT = "/webjars/uplot/" + version("uplot") + "/dist/uPlot.iife.min.js";
    public static final String UPLOT_CSS = "/webjars/uplot/" + version("uplot") + "/dist/uPlot.min.css";

    private Assets() {
    }

    private static String version(String artifact) {
        String resource = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + artifact + " WebJar is missing from the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
