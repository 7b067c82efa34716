package com.frameworkfork.decision.questionnaire;

/** Who made a model version: the importer from a shipped file, or an editor. */
enum ModelOrigin {
    SHIPPED,
    EDITOR
}
