//@ compile-fail
// Storing a reference into a struct passed by `&mut`, with different lifetimes.
struct Holder<'a> {
    items: Vec<&'a str>,
}

fn add<'a, 'b>(h: &mut Holder<'a>, s: &'b str) {
    h.items.push(s); //~ ERROR lifetime may not live long enough
}

fn main() {
    let mut h = Holder { items: Vec::new() };
    add(&mut h, "x");
    println!("{:?}", h.items);
}
