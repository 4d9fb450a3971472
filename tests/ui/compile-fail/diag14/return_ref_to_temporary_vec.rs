//@ compile-fail
// A function returns a reference to a Vec built in its body: the temporary is labelled where it is created.
fn evens(limit: u32) -> &'static Vec<u32> {
    &(0..limit).filter(|n| n % 2 == 0).collect::<Vec<u32>>() //~ ERROR E0515
}

fn main() {
    println!("{:?}", evens(10));
}
