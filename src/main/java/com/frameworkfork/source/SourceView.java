package com.frameworkfork.source;

public record SourceView(String code, String title, String publisher, String publishedLabel, String licence,
                         String url, String note) {

    public static SourceView of(Source source) {
        return new SourceView(source.getCode(), source.getTitle(), source.getPublisher(), source.getPublishedLabel(),
                source.getLicence(), source.getUrl(), source.getNote());
    }
}
