package org.tcl4j.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A Tcl namespace: commands, variables, children, export patterns, the
 * command resolution path and an unknown-command handler.
 */
public final class Namespace {
    final String name;
    final Namespace parent;
    final LinkedHashMap<String, Namespace> children = new LinkedHashMap<>();
    final HashMap<String, Var> vars = new LinkedHashMap<>();
    final HashMap<String, CommandEntry> commands = new LinkedHashMap<>();
    final List<String> exportPatterns = new ArrayList<>();
    List<Namespace> path = List.of();
    TclValue unknownHandler;
    boolean deleted;
    /** Runs when the namespace is deleted. */
    List<Runnable> onDelete;
    private String fullName;

    Namespace(String name, Namespace parent) {
        this.name = name;
        this.parent = parent;
    }

    public boolean isGlobal() {
        return parent == null;
    }

    public String name() {
        return name;
    }

    public Namespace parent() {
        return parent;
    }

    /** {@code ::} for the global namespace, else {@code ::a::b}. */
    public String fullName() {
        if (fullName == null) {
            fullName = parent == null ? "::" : (parent.isGlobal() ? "::" + name : parent.fullName() + "::" + name);
        }
        return fullName;
    }

    /** Prefix for fully qualifying a member name: "::" or "::a::". */
    public String qualifier() {
        return isGlobal() ? "::" : fullName() + "::";
    }

    public Namespace child(String n) {
        return children.get(n);
    }

    public java.util.Map<String, Namespace> children() {
        return children;
    }

    public java.util.Map<String, CommandEntry> commands() {
        return commands;
    }

    public java.util.Map<String, Var> vars() {
        return vars;
    }

    public List<String> exportPatterns() {
        return exportPatterns;
    }

    public List<Namespace> path() {
        return path;
    }

    public void setPath(List<Namespace> p) {
        path = p;
    }

    public TclValue unknownHandler() {
        return unknownHandler;
    }

    public void setUnknownHandler(TclValue h) {
        unknownHandler = h;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
