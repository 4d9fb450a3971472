// `{0} {1} {0}` uses every argument.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    let name = "x";
    println!("{name} {}", 1);
}
