//@ compile-fail
// Moving a field out of a boxed struct, then moving the Box.
struct Node { name: String, n: i32 }
fn main() {
    let b = Box::new(Node { name: "n".into(), n: 1 });
    let name = b.name;
    let again = b; //~ ERROR E0382
    println!("{} {}", name, again.n);
}
