//@ compile-fail
// A struct holding a slice of a local vector cannot be returned.
struct View<'a> {
    data: &'a [i32],
}

fn make_view() -> View<'static> {
    let v = vec![1, 2, 3];
    View { data: &v } //~ ERROR E0515
}

fn main() {
    println!("{}", make_view().data.len());
}
