package org.contractfirst.server.runtime.binding;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/** A binary part of a multipart body: its file name and content type as sent, and its bytes. */
public record FilePart(String fileName, String contentType, byte[] content) {

    public int size() {
        return content.length;
    }

    /** The part's bytes as a stream; the body limit bounds how many there can be. */
    public InputStream stream() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilePart part && part.fileName.equals(fileName)
                && part.contentType.equals(contentType) && Arrays.equals(part.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "FilePart[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
