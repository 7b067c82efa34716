package com.frameworkfork.content;

/** Writes a feature's current content as the same files the importer reads; registered as a bean. */
public interface ContentExporter {

    void export(ContentWriter files);
}
