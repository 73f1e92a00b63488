package org.contractfirst.reference.bird;

import io.restassured.http.ContentType;
import org.contractfirst.reference.ReferenceServerTest;
import org.contractfirst.reference.SpecProperties;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patterns beside Bird's custom formats admit every value the server accepts, so that they change nothing on the
 * wire: every IANA zone the server knows, and every language tag of the locales Java knows; and the same patterns
 * stand beside the format in the request and in the response.
 */
class BirdFormatPatternsTest extends ReferenceServerTest {

    private static final String REQUEST = "/components/schemas/UpdateProfileRequest/properties/";
    private static final String RESPONSE = "/components/schemas/User/properties/";

    @Override
    protected String api() {
        return "bird";
    }

    private static Pattern pattern(String pointer) {
        return Pattern.compile(SpecProperties.at("bird", pointer + "/pattern").asText());
    }

    @Test
    void everyZoneTheServerAcceptsMatchesThePattern() {
        Pattern zone = pattern(REQUEST + "timezone");
        assertEquals(zone.pattern(), pattern(RESPONSE + "timezone").pattern());
        for (String id : ZoneId.getAvailableZoneIds()) {
            assertTrue(zone.matcher(id).matches(), id);
        }
        for (String id : List.of("Europe/Amsterdam", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "UTC")) {
            withBearer(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON).body(Map.of("timezone", id))
                    .patch("/me").then().statusCode(200);
        }
    }

    @Test
    void everyLanguageTagTheServerAcceptsMatchesThePattern() {
        Pattern tag = pattern(REQUEST + "locale");
        assertEquals(tag.pattern(), pattern(RESPONSE + "locale").pattern());
        List<String> tags = Arrays.stream(Locale.getAvailableLocales()).map(Locale::toLanguageTag)
                .filter(name -> !name.equals("und")).toList();
        for (String name : tags) {
            assertTrue(tag.matcher(name).matches(), name);
        }
        for (String name : List.of("en-US", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1996", "en-US-x-twain",
                "ja-JP-u-ca-japanese")) {
            assertTrue(tag.matcher(name).matches(), name);
            withBearer(BirdReference.DEMO_TOKEN).contentType(ContentType.JSON).body(Map.of("locale", name))
                    .patch("/me").then().statusCode(200);
        }
    }
}
