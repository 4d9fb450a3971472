//@ compile-fail
// Switching on an integer reads it where the match starts (`match x`), as rustc reports it.
fn main() {
    let mut x = 3;
    let r = &mut x;
    match x { //~ ERROR E0503
        1 => println!("one"),
        _ => println!("other"),
    }
    *r += 1;
}
