//@ compile-fail
// `T::Item` where two bounds of `T` each declare an `Item`.
trait Bag {
    type Item;
}
fn first<T: Iterator + Bag>(mut t: T) -> Option<T::Item> { //~ ERROR E0221
    t.next() //~ ERROR E0308
}
fn main() {}
