//@ compile-fail
// A function lowercases its input into a local String and returns a slice of it.
fn shout_free(text: &str) -> &str {
    let lower = text.to_lowercase();
    &lower[..] //~ ERROR E0515
}

fn main() {
    println!("{}", shout_free("QUIET PLEASE"));
}
