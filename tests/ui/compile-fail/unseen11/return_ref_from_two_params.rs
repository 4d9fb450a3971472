//@ compile-fail
// A function takes two string slices and returns one of them without a lifetime parameter.
fn longer_name(first: &str, second: &str) -> &str { //~ ERROR E0106
    if first.len() >= second.len() { first } else { second }
}

fn main() {
    println!("{}", longer_name("Ann", "Bartholomew"));
}
