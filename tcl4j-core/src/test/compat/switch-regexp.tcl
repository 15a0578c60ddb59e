switch -regexp -matchvar m -indexvar ix abc123 {{([a-z]+)(\d+)} {puts "$m | $ix"}}
switch -regexp -nocase ABC {{^a\w} {puts nocase-hit}}
switch -regexp xyz {{\mxyz\M} {puts word-hit} default {puts miss}}
puts [catch {switch -regexp x {( {}}} m]:$m
