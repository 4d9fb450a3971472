//@ compile-fail
// the temporary Vec iterated by reference and returned through the closure parameter: E0716
fn idx() -> Vec<usize> { vec![1, 0] }
fn main() {
    let names = ["a", "b"];
    let v: Vec<(&usize, &str)> = idx().iter().map(|i| (i, names[*i])).collect(); //~ ERROR E0716
    println!("{:?}", v);
}
