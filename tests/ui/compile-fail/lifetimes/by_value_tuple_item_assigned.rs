//@ compile-fail
// The first item of a by-value `(&'b str, i32)` parameter is written through `&mut &'a str`.
fn pick<'a, 'b>(slot: &mut &'a str, pair: (&'b str, i32)) {
    if pair.1 > 0 {
        *slot = pair.0; //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let mut s = "a";
    pick(&mut s, ("b", 1));
    println!("{}", s);
}
