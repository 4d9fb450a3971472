//@ compile-fail
// A unit struct matched with a tuple-struct pattern.
struct Empty;

fn main() {
    let e = Empty;
    match e {
        Empty(x) => println!("{}", x), //~ ERROR E0532
    }
}
