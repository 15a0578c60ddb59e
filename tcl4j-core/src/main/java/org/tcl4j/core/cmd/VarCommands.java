package org.tcl4j.core.cmd;

import java.math.BigInteger;

import org.tcl4j.core.Args;
import org.tcl4j.core.CallFrame;
import org.tcl4j.core.Interp;
import org.tcl4j.core.Namespace;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.Var;
import org.tcl4j.core.Variables;

/** Variable commands: set unset incr append lappend global variable upvar. */
public final class VarCommands {
    private VarCommands() {
    }

    public static void register(Interp interp) {
        interp.register("set", VarCommands::set);
        interp.register("unset", VarCommands::unset);
        interp.register("incr", VarCommands::incr);
        interp.register("append", VarCommands::append);
        interp.register("lappend", VarCommands::lappend);
        interp.register("global", VarCommands::global);
        interp.register("variable", VarCommands::variable);
        interp.register("upvar", VarCommands::upvar);
    }

    static TclValue set(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length == 2) {
            return interp.getVar(objv[1]);
        }
        if (objv.length == 3) {
            return interp.setVar(objv[1], objv[2]);
        }
        throw Args.wrongNum(objv, 1, "varName ?newValue?");
    }

    static TclValue unset(Interp interp, TclValue[] objv) throws TclException {
        int i = 1;
        boolean complain = true;
        while (i < objv.length) {
            String s = objv[i].toString();
            if (s.equals("-nocomplain")) {
                complain = false;
                i++;
            } else if (s.equals("--")) {
                i++;
                break;
            } else {
                break;
            }
        }
        for (; i < objv.length; i++) {
            interp.unsetVar(objv[i].toString(), complain);
        }
        return TclValue.EMPTY;
    }

    static TclValue incr(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length != 2 && objv.length != 3) {
            throw Args.wrongNum(objv, 1, "varName ?increment?");
        }
        TclValue old = interp.getVarOrNull(objv[1]);
        if (old == null) {
            String name = objv[1].toString();
            // 8.6: incr of a missing variable starts from 0 (but an array is still an error)
            if (Variables.find(interp, interp.varFrame(), name) != null && interp.varExists(name)) {
                try {
                    old = interp.getVar(name);
                } catch (TclException e) {
                    if (e.getMessage().endsWith("\": variable is array")) {
                        // tclsh words it as the failed write
                        throw new TclException("can't set \"" + name + "\": variable is array", "TCL WRITE VARNAME");
                    }
                    throw e;
                }
            } else {
                old = TclValue.ZERO;
                try {
                    interp.getVar(name);
                } catch (TclException e) {
                    if (e.getMessage().endsWith("variable is array") || e.getMessage().endsWith("variable isn't array")) {
                        throw e;
                    }
                }
            }
        }
        TclValue amount = objv.length == 3 ? objv[2] : TclValue.ONE;
        Number a = integer(old);
        Number b;
        try {
            b = integer(amount);
        } catch (TclException e) {
            e.addErrorInfo("\n    (reading increment)");
            throw e;
        }
        TclValue sum;
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                sum = TclValue.of(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            } else {
                sum = TclValue.of(r);
            }
        } else {
            sum = TclValue.of(big(a).add(big(b)));
        }
        return interp.setVar(objv[1], sum);
    }

    /** An integer operand of incr, with Tcl_GetWideIntFromObj's wording (no octal hint). */
    private static Number integer(TclValue v) throws TclException {
        Number n = v.asNumber();
        if (n instanceof Long || n instanceof BigInteger) {
            return n;
        }
        throw new TclException("expected integer but got \"" + v + "\"", "TCL VALUE INTEGER");
    }

    private static BigInteger big(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    static TclValue append(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "varName ?value ...?");
        }
        TclValue old = interp.getVarOrNull(objv[1]);
        if (objv.length == 2) {
            if (old == null) {
                return interp.getVar(objv[1]);
            }
            return old;
        }
        return interp.setVar(objv[1], Appended.append(old, objv, 2));
    }

    static TclValue lappend(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "varName ?value ...?");
        }
        TclValue old = interp.getVarOrNull(objv[1]);
        TclList list = old == null ? TclList.EMPTY : old.asList();
        if (objv.length == 2) {
            return old == null ? interp.setVar(objv[1], TclValue.EMPTY) : old;
        }
        TclList grown = list.append(objv, 2, objv.length);
        return interp.setVar(objv[1], TclValue.ofList(grown));
    }

    static TclValue global(Interp interp, TclValue[] objv) throws TclException {
        if (!interp.varFrame().isProc()) { // outside a procedure global does nothing, whatever its words
            return TclValue.EMPTY;
        }
        for (int i = 1; i < objv.length; i++) {
            String name = objv[i].toString();
            String qualified = name.startsWith("::") ? name : "::" + name;
            Var target = Variables.slotFor(interp, interp.globalFrame(), name);
            String local = name.contains("::") ? name.substring(name.lastIndexOf("::") + 2) : name;
            Variables.link(interp, local, target, qualified);
        }
        return TclValue.EMPTY;
    }

    static TclValue variable(Interp interp, TclValue[] objv) throws TclException {
        // no names is no error in tclsh: nothing to declare
        CallFrame frame = interp.varFrame();
        Namespace ns = frame.namespace();
        for (int i = 1; i < objv.length; i += 2) {
            String name = objv[i].toString();
            if (name.endsWith(")") && name.contains("(")) {
                throw new TclException("can't define \"" + name + "\": name refers to an element in an array",
                        "TCL UPVAR LOCAL_ELEMENT");
            }
            String qualified = name.contains("::") ? name : ns.qualifier() + name;
            Var target = NamespaceVars.declare(interp, qualified);
            if (i + 1 < objv.length) {
                interp.setVar(qualified, objv[i + 1]);
            }
            if (frame.isProc()) {
                String local = name.contains("::") ? name.substring(name.lastIndexOf("::") + 2) : name;
                Variables.link(interp, local, target, qualified);
            }
        }
        return TclValue.EMPTY;
    }

    static TclValue upvar(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 3) {
            throw Args.wrongNum(objv, 1, "?level? otherVar localVar ?otherVar localVar ...?");
        }
        int i = 1;
        String level = "1";
        if (objv.length % 2 == 0) {
            level = objv[1].toString();
            if (!Interp.isLevelWord(level)) {
                // as tclsh: the default level 1 must exist (at global level it names "1"), then the word is bad
                interp.frameAt("1");
                throw new TclException("bad level \"" + level + "\"", Args.code("TCL LOOKUP LEVEL", level));
            }
            i = 2;
        } // with an even number of arguments all are names, as in tclsh: "upvar 0 x" links x to "0"
        CallFrame target = interp.frameAt(level);
        for (; i + 1 < objv.length; i += 2) {
            String other = objv[i].toString();
            String local = objv[i + 1].toString();
            if (target == interp.varFrame() && other.equals(local)) {
                throw new TclException("can't upvar from variable to itself", "TCL UPVAR SELF");
            }
            Var slot = Variables.slotFor(interp, target, other);
            Variables.link(interp, local, slot, other);
        }
        return TclValue.EMPTY;
    }
}
