//@ compile-fail
// Permission bits in a newtype compared with `==` without deriving PartialEq.
#[derive(Debug, Clone, Copy)]
struct Perm(u16);

fn main() {
    let rw = Perm(6);
    let read = Perm(4);
    if rw == read { //~ ERROR E0369
        println!("same");
    }
    println!("{:?}", rw);
}
