//@ compile-fail
// A refutable pattern in a for loop (E0005).
fn main() {
    let v = vec![Some(1), None];
    for Some(x) in v { //~ ERROR E0005
        println!("{}", x);
    }
}
