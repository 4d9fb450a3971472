//@ compile-fail
// A `move` closure takes ownership of the Vec it captures.
fn main() {
    let v = vec![1, 2, 3];
    let print = move || println!("{:?}", v);
    print();
    println!("{}", v.len()); //~ ERROR E0382
}
