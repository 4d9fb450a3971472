//@ compile-fail
// `collect` without saying which collection to build.
fn main() {
    let doubled = [1, 2, 3].iter().map(|x| x * 2).collect(); //~ ERROR E0283
    println!("{:?}", doubled);
}
