//@ compile-fail
// A trait method with elided lifetimes returning its second argument.
trait Chooser {
    fn choose(&self, other: &str) -> &str;
}

struct Fixed;

impl Chooser for Fixed {
    fn choose(&self, other: &str) -> &str {
        other //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    println!("{}", Fixed.choose("x"));
}
