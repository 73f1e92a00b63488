package org.contractfirst.client.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XML is written and read by the names the code generation puts on the models, as the spec's xml objects give them. */
class CodecXmlTest {

    @JsonPropertyOrder({"id", "emailAddress", "emailAddresses", "tags"})
    @JacksonXmlRootElement(localName = "person")
    public static class Person {
        @JsonProperty("id")
        @JacksonXmlProperty(localName = "id", isAttribute = true)
        public String id;

        @JsonProperty("emailAddress")
        public String emailAddress;

        @JsonProperty("emailAddresses")
        @JacksonXmlElementWrapper(localName = "emailAddresses", useWrapping = true)
        @XmlItemName("emailAddress")
        public List<String> emailAddresses;

        @JsonProperty("tags")
        @JacksonXmlElementWrapper(localName = "tags", useWrapping = false)
        @JacksonXmlProperty(localName = "tag")
        public List<String> tags;
    }

    private static final String XML = "<person id=\"p1\"><emailAddress>a@example.com</emailAddress>"
            + "<emailAddresses><emailAddress>b@example.com</emailAddress><emailAddress>c@example.com</emailAddress>"
            + "</emailAddresses><tag>x</tag><tag>y</tag></person>";

    private static Person person() {
        Person person = new Person();
        person.id = "p1";
        person.emailAddress = "a@example.com";
        person.emailAddresses = List.of("b@example.com", "c@example.com");
        person.tags = List.of("x", "y");
        return person;
    }

    @Test
    void wrappedItemsTakeTheirOwnNameBesideAPropertyOfThatName() throws Exception {
        assertEquals(XML, new String(Codec.writeXml(person()), StandardCharsets.UTF_8));
    }

    @Test
    void readsWhatItWrites() throws Exception {
        Person read = (Person) Codec.read(XML.getBytes(StandardCharsets.UTF_8), Format.XML, Codec.type(Person.class));
        assertEquals(List.of("p1", "a@example.com", List.of("b@example.com", "c@example.com"), List.of("x", "y")),
                List.of(read.id, read.emailAddress, read.emailAddresses, read.tags));
    }
}
