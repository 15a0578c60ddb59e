package org.tcl4j.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tcl4j.core.Interp;
import org.tcl4j.core.TclException;
import org.tcl4j.core.TclList;
import org.tcl4j.core.TclValue;

/** jtclsh: runs a Tcl script file (or stdin) like tclsh. */
public final class Jtclsh {
    private Jtclsh() {
    }

    public static void main(String[] args) throws Exception {
        int[] status = {0};
        Thread t = new Thread(null, () -> status[0] = run(args), "tcl-main", 2L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(status[0]);
    }

    static int run(String[] args) {
        Interp interp = new Interp();
        try {
            String script;
            String name;
            List<TclValue> argv = new ArrayList<>();
            if (args.length > 0) {
                name = args[0];
                script = Files.readString(Path.of(name), StandardCharsets.UTF_8);
                for (int i = 1; i < args.length; i++) {
                    argv.add(TclValue.of(args[i]));
                }
            } else {
                name = "tclsh";
                script = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            interp.setGlobal("argv0", TclValue.of(name));
            interp.setGlobal("argv", TclValue.ofList(argv));
            interp.setGlobal("argc", TclValue.of(argv.size()));
            try {
                interp.eval(script);
            } catch (TclException e) {
                if (args.length > 0) {
                    e.addErrorInfo("\n    (file \"" + name + "\" line " + e.errorLine() + ")");
                }
                System.out.flush();
                System.err.println(e.errorInfo());
                return 1;
            }
            return 0;
        } catch (IOException | TclException e) {
            System.err.println("couldn't read file \"" + args[0] + "\": no such file or directory");
            return 1;
        }
    }

    static String list(List<String> l) {
        return TclList.format(l);
    }
}
