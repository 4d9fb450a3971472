//@ compile-fail
// The result is tied to the log line, but the fallback returns the prefix parameter instead.
fn message<'a>(line: &'a str, prefix: &str) -> &'a str {
    line.strip_prefix(prefix).unwrap_or(prefix) //~ ERROR E0621
}

fn main() {
    let l = String::from("error: disk full");
    println!("{}", message(&l, "error: "));
}
