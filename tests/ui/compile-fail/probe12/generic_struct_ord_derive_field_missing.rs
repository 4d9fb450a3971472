//@ compile-fail
// `#[derive(PartialOrd)]` on a struct whose field type has no `PartialOrd`.
#[derive(PartialEq)]
struct Tag;
#[derive(PartialEq, PartialOrd)]
struct Item {
    tag: Tag, //~ ERROR E0277
}
fn main() {
    let _ = Item { tag: Tag } < Item { tag: Tag };
}
