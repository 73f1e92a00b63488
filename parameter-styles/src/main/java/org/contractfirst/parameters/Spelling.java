package org.contractfirst.parameters;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the styles leave to the writer, where the two sides that write parameters have always differed. Each keeps
 * its own, so that moving them here changed no byte they send:
 * <ul>
 * <li>percent-encoding: RFC 3986, which honours {@code allowReserved}, or {@link java.net.URLEncoder}, which does
 * not ({@link PercentEncoding});</li>
 * <li>a scalar's text: {@link ScalarText#plain} (plain decimals, null as nothing) or Jackson's
 * {@link JsonNode#asText()} ({@code 1.0E9}, {@code null});</li>
 * <li>a non-exploded array or object in a query or cookie: each item encoded and the delimiters written as they
 * are ({@code a,b}), or the joined text encoded as one ({@code a%2Cb}), an object's pairs always joined by commas;</li>
 * <li>an exploded query value: each item or property as its text (a nested array or object as JSON), or in bracket
 * notation ({@code a[b]=v}, an array's key repeated, a null left out), {@code deepObject} too for a value that is
 * not an object; and an exploded {@code spaceDelimited} or {@code pipeDelimited} array repeated, or joined;</li>
 * <li>the matrix style: the name percent-encoded or not, an empty array or object as {@code ;id=} or {@code ;id},
 * an empty exploded object as nothing or {@code ;}.</li>
 * </ul>
 */
public enum Spelling {
    /** What the conformance suite sends: RFC 3986 and RFC 6570 to the letter. */
    RFC_3986(false, false, true, true, true, false),
    /** What the generated clients send: their form bodies' encoding and bracket notation, used for parameters too. */
    URL_ENCODER(true, true, false, false, false, true);

    private final boolean joinsBeforeEncoding;
    private final boolean explodesInBrackets;
    private final boolean explodesDelimitedArrays;
    private final boolean encodesMatrixName;
    private final boolean equalsBeforeEmptyMatrixList;
    private final boolean semicolonForEmptyExplodedMatrix;

    Spelling(boolean joinsBeforeEncoding, boolean explodesInBrackets, boolean explodesDelimitedArrays,
             boolean encodesMatrixName, boolean equalsBeforeEmptyMatrixList, boolean semicolonForEmptyExplodedMatrix) {
        this.joinsBeforeEncoding = joinsBeforeEncoding;
        this.explodesInBrackets = explodesInBrackets;
        this.explodesDelimitedArrays = explodesDelimitedArrays;
        this.encodesMatrixName = encodesMatrixName;
        this.equalsBeforeEmptyMatrixList = equalsBeforeEmptyMatrixList;
        this.semicolonForEmptyExplodedMatrix = semicolonForEmptyExplodedMatrix;
    }

    String encode(String text, boolean allowReserved) {
        return this == RFC_3986 ? PercentEncoding.rfc3986(text, allowReserved) : PercentEncoding.urlEncoder(text);
    }

    String text(JsonNode scalar) {
        return this == RFC_3986 ? ScalarText.plain(scalar) : scalar.asText();
    }

    boolean joinsBeforeEncoding() {
        return joinsBeforeEncoding;
    }

    boolean explodesInBrackets() {
        return explodesInBrackets;
    }

    boolean explodesDelimitedArrays() {
        return explodesDelimitedArrays;
    }

    boolean encodesMatrixName() {
        return encodesMatrixName;
    }

    boolean equalsBeforeEmptyMatrixList() {
        return equalsBeforeEmptyMatrixList;
    }

    boolean semicolonForEmptyExplodedMatrix() {
        return semicolonForEmptyExplodedMatrix;
    }
}
