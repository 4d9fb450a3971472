//@ compile-fail
// A closure that consumes a Vec given to an `FnMut` parameter (E0507).
fn twice<F: FnMut()>(mut f: F) { f(); f(); }
fn main() {
    let v = vec![1];
    twice(move || { let w = v; println!("{:?}", w); }); //~ ERROR E0507
}
