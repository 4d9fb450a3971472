//@ compile-fail
// An Iterator impl for a list cursor that defines the Item type but forgets next().
struct Cursor<'a> {
    items: &'a [u8],
}

impl<'a> Iterator for Cursor<'a> { //~ ERROR E0046
    type Item = &'a u8;
}

fn main() {
    let c = Cursor { items: &[1, 2] };
    println!("{}", c.items.len());
}
