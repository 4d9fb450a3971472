//@ compile-fail
// `use<..>` is not allowed on an argument-position `impl Trait`.
fn show(t: impl std::fmt::Display + use<>) { //~ ERROR argument-position
    println!("{}", t);
}

fn main() {
    show(1);
}
