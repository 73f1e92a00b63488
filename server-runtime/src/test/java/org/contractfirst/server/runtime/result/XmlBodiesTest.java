package org.contractfirst.server.runtime.result;

import org.contractfirst.server.runtime.ItemsApi;
import org.contractfirst.server.runtime.StageHarness;
import org.contractfirst.server.runtime.binding.Mappers;
import org.contractfirst.server.runtime.errors.ErrorStage;
import org.contractfirst.server.runtime.spec.ServedSpec;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * XML answers the spec gives no XML schema for (here: paths the spec does not have), written by the result stage
 * with the names their Java models suggest.
 */
class XmlBodiesTest {

    private static final ServedSpec SPEC = ServedSpec.of("specs/result.yaml");

    public static final class Thing {
        public String name;
        public Integer size;

        static Thing of(String name, Integer size) {
            Thing thing = new Thing();
            thing.name = name;
            thing.size = size;
            return thing;
        }
    }

    @JacksonXmlRootElement(localName = "gizmo")
    public static final class Gadget {
        public String name = "spinner";
    }

    public static final class Box {
        public String label = "kitchen";
        public List<Thing> contents = List.of(Thing.of("cup", 1), Thing.of("plate", null));
        public Map<String, String> notes = new LinkedHashMap<>(Map.of("en", "fragile"));
    }

    record Things(int status, List<Thing> body) implements Result {
    }

    @Path("/undocumented")
    @Produces(MediaType.APPLICATION_XML)
    public static final class Undocumented {

        @GET
        @Path("things")
        public Response things() {
            return Response.ok(new GenericEntity<List<Thing>>(List.of(Thing.of("cup", 1), Thing.of("jug", 2))) {
            }).build();
        }

        @GET
        @Path("result")
        public Response result() {
            return Responses.of(new Things(200, new ArrayList<>(List.of(Thing.of("cup", 1)))));
        }

        @GET
        @Path("bare")
        public Response bare() {
            return Response.ok(new ArrayList<>(List.of(Thing.of("cup", 1)))).build();
        }

        @GET
        @Path("gadget")
        public Gadget gadget() {
            return new Gadget();
        }

        @GET
        @Path("box")
        public Box box() {
            return new Box();
        }

        @GET
        @Path("text")
        public String text() {
            return "<already>xml</already>";
        }
    }

    private final StageHarness harness = StageHarness.of(SPEC, List.of(new Undocumented()),
            new ResultStage(SPEC, Mappers.json()), new ErrorStage(new ItemsApi.Items().errors()));

    private String xml(String path) {
        StageHarness.Answer answer = harness.request("GET", path).header("Accept", MediaType.APPLICATION_XML).send();
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(MediaType.APPLICATION_XML), answer.header("Content-Type"));
        return answer.body();
    }

    @Test
    void anXmlDeclarationOpensTheDocument() {
        String gadget = xml("/undocumented/gadget");
        assertTrue(gadget.matches("<\\?xml version=['\"]1\\.0['\"] encoding=['\"]UTF-8['\"]\\?><gizmo>.*"), gadget);
    }

    @Test
    void aListIsWrappedInThePluralOfItsItemsModel() {
        assertTrue(xml("/undocumented/things").endsWith("<things><thing><name>cup</name><size>1</size></thing>"
                + "<thing><name>jug</name><size>2</size></thing></things>"), xml("/undocumented/things"));
    }

    @Test
    void aResultKeepsTheGenericTypeItsRecordDeclaresWhichNamesTheElements() {
        assertTrue(xml("/undocumented/result").endsWith("<things><thing><name>cup</name><size>1</size></thing></things>"),
                xml("/undocumented/result"));
        // The same list with no type to say what it holds cannot be named after its items.
        assertFalse(xml("/undocumented/bare").contains("<things>"), xml("/undocumented/bare"));
    }

    @Test
    void aModelIsNamedByItsXmlRootElementElseByItsClass() {
        assertTrue(xml("/undocumented/gadget").endsWith("<gizmo><name>spinner</name></gizmo>"), xml("/undocumented/gadget"));
    }

    @Test
    void aListFieldIsWrappedByItsNameWithOneElementPerItemAndNullsLeftOut() {
        assertTrue(xml("/undocumented/box").endsWith("<box><label>kitchen</label><contents><thing><name>cup</name>"
                + "<size>1</size></thing><thing><name>plate</name></thing></contents><notes><en>fragile</en></notes></box>"),
                xml("/undocumented/box"));
    }

    @Test
    void aTextAnswerIsWrittenAsItIs() {
        assertEquals("<already>xml</already>", xml("/undocumented/text"));
    }
}
