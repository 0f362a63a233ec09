package org.jcrm.engine.cib;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** A bundle {@code <storage-mapping>} from a host directory into the container. */
@XmlRootElement(name = "storage-mapping")
public class StorageMapping extends CibElement implements Identified {
    @XmlAttribute(name = "id")
    private String id;

    @XmlAttribute(name = "source-dir")
    private String sourceDir;

    @XmlAttribute(name = "source-dir-root")
    private String sourceDirRoot;

    @XmlAttribute(name = "target-dir")
    private String targetDir;

    @XmlAttribute(name = "options")
    private String options;

    /** The id attribute as written, or null when absent. */
    public String getId() {
        return id;
    }

    /** Sets the id attribute; null removes it. */
    public StorageMapping setId(String id) {
        this.id = id;
        return this;
    }

    /** The source-dir attribute as written, or null when absent. */
    public String getSourceDir() {
        return sourceDir;
    }

    /** Sets the source-dir attribute; null removes it. */
    public StorageMapping setSourceDir(String sourceDir) {
        this.sourceDir = sourceDir;
        return this;
    }

    /** The source-dir-root attribute as written, or null when absent. */
    public String getSourceDirRoot() {
        return sourceDirRoot;
    }

    /** Sets the source-dir-root attribute; null removes it. */
    public StorageMapping setSourceDirRoot(String sourceDirRoot) {
        this.sourceDirRoot = sourceDirRoot;
        return this;
    }

    /** The target-dir attribute as written, or null when absent. */
    public String getTargetDir() {
        return targetDir;
    }

    /** Sets the target-dir attribute; null removes it. */
    public StorageMapping setTargetDir(String targetDir) {
        this.targetDir = targetDir;
        return this;
    }

    /** The options attribute as written, or null when absent. */
    public String getOptions() {
        return options;
    }

    /** Sets the options attribute; null removes it. */
    public StorageMapping setOptions(String options) {
        this.options = options;
        return this;
    }
}
