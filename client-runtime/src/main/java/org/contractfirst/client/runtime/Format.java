package org.contractfirst.client.runtime;

/** The media type a call asks for; an operation that cannot answer in it is asked for JSON. */
public enum Format {
    JSON("application/json"),
    XML("application/xml");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    static Format of(String contentType) {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("xml") ? XML : JSON;
    }
}
