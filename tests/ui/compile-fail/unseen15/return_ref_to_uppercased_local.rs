//@ compile-fail
// a helper returns a slice of a String created inside it
fn normalise(line: &str) -> &str {
    let upper = line.trim().to_uppercase();
    &upper //~ ERROR E0515
}

fn main() {
    println!("{}", normalise("  abc "));
}
