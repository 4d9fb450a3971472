//@ compile-fail
// split().collect() is stored without saying what collection to build.
fn main() {
    let line = "red green blue";
    let words = line.split(' ').collect(); //~ ERROR E0283
    println!("{:?}", words);
}
