// Reads a build log: skip_while drops the header, take_while keeps the compile phase, and errors are parsed with split_once.
#[derive(Debug)]
struct Diag<'a> {
    file: &'a str,
    line: u32,
    msg: &'a str,
}

fn parse_diag(line: &str) -> Option<Diag<'_>> {
    let rest = line.strip_prefix("error: ")?;
    let (loc, msg) = rest.split_once(' ')?;
    let (file, num) = loc.trim_end_matches(':').rsplit_once(':')?;
    Some(Diag { file, line: num.parse().ok()?, msg })
}

fn main() {
    let log = "\
# build log v2
# host: ci-3
Compiling core
error: src/lib.rs:12: missing semicolon
warning: unused import
Compiling cli
error: src/main.rs:40: type mismatch
error: bad line
Linking
error: ld.rs:1: undefined symbol";

    let body: Vec<&str> = log.lines().skip_while(|l| l.starts_with('#')).collect();
    println!("{} lines after header", body.len());

    let compile_phase: Vec<&str> = body.iter().copied().take_while(|l| !l.starts_with("Linking")).collect();
    let diags: Vec<Diag> = compile_phase.iter().filter_map(|l| parse_diag(l)).collect();
    for d in &diags {
        println!("{}:{} {}", d.file, d.line, d.msg);
    }
    let unparsed = compile_phase
        .iter()
        .filter(|l| l.starts_with("error") && parse_diag(l).is_none())
        .count();
    println!("unparsed errors: {}", unparsed);
    let crates: Vec<&str> = body.iter().filter_map(|l| l.strip_prefix("Compiling ")).collect();
    println!("crates: {:?}", crates);
    let after_link = body.iter().skip_while(|l| **l != "Linking").skip(1).count();
    println!("lines after linking: {}", after_link);
}
