//@ compile-fail
// a fn item casts to an integer, a unit struct's constructor value does not
struct Meter;

fn main() {
    let m = Meter as usize; //~ ERROR E0605
    println!("{}", m);
}
