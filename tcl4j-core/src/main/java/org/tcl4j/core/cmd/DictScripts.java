package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclDict;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/**
 * The dict subcommands that run scripts: {@code for}, {@code map},
 * {@code filter script}, {@code update} and {@code with}.
 *
 * <p>Completion codes: {@code for} and {@code map} are loops (break leaves,
 * continue skips); {@code filter} treats break as "stop here" and continue
 * as "leave out"; {@code update} and {@code with} are not loops and pass any
 * code on after writing the variables back.
 */
final class DictScripts {
    private DictScripts() {
    }

    /** The two loop variables of for/map/filter. */
    private static String[] twoNames(TclValue spec, String cmd) throws TclException {
        TclList l = spec.asList();
        if (l.size() != 2) {
            throw new TclException("must have exactly two variable names", "TCL SYNTAX dict " + cmd);
        }
        return new String[] {l.get(0).toString(), l.get(1).toString()};
    }

    /** tclsh compiles these bodies inline only inside procedures (as foreach). */
    private static int inlineLine(Interp interp, TclValue[] objv, int index) {
        return interp.varFrame().isProc() ? interp.literalWordLine(objv, index) : -1;
    }

    static TclValue forCmd(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 5) {
            throw Args.wrongNum(objv, 2, "{keyVarName valueVarName} dictionary script");
        }
        String[] names = twoNames(objv[2], "for");
        TclDict d = DictValues.of(objv[3]);
        TclValue body = objv[4];
        int line = inlineLine(interp, objv, 4);
        for (Map.Entry<TclValue, TclValue> e : snapshot(d)) {
            interp.setVar(names[0], e.getKey());
            interp.setVar(names[1], e.getValue());
            TclValue r = interp.evalBody(body, line, "\"dict for\" body");
            int c = interp.code();
            if (c == Interp.BREAK) {
                interp.setCode(Interp.OK);
                break;
            }
            if (c == Interp.CONTINUE) {
                interp.setCode(Interp.OK);
            } else if (c != Interp.OK) {
                // return and custom codes go on with the body's result
                return r;
            }
        }
        return TclValue.EMPTY;
    }

    static TclValue map(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 5) {
            throw Args.wrongNum(objv, 2, "{keyVarName valueVarName} dictionary script");
        }
        String[] names = twoNames(objv[2], "map");
        TclDict d = DictValues.of(objv[3]);
        TclValue body = objv[4];
        int line = inlineLine(interp, objv, 4);
        TclDict out = new TclDict();
        for (Map.Entry<TclValue, TclValue> e : snapshot(d)) {
            interp.setVar(names[0], e.getKey());
            interp.setVar(names[1], e.getValue());
            TclValue r = interp.evalBody(body, line, "\"dict map\" body");
            int c = interp.code();
            if (c == Interp.CONTINUE) {
                interp.setCode(Interp.OK);
                continue;
            }
            if (c == Interp.BREAK) {
                // tclsh's dict map gives an empty result when the body breaks
                interp.setCode(Interp.OK);
                return TclValue.EMPTY;
            }
            if (c != Interp.OK) {
                return r;
            }
            // the key is read back: the body may have changed it
            out.put(interp.getVar(names[0]), r);
        }
        return out.size() == 0 ? TclValue.EMPTY : TclValue.ofDict(out);
    }

    private static List<Map.Entry<TclValue, TclValue>> snapshot(TclDict d) {
        return new ArrayList<>(d.entries().entrySet());
    }

    private static final String[] FILTER_TYPES = {"key", "script", "value"};

    static TclValue filter(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictionary filterType ?arg ...?");
        }
        // tclsh checks the filter type before it reads the dictionary
        int type = Args.index(objv[3], FILTER_TYPES, "filterType");
        TclDict d = DictValues.of(objv[2]);
        if (type == 1) {
            return filterScript(interp, objv, d);
        }
        TclDict out = new TclDict();
        for (Map.Entry<TclValue, TclValue> e : d.entries().entrySet()) {
            String s = (type == 0 ? e.getKey() : e.getValue()).toString();
            for (int i = 4; i < objv.length; i++) {
                if (GlobMatch.matches(objv[i].toString(), s, false)) {
                    out.put(e.getKey(), e.getValue());
                    break;
                }
            }
        }
        return out.size() == 0 ? TclValue.EMPTY : TclValue.ofDict(out);
    }

    private static TclValue filterScript(Interp interp, TclValue[] objv, TclDict d) throws TclException {
        if (objv.length != 6) {
            throw Args.wrongNum(objv, 2, "dictionary script {keyVarName valueVarName} filterScript");
        }
        String[] names = twoNames(objv[4], "filter");
        TclValue body = objv[5];
        TclDict out = new TclDict();
        for (Map.Entry<TclValue, TclValue> e : snapshot(d)) {
            interp.setVar(names[0], e.getKey());
            interp.setVar(names[1], e.getValue());
            TclValue r = interp.evalBody(body, -1, "\"dict filter\" script");
            int c = interp.code();
            if (c == Interp.BREAK) {
                interp.setCode(Interp.OK);
                break;
            }
            if (c == Interp.CONTINUE) {
                interp.setCode(Interp.OK);
                continue;
            }
            if (c != Interp.OK) {
                return r;
            }
            if (r.asBoolean()) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out.size() == 0 ? TclValue.EMPTY : TclValue.ofDict(out);
    }

    /**
     * Runs the body of update/with: inline inside procedures, otherwise as
     * its own script with {@code (body of "dict ...")} in errorInfo.
     */
    private static TclValue runBody(Interp interp, TclValue[] objv, String cmd) throws TclException {
        int idx = objv.length - 1;
        int line = inlineLine(interp, objv, idx);
        if (line > 0) {
            return interp.evalInline(objv[idx], line);
        }
        try {
            return interp.eval(objv[idx]);
        } catch (TclException e) {
            e.addErrorInfo("\n    (body of \"dict " + cmd + "\")");
            throw e;
        }
    }

    static TclValue update(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 6 || (objv.length & 1) != 0) {
            throw Args.wrongNum(objv, 2, "dictVarName key varName ?key varName ...? script");
        }
        String dictVar = objv[2].toString();
        TclDict d = DictValues.of(interp.getVar(dictVar));
        for (int i = 3; i < objv.length - 1; i += 2) {
            TclValue v = d.get(objv[i]);
            String var = objv[i + 1].toString();
            if (v == null) {
                interp.unsetVar(var, false);
            } else {
                interp.setVar(var, v);
            }
        }
        TclValue result = null;
        TclException failure = null;
        try {
            result = runBody(interp, objv, "update");
        } catch (TclException e) {
            failure = e;
        }
        int code = interp.takeCode();
        TclValue now = DictValues.readVar(interp, dictVar);
        if (now != null) {
            TclDict copy = DictValues.of(now).copy();
            for (int i = 3; i < objv.length - 1; i += 2) {
                TclValue v = DictValues.readVar(interp, objv[i + 1].toString());
                if (v == null) {
                    copy.remove(objv[i]);
                } else {
                    copy.put(objv[i], v);
                }
            }
            interp.setVar(dictVar, TclValue.ofDict(copy));
        }
        if (failure != null) {
            throw failure;
        }
        interp.setCode(code);
        return result;
    }

    static TclValue with(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 4) {
            throw Args.wrongNum(objv, 2, "dictVarName ?key ...? script");
        }
        String dictVar = objv[2].toString();
        List<TclValue> path = Arrays.asList(objv).subList(3, objv.length - 1);
        TclValue leaf = DictValues.get(interp.getVar(dictVar), path);
        TclDict inner = DictValues.of(leaf);
        List<TclValue> keys = new ArrayList<>(inner.entries().keySet());
        for (Map.Entry<TclValue, TclValue> e : inner.entries().entrySet()) {
            interp.setVar(e.getKey().toString(), e.getValue());
        }
        TclValue result = null;
        TclException failure = null;
        try {
            result = runBody(interp, objv, "with");
        } catch (TclException e) {
            failure = e;
        }
        int code = interp.takeCode();
        TclValue now = DictValues.readVar(interp, dictVar);
        // written back only while the variable and the key path still exist
        if (now != null && (path.isEmpty() || DictValues.exists(now, path) || hasBadPath(now, path))) {
            TclValue oldLeaf = DictValues.get(now, path);
            TclDict copy = DictValues.of(oldLeaf).copy();
            for (TclValue k : keys) {
                TclValue v = DictValues.readVar(interp, k.toString());
                if (v == null) {
                    copy.remove(k);
                } else {
                    copy.put(k, v);
                }
            }
            TclValue updated = path.isEmpty() ? TclValue.ofDict(copy)
                    : DictValues.set(now, path, 0, TclValue.ofDict(copy));
            interp.setVar(dictVar, updated);
        }
        if (failure != null) {
            throw failure;
        }
        interp.setCode(code);
        return result;
    }

    /** True when walking the path hits a value that is not a dict (reported as an error). */
    private static boolean hasBadPath(TclValue d, List<TclValue> path) {
        TclValue cur = d;
        for (TclValue k : path) {
            try {
                cur = DictValues.of(cur).get(k);
            } catch (TclException e) {
                return true;
            }
            if (cur == null) {
                return false;
            }
        }
        return false;
    }
}
