package org.contractfirst.spec.rules;

/** What the rules need to know of media types. */
final class MediaTypes {

    private MediaTypes() {
    }

    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase();
        int parameters = type.indexOf(';');
        String bare = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        return bare.equals("application/json") || bare.endsWith("+json");
    }
}
