//@ compile-fail
// A field's type is checked inside out: the `W<String>` within `Option<..>` breaks `W`'s bound.
struct W<T: Copy>(T);

struct Slot {
    held: Option<W<String>>, //~ ERROR E0277
}

fn main() {
    println!("{}", std::mem::size_of::<Slot>() > 0);
}
