//@ compile-fail
// A filter's length is unknown until it runs: `Filter` is not `ExactSizeIterator`, so `.len()` is E0599 (count it instead).
fn main() {
    let v = vec![1, 2, 3, 4];
    let n = v.iter().filter(|x| **x > 2).len(); //~ ERROR E0599
    println!("{n}");
}
