//@ compile-fail
// The vector is moved while a closure that reads it is still to be called.
fn main() {
    let v = vec![1, 2, 3];
    let print = || println!("{:?}", v);
    let w = v; //~ ERROR E0505
    print();
    println!("{}", w.len());
}
