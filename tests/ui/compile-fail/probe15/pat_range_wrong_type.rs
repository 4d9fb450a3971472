//@ compile-fail
// A char range pattern against an integer (E0308).
fn main() {
    let n = 3u8;
    match n {
        'a'..='z' => {} //~ ERROR E0308
        //~^ ERROR E0308
        _ => {}
    }
}
