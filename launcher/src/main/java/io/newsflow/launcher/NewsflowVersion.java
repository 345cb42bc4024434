package io.newsflow.launcher;

import io.newsflow.enrich.tagging.BuiltinTagger;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code newsflow --version}: the version Maven built (version.properties is filtered) and the default tagger's. */
final class NewsflowVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        var built = new Properties();
        try (InputStream in = NewsflowVersion.class.getResourceAsStream("version.properties")) {
            built.load(in);
        }
        return new String[] {"newsflow " + built.getProperty("version"), "default tagger " + BuiltinTagger.NAME};
    }
}
