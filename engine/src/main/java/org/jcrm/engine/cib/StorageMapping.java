package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlRootElement;

/** A bundle {@code <storage-mapping>} from a host directory into the container. */
@XmlRootElement(name = "storage-mapping")
public class StorageMapping extends CibElement implements Identified {
    /** The id attribute as written, or null when absent. */
    public String getId() {
        return attribute("id");
    }

    /** Sets the id attribute; null removes it. */
    public StorageMapping setId(String id) {
        putAttribute("id", id);
        return this;
    }

    /** The source-dir attribute as written, or null when absent. */
    public String getSourceDir() {
        return attribute("source-dir");
    }

    /** Sets the source-dir attribute; null removes it. */
    public StorageMapping setSourceDir(String sourceDir) {
        putAttribute("source-dir", sourceDir);
        return this;
    }

    /** The source-dir-root attribute as written, or null when absent. */
    public String getSourceDirRoot() {
        return attribute("source-dir-root");
    }

    /** Sets the source-dir-root attribute; null removes it. */
    public StorageMapping setSourceDirRoot(String sourceDirRoot) {
        putAttribute("source-dir-root", sourceDirRoot);
        return this;
    }

    /** The target-dir attribute as written, or null when absent. */
    public String getTargetDir() {
        return attribute("target-dir");
    }

    /** Sets the target-dir attribute; null removes it. */
    public StorageMapping setTargetDir(String targetDir) {
        putAttribute("target-dir", targetDir);
        return this;
    }

    /** The options attribute as written, or null when absent. */
    public String getOptions() {
        return attribute("options");
    }

    /** Sets the options attribute; null removes it. */
    public StorageMapping setOptions(String options) {
        putAttribute("options", options);
        return this;
    }
}
