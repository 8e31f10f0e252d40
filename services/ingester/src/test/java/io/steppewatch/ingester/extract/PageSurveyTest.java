package io.steppewatch.ingester.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PageSurveyTest {

    /** The pattern the survey used before it compared the letters itself. */
    private static final Pattern JSON_LD_TYPE = Pattern.compile("(?i)application/ld\\+json");

    @Test
    void shouldTakeScriptTypesAsThePatternDid() {
        List<String> types = List.of("application/ld+json", "APPLICATION/LD+JSON", "Application/Ld+Json",
                " application/ld+json; charset=utf-8", "text/application/ld+jsonx", "application/json",
                "application/ld json", "application/ld+jso", "", "text/javascript", "application/ld+ǰson",
                "\u017fapplication/ld+json", "appli\u017fation/ld+json", "application/lD+JSON",
                "aapplication/ld+json", "applicationapplication/ld+json");
        for (String type : types) {
            assertThat(PageSurvey.isJsonLd(type)).as(type).isEqualTo(JSON_LD_TYPE.matcher(type).find());
        }
        assertThat(PageSurvey.isJsonLd("Application/LD+JSON")).isTrue();
        assertThat(PageSurvey.isJsonLd("application/json")).isFalse();
    }
}
