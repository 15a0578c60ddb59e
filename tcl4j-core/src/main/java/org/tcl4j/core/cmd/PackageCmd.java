package org.tcl4j.core.cmd;

import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Args;
import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;
import org.tcl4j.core.pkg.PackageManager;
import org.tcl4j.core.pkg.Requirement;
import org.tcl4j.core.pkg.Version;

/**
 * The {@code package} command: argument checking with tclsh's wording in
 * front of {@link PackageManager}, which holds the database and the
 * {@code require} algorithm.
 */
public final class PackageCmd {
    private PackageCmd() {
    }

    private static final String[] SUBCOMMANDS = {"forget", "ifneeded", "names", "prefer", "present", "provide",
        "require", "unknown", "vcompare", "versions", "vsatisfies"};

    public static void register(Interp interp) {
        interp.register("package", PackageCmd::dispatch);
    }

    static TclValue dispatch(Interp interp, TclValue[] objv) throws TclException {
        if (objv.length < 2) {
            throw Args.wrongNum(objv, 1, "option ?arg ...?");
        }
        PackageManager pm = PackageManager.of(interp);
        switch (Args.index(objv[1], SUBCOMMANDS, "option")) {
            case 0:
                for (int i = 2; i < objv.length; i++) {
                    pm.forget(objv[i].toString());
                }
                return TclValue.EMPTY;
            case 1:
                return ifneeded(pm, objv);
            case 2:
                Args.check(objv, 2, 2, 2, "");
                return TclValue.of(TclList.format(pm.names()));
            case 3:
                return prefer(pm, objv);
            case 4: {
                Request r = Request.parse(objv);
                return TclValue.of(pm.present(r.name, r.reqs));
            }
            case 5:
                return provide(pm, objv);
            case 6: {
                Request r = Request.parse(objv);
                return TclValue.of(pm.require(interp, r.name, r.reqs));
            }
            case 7:
                Args.check(objv, 2, 3, 2, "?command?");
                if (objv.length == 3) {
                    pm.setUnknownHandler(objv[2]);
                    return TclValue.EMPTY;
                }
                TclValue h = pm.unknownHandler();
                return h == null ? TclValue.EMPTY : h;
            case 8: {
                Args.check(objv, 4, 4, 2, "version1 version2");
                Version a = Version.parse(objv[2].toString());
                Version b = Version.parse(objv[3].toString());
                return TclValue.of(a.compareTo(b));
            }
            case 9:
                Args.check(objv, 3, 3, 2, "package");
                return TclValue.of(TclList.format(pm.versions(objv[2].toString())));
            default:
                return vsatisfies(objv);
        }
    }

    private static TclValue ifneeded(PackageManager pm, TclValue[] objv) throws TclException {
        Args.check(objv, 4, 5, 2, "package version ?script?");
        String name = objv[2].toString();
        Version v = Version.parse(objv[3].toString());
        if (objv.length == 5) {
            pm.setIfneeded(name, v, objv[4]);
            return TclValue.EMPTY;
        }
        TclValue script = pm.ifneeded(name, v);
        return script == null ? TclValue.EMPTY : script;
    }

    private static TclValue prefer(PackageManager pm, TclValue[] objv) throws TclException {
        Args.check(objv, 2, 3, 2, "?latest|stable?");
        if (objv.length == 3) {
            if (Args.index(objv[2], new String[] {"latest", "stable"}, "preference") == 0) {
                pm.preferLatest();
            }
        }
        return TclValue.of(pm.prefer());
    }

    private static TclValue provide(PackageManager pm, TclValue[] objv) throws TclException {
        Args.check(objv, 3, 4, 2, "package ?version?");
        String name = objv[2].toString();
        if (objv.length == 3) {
            String v = pm.provided(name);
            return v == null ? TclValue.EMPTY : TclValue.of(v);
        }
        pm.provide(name, Version.parse(objv[3].toString()));
        return TclValue.EMPTY;
    }

    private static TclValue vsatisfies(TclValue[] objv) throws TclException {
        Args.check(objv, 4, -1, 2, "version ?requirement ...?");
        Version v = Version.parse(objv[2].toString());
        List<Requirement> reqs = new ArrayList<>();
        for (int i = 3; i < objv.length; i++) {
            reqs.add(Requirement.parse(objv[i].toString()));
        }
        return TclValue.of(Requirement.anySatisfied(v, reqs));
    }

    /** The arguments of require/present: {@code ?-exact? package ?requirement ...?}. */
    private record Request(String name, List<Requirement> reqs) {
        static Request parse(TclValue[] objv) throws TclException {
            String usage = "?-exact? package ?requirement ...?";
            if (objv.length < 3) {
                throw Args.wrongNum(objv, 2, usage);
            }
            if (objv[2].toString().equals("-exact")) {
                if (objv.length != 5) {
                    throw Args.wrongNum(objv, 2, usage);
                }
                Version v = Version.parse(objv[4].toString());
                return new Request(objv[3].toString(), List.of(Requirement.exactly(v)));
            }
            List<Requirement> reqs = new ArrayList<>(objv.length - 3);
            for (int i = 3; i < objv.length; i++) {
                reqs.add(Requirement.parse(objv[i].toString()));
            }
            return new Request(objv[2].toString(), reqs);
        }
    }
}
