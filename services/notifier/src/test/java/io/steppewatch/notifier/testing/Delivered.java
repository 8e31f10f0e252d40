package io.steppewatch.notifier.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads which alerts a webhook payload carried, from the article links our messages hold. */
public final class Delivered {

    private static final Pattern ARTICLE_LINK = Pattern.compile("news\\.example\\.org/articles/([A-Za-z0-9_.-]+)\\|");

    private Delivered() {
    }

    public static List<String> alertIds(List<String> payloads) {
        List<String> ids = new ArrayList<>();
        for (String payload : payloads) {
            Matcher matcher = ARTICLE_LINK.matcher(payload);
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }
}
