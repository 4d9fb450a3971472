//@ compile-fail
// `{:q}` is an unknown format trait.
fn main() {
    println!("{:q}", 3); //~ ERROR unknown format trait `q`
}
