//@ compile-fail
// An enum's where-clause bound must hold for the type its struct variant is built with.
struct Token;

enum Slot<T>
where
    T: Clone,
{
    Full { item: T },
    Empty,
}

fn main() {
    let s = Slot::Full { item: Token }; //~ ERROR E0277
    let _ = s;
}
